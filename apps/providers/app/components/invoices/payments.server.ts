import type { Invoice } from "@portal/commissioning";
import { dayOf, pounds } from "./format.server.ts";

/** An approved invoice waiting for the next payment run. */
export interface WaitingRow {
  id: string;
  provider: string;
  number: string;
  period: string;
  approved: string;
  amount: string;
}

export function waitingRows(entries: readonly { invoice: Invoice; providerName: string }[]): WaitingRow[] {
  return entries
    .filter((entry) => entry.invoice.status === "approved")
    .map(({ invoice, providerName }) => ({
      id: invoice.id,
      provider: providerName,
      number: invoice.number,
      period: `Period ${invoice.period.number}`,
      approved: dayOf(invoice.approvedAt),
      amount: pounds(invoice.totalPence),
    }));
}

export interface RunRow {
  name: string;
  paidOn: string;
  invoices: number;
  total: string;
  href: string;
}

export function runRows(
  runs: readonly { paymentRun: string; paidAt: Date; invoiceCount: number; totalPence: number }[],
): RunRow[] {
  return runs.map((run) => ({
    name: run.paymentRun,
    paidOn: dayOf(run.paidAt),
    invoices: run.invoiceCount,
    total: pounds(run.totalPence),
    href: `/payments/${encodeURIComponent(run.paymentRun)}/file`,
  }));
}
