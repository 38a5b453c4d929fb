import { londonDateOf } from "@portal/intake/london-clock";
import type { Provider } from "./contracts.ts";
import { csvLine } from "./csv.ts";
import type { Invoice } from "./invoices.ts";
import { type Pence, poundsForExport, sumPence } from "./money.ts";
import { done, type Outcome, refuse } from "./outcome.ts";
import { type Actor, canActAsCouncil } from "./permissions.ts";

/**
 * The payment file for the council's finance system: one row per approved invoice per contract (the
 * contract names the budget, the cost centre), amounts in pounds with two decimal places and no
 * separators, dates YYYY-MM-DD, CRLF line endings. A contract with nothing to pay gets no row, as
 * finance systems refuse zero-value lines. The service marks each exported invoice paid with the
 * payment run's name, in the same transaction that records the export.
 */

export const PAYMENT_EXPORT_COLUMNS = [
  "SupplierRef",
  "InvoiceNumber",
  "InvoiceDate",
  "PeriodStart",
  "PeriodEnd",
  "ContractNumber",
  "CostCentre",
  "Amount",
] as const;

export interface PaymentExport {
  paymentRun: string;
  csv: string;
  invoiceIds: string[];
  totalPence: Pence;
}

export interface PaymentExportEvent {
  type: "payments-exported";
  paymentRun: string;
  invoiceIds: string[];
  totalPence: Pence;
  at: Date;
  by: string;
}

export function paymentExport(
  entries: readonly { invoice: Invoice; provider: Provider }[],
  ctx: { actor: Actor; now: Date; paymentRun: string },
): Outcome<PaymentExport, PaymentExportEvent, "forbidden" | "nothing-to-export" | "not-approved"> {
  if (!canActAsCouncil(ctx.actor)) return refuse("forbidden", "You do not have permission to do this");
  if (entries.length === 0) return refuse("nothing-to-export", "There are no approved invoices to pay");
  const unapproved = entries.find((e) => e.invoice.status !== "approved");
  if (unapproved) {
    const { number, status } = unapproved.invoice;
    return refuse("not-approved", `Invoice ${number} is ${status}: only approved invoices can be paid`);
  }
  let csv = csvLine(PAYMENT_EXPORT_COLUMNS);
  for (const { invoice, provider } of entries) {
    if (provider.id !== invoice.providerId)
      throw new Error(`invoice ${invoice.number} is not ${provider.id}'s`);
    // An approved invoice has been submitted; the date is the day it was.
    const invoiceDate = londonDateOf(invoice.submittedAt ?? ctx.now);
    const byContract = new Map<string, { contractNumber: string; costCentre: string; pence: Pence[] }>();
    for (const line of invoice.lines) {
      const key = `${line.contractNumber}\u0000${line.costCentre}`;
      const group = byContract.get(key) ?? {
        contractNumber: line.contractNumber,
        costCentre: line.costCentre,
        pence: [],
      };
      group.pence.push(line.pence);
      byContract.set(key, group);
    }
    for (const { contractNumber, costCentre, pence } of byContract.values()) {
      const amount = sumPence(pence);
      if (amount === 0) continue;
      csv += csvLine([
        provider.supplierRef,
        invoice.number,
        invoiceDate,
        invoice.period.start,
        invoice.period.end,
        contractNumber,
        costCentre,
        poundsForExport(amount),
      ]);
    }
  }
  const invoiceIds = entries.map((e) => e.invoice.id);
  const totalPence = sumPence(entries.map((e) => e.invoice.totalPence));
  return done({ paymentRun: ctx.paymentRun, csv, invoiceIds, totalPence }, [
    {
      type: "payments-exported",
      paymentRun: ctx.paymentRun,
      invoiceIds,
      totalPence,
      at: ctx.now,
      by: ctx.actor.subject,
    },
  ]);
}
