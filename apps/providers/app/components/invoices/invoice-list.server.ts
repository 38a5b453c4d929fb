import {
  INVOICE_STATUSES,
  type Invoice,
  type InvoicePeriod,
  type InvoiceStatus,
} from "@portal/commissioning";
import { dayOf, periodText, pounds } from "./format.server.ts";
import { FINANCE_ORDER, INVOICE_STATUS_TAGS } from "./status.ts";

/** One invoice in a list, as people read it. */
export interface InvoiceRow {
  id: string;
  number: string;
  provider: string | null;
  period: string;
  status: { text: string; classes: string };
  total: string;
  submitted: string;
  paid: string;
}

function row(invoice: Invoice, provider: string | null): InvoiceRow {
  return {
    id: invoice.id,
    number: invoice.number,
    provider,
    period: periodText(invoice.period),
    status: INVOICE_STATUS_TAGS[invoice.status],
    total: pounds(invoice.totalPence),
    submitted: dayOf(invoice.submittedAt, "Not submitted"),
    paid: dayOf(invoice.paidAt, "Not paid"),
  };
}

/** A provider's own invoices, newest period first. */
export function providerRows(invoices: readonly Invoice[]): InvoiceRow[] {
  return [...invoices]
    .sort((a, b) => b.period.start.localeCompare(a.period.start))
    .map((invoice) => row(invoice, null));
}

/** The status filter in the address: one of the statuses, or every status for anything else. */
export function statusFilter(value: string | null): InvoiceStatus | null {
  return INVOICE_STATUSES.find((status) => status === value) ?? null;
}

/**
 * Finance's list: those waiting for approval first, then approved, rejected, draft and paid; within
 * each the newest period first, then by provider.
 */
export function financeRows(
  entries: readonly { invoice: Invoice; providerName: string }[],
  status: InvoiceStatus | null,
): InvoiceRow[] {
  return entries
    .filter((entry) => status === null || entry.invoice.status === status)
    .sort(
      (a, b) =>
        FINANCE_ORDER.indexOf(a.invoice.status) - FINANCE_ORDER.indexOf(b.invoice.status) ||
        b.invoice.period.start.localeCompare(a.invoice.period.start) ||
        a.providerName.localeCompare(b.providerName),
    )
    .map((entry) => row(entry.invoice, entry.providerName));
}

export const STATUS_OPTIONS = [
  { value: "", text: "Any status" },
  ...FINANCE_ORDER.map((status) => ({ value: status, text: INVOICE_STATUS_TAGS[status].text })),
];

/** A period to choose for a new invoice. */
export const periodChoice = (period: InvoicePeriod) => ({
  value: period.start,
  text: `Period ${period.number}: ${periodText(period)}`,
});
