import {
  type Actor,
  canActAsCouncil,
  canActAsProvider,
  type Invoice,
  invoiceAllows,
  type RemittanceAdvice,
  sumPence,
} from "@portal/commissioning";
import type { SummaryRow } from "@portal/web/casework/lines-list.tsx";
import { durationText } from "../duration.ts";
import { dayOf, londonDate, periodText, pounds } from "./format.server.ts";
import { INVOICE_STATUS_TAGS } from "./status.ts";

/** One order's line, as people read it. */
export interface LineRow {
  orderId: string;
  person: string;
  contract: string;
  visits: number;
  carerMinutes: number;
  hours: string;
  amount: string;
}

export interface UnpaidRow {
  visitId: string;
  date: string;
  person: string;
  claimed: string;
  paid: string;
  difference: string;
  reason: string;
}

export interface RemittanceView {
  paymentRun: string;
  paidOn: string;
  claimed: string;
  paid: string;
  unpaid: string;
  lines: { orderId: string; person: string; contract: string; visits: number; hours: string; paid: string }[];
  notPaid: UnpaidRow[];
}

/** What the person may do to the invoice now: each a form on the page. */
export interface InvoiceActions {
  refresh: boolean;
  submit: boolean;
  approve: boolean;
  reject: boolean;
}

export interface InvoicePage {
  id: string;
  number: string;
  status: { text: string; classes: string };
  summary: SummaryRow[];
  rejection: { on: string; reason: string; current: boolean } | null;
  lines: LineRow[];
  total: { visits: number; carerMinutes: number; hours: string; amount: string };
  remittance: RemittanceView | null;
  actions: InvoiceActions;
  forFinance: boolean;
  queryHref: string | null;
  done: string | null;
}

function remittanceView(advice: RemittanceAdvice): RemittanceView {
  return {
    paymentRun: advice.paymentRun,
    paidOn: dayOf(advice.paidAt),
    claimed: pounds(advice.claimedPence),
    paid: pounds(advice.paidPence),
    unpaid: pounds(advice.claimedPence - advice.paidPence),
    lines: advice.lines.map((line) => ({
      orderId: line.orderId,
      person: line.serviceUserRef,
      contract: line.contractNumber,
      visits: line.visits,
      hours: durationText(line.carerMinutes),
      paid: pounds(line.pence),
    })),
    notPaid: advice.notPaid.map((visit) => ({
      visitId: visit.visitId,
      date: londonDate(visit.date),
      person: visit.serviceUserRef,
      claimed: pounds(visit.claimedPence),
      paid: pounds(visit.paidPence),
      difference: pounds(visit.unpaidPence),
      reason: visit.reason,
    })),
  };
}

/** The invoice page's display model: everything formatted, and the forms this person may use now. */
export function invoicePage(
  invoice: Invoice,
  providerName: string,
  actor: Actor,
  advice: RemittanceAdvice | null,
  done: string | null,
): InvoicePage {
  const provider = canActAsProvider(actor, invoice);
  const finance = canActAsCouncil(actor);
  const lines = invoice.lines.map((line) => ({
    orderId: line.orderId,
    person: line.serviceUserRef,
    contract: line.contractNumber,
    visits: line.visits.length,
    carerMinutes: line.carerMinutes,
    hours: durationText(line.carerMinutes),
    amount: pounds(line.pence),
  }));
  const carerMinutes = invoice.lines.reduce((sum, line) => sum + line.carerMinutes, 0);
  const status = INVOICE_STATUS_TAGS[invoice.status];
  return {
    id: invoice.id,
    number: invoice.number,
    status,
    summary: [
      { key: "Provider", lines: [providerName] },
      { key: "Invoice number", lines: [invoice.number] },
      { key: "Period", lines: [`Period ${invoice.period.number}: ${periodText(invoice.period)}`] },
      { key: "Status", lines: [status.text] },
      { key: "Total", lines: [pounds(invoice.totalPence)] },
      { key: "Submitted", lines: [dayOf(invoice.submittedAt, "Not submitted")] },
      { key: "Approved", lines: [dayOf(invoice.approvedAt, "Not approved")] },
      { key: "Paid", lines: [dayOf(invoice.paidAt, "Not paid")] },
      { key: "Payment run", lines: [invoice.paymentRun ?? "Not paid"] },
    ],
    rejection: invoice.rejection && {
      on: dayOf(invoice.rejection.at),
      reason: invoice.rejection.reason,
      current: invoice.status === "rejected",
    },
    lines,
    total: {
      visits: lines.reduce((sum, line) => sum + line.visits, 0),
      carerMinutes,
      hours: durationText(carerMinutes),
      // The sum of the lines as shown, which the domain keeps equal to the invoice's total.
      amount: pounds(sumPence(invoice.lines.map((line) => line.pence))),
    },
    remittance: advice && remittanceView(advice),
    actions: {
      refresh: provider && invoiceAllows(invoice, "refresh"),
      submit: provider && invoiceAllows(invoice, "submit"),
      approve: finance && invoiceAllows(invoice, "approve"),
      reject: finance && invoiceAllows(invoice, "reject"),
    },
    forFinance: finance,
    queryHref: provider ? `/queries/new?about=invoice:${encodeURIComponent(invoice.id)}` : null,
    done,
  };
}
