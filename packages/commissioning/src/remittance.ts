import type { LondonDate } from "@portal/intake/london-clock";
import type { Invoice, InvoicePeriod } from "./invoices.ts";
import { type Pence, sumPence } from "./money.ts";

/**
 * Remittance advice: what a payment paid, for which lines, and every visit not paid in full with
 * the reason — missed visits, capped or rejected exceptions, claims above what was delivered. Built
 * from the invoice alone, which keeps each visit's pay as it was when invoiced.
 */

export interface RemittanceLine {
  orderId: string;
  serviceUserRef: string;
  contractNumber: string;
  visits: number;
  carerMinutes: number;
  pence: Pence;
}

export interface UnpaidVisit {
  visitId: string;
  serviceUserRef: string;
  date: LondonDate;
  claimedPence: Pence;
  paidPence: Pence;
  unpaidPence: Pence;
  reason: string;
}

export interface RemittanceAdvice {
  invoiceNumber: string;
  period: InvoicePeriod;
  paidAt: Date;
  paymentRun: string;
  claimedPence: Pence;
  paidPence: Pence;
  lines: RemittanceLine[];
  notPaid: UnpaidVisit[];
}

/** Null until the invoice is paid: there is nothing to advise before money has moved. */
export function remittanceAdvice(invoice: Invoice): RemittanceAdvice | null {
  if (invoice.status !== "paid" || invoice.paidAt === null || invoice.paymentRun === null) return null;
  const visits = invoice.lines.flatMap((line) => line.visits);
  const notPaid = visits
    .filter((v) => v.paidPence < v.claimedPence || v.basis === "not-delivered" || v.basis === "rejected")
    .map((v) => ({
      visitId: v.visitId,
      serviceUserRef: v.serviceUserRef,
      date: v.date,
      claimedPence: v.claimedPence,
      paidPence: v.paidPence,
      unpaidPence: v.claimedPence - v.paidPence,
      reason: v.explanation,
    }));
  return {
    invoiceNumber: invoice.number,
    period: invoice.period,
    paidAt: invoice.paidAt,
    paymentRun: invoice.paymentRun,
    claimedPence: sumPence(visits.map((v) => v.claimedPence)),
    paidPence: invoice.totalPence,
    lines: invoice.lines.map((line) => ({
      orderId: line.orderId,
      serviceUserRef: line.serviceUserRef,
      contractNumber: line.contractNumber,
      visits: line.visits.length,
      carerMinutes: line.carerMinutes,
      pence: line.pence,
    })),
    notPaid,
  };
}
