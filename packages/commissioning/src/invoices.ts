import {
  addDays,
  daysFrom,
  isoWeekday,
  type LondonDate,
  londonDateOf,
  weekStarting,
} from "@portal/intake/london-clock";
import { formatDate } from "@portal/intake/london-time";
import type { Provider } from "./contracts.ts";
import { type Pence, sumPence } from "./money.ts";
import { done, givenText, type Outcome, refuse } from "./outcome.ts";
import { type Actor, canActAsCouncil, canActAsProvider } from "./permissions.ts";
import type { VisitPayment } from "./visit-payments.ts";

/**
 * Invoices: one per provider per 4-weekly period, one line per order. A line's pence are the sum of
 * its visits' pence and the invoice total is the sum of its lines: whole pence added, never rounded.
 *
 * draft → submitted (provider) → approved (finance) → paid (payment export). Finance can reject a
 * submitted invoice with a reason; it goes back to the provider, who refreshes and submits it again.
 * Once submitted, the visits on it and the weeks it covers are locked (see `lockedWeeks`).
 */

export interface InvoicePeriod {
  /** 1 for the period that starts on the anchor Monday. */
  number: number;
  start: LondonDate;
  end: LondonDate;
}

const PERIOD_DAYS = 28;

/** The 4-weekly period containing `date`, counting from `anchor`, a Monday the council chooses. */
export function periodContaining(date: LondonDate, anchor: LondonDate): InvoicePeriod {
  if (isoWeekday(anchor) !== 1) throw new Error(`invoice periods start on a Monday: ${anchor}`);
  const days = daysFrom(anchor, date);
  if (days < 0) throw new Error(`${date} is before the first invoice period, which starts on ${anchor}`);
  const index = Math.floor(days / PERIOD_DAYS);
  const start = addDays(anchor, index * PERIOD_DAYS);
  return { number: index + 1, start, end: addDays(start, PERIOD_DAYS - 1) };
}

/**
 * The invoice period that ended most recently before `today`'s period began: the latest one a
 * provider can submit an invoice for. Refused (thrown) while `today` is still in period 1.
 */
export function lastCompletedPeriod(anchor: LondonDate, today: LondonDate): InvoicePeriod {
  const current = periodContaining(today, anchor);
  if (current.number === 1)
    throw new Error(`no invoice period has ended by ${today}: period 1 starts on ${anchor}`);
  return periodContaining(addDays(current.start, -1), anchor);
}

/** The Mondays of the period's four weeks. */
export function periodWeeks(period: InvoicePeriod): LondonDate[] {
  return [0, 7, 14, 21].map((days) => addDays(period.start, days));
}

export interface InvoiceLine {
  orderId: string;
  serviceUserRef: string;
  contractNumber: string;
  costCentre: string;
  /** Every visit invoiced on this order, paid or not, so the remittance can say why. */
  visits: VisitPayment[];
  carerMinutes: number;
  pence: Pence;
}

/**
 * What goes on an invoice for `period`: settled visits up to the period's end that no live invoice
 * has. A visit decided after its own period's invoice was submitted is carried forward to the next.
 * `awaitingDecision` are the visits finance has still to decide, shown so the provider knows.
 */
export function selectForInvoice(
  payments: readonly VisitPayment[],
  period: InvoicePeriod,
  invoiced: ReadonlySet<string>,
): { included: VisitPayment[]; awaitingDecision: VisitPayment[] } {
  const open = payments.filter((p) => p.date <= period.end && !invoiced.has(p.visitId));
  return {
    included: open.filter((p) => p.status === "payable"),
    awaitingDecision: open.filter((p) => p.status === "pending"),
  };
}

/** One line per order, ordered by service user then order; visits by date. */
export function invoiceLines(payments: readonly VisitPayment[]): InvoiceLine[] {
  const byOrder = new Map<string, VisitPayment[]>();
  for (const payment of payments) {
    const visits = byOrder.get(payment.orderId);
    if (visits) visits.push(payment);
    else byOrder.set(payment.orderId, [payment]);
  }
  return [...byOrder.values()]
    .map((visits) => {
      const first = visits[0]!;
      const sorted = [...visits].sort(
        (a, b) => a.date.localeCompare(b.date) || a.visitId.localeCompare(b.visitId),
      );
      return {
        orderId: first.orderId,
        serviceUserRef: first.serviceUserRef,
        contractNumber: first.contractNumber,
        costCentre: first.costCentre,
        visits: sorted,
        carerMinutes: visits.reduce((sum, v) => sum + v.carerMinutes, 0),
        pence: sumPence(visits.map((v) => v.paidPence)),
      };
    })
    .sort((a, b) => a.serviceUserRef.localeCompare(b.serviceUserRef) || a.orderId.localeCompare(b.orderId));
}

export const INVOICE_STATUSES = ["draft", "submitted", "approved", "paid", "rejected"] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export interface Invoice {
  id: string;
  /** For people and the finance system: provider ref and period start, e.g. SUN01-20261109. */
  number: string;
  providerId: string;
  period: InvoicePeriod;
  status: InvoiceStatus;
  lines: InvoiceLine[];
  totalPence: Pence;
  submittedAt: Date | null;
  approvedAt: Date | null;
  paidAt: Date | null;
  paymentRun: string | null;
  /** The latest rejection, kept after resubmission so both sides can see what was asked. */
  rejection: { reason: string; by: string; at: Date } | null;
}

export const INVOICE_COMMAND_TYPES = ["refresh", "submit", "approve", "reject", "mark-paid"] as const;

export type InvoiceCommand =
  /** Rebuild the lines from the visits as they now stand (after corrections or decisions). */
  | { type: "refresh"; payments: readonly VisitPayment[]; invoicedVisitIds: ReadonlySet<string> }
  | { type: "submit" }
  | { type: "approve" }
  | { type: "reject"; reason: string }
  /** `paymentRun` names the payment export that paid it. */
  | { type: "mark-paid"; paymentRun: string };

export interface InvoiceEvent {
  type: "invoice-drafted" | `invoice-${"refreshed" | "submitted" | "approved" | "rejected" | "paid"}`;
  invoiceId: string;
  at: Date;
  by: string;
  totalPence: Pence;
}

export interface InvoiceContext {
  actor: Actor;
  now: Date;
}

export type InvoiceRefusal =
  | "forbidden"
  | "not-allowed-now"
  | "reason-required"
  | "period-not-ended"
  | "nothing-to-pay";
export type InvoiceOutcome = Outcome<Invoice, InvoiceEvent, InvoiceRefusal>;

/** The transition table: which commands each status allows, and whose they are. */
const ALLOWED: Record<InvoiceStatus, readonly InvoiceCommand["type"][]> = {
  draft: ["refresh", "submit"],
  submitted: ["approve", "reject"],
  approved: ["mark-paid"],
  paid: [],
  rejected: ["refresh", "submit"],
};
const PROVIDER_COMMANDS: readonly InvoiceCommand["type"][] = ["refresh", "submit"];

export function invoiceAllows(invoice: Pick<Invoice, "status">, type: InvoiceCommand["type"]): boolean {
  return ALLOWED[invoice.status].includes(type);
}

function linesFor(
  providerId: string,
  period: InvoicePeriod,
  payments: readonly VisitPayment[],
  invoiced: ReadonlySet<string>,
) {
  const stranger = payments.find((p) => p.providerId !== providerId);
  if (stranger) throw new Error(`visit ${stranger.visitId} is not ${providerId}'s`);
  const lines = invoiceLines(selectForInvoice(payments, period, invoiced).included);
  return { lines, totalPence: sumPence(lines.map((line) => line.pence)) };
}

function event(invoice: Invoice, type: InvoiceEvent["type"], ctx: InvoiceContext): InvoiceEvent {
  return { type, invoiceId: invoice.id, at: ctx.now, by: ctx.actor.subject, totalPence: invoice.totalPence };
}

/** A new draft for the provider's period, built from its visits' payments. */
export function draftInvoice(
  input: {
    id: string;
    provider: Provider;
    period: InvoicePeriod;
    payments: readonly VisitPayment[];
    invoicedVisitIds: ReadonlySet<string>;
  },
  ctx: InvoiceContext,
): InvoiceOutcome {
  const { provider, period } = input;
  if (!canActAsProvider(ctx.actor, { providerId: provider.id }) && !canActAsCouncil(ctx.actor)) {
    return refuse("forbidden", "You do not have permission to do this");
  }
  const invoice: Invoice = {
    id: input.id,
    number: `${provider.ref}-${period.start.replaceAll("-", "")}`,
    providerId: provider.id,
    period,
    status: "draft",
    ...linesFor(provider.id, period, input.payments, input.invoicedVisitIds),
    submittedAt: null,
    approvedAt: null,
    paidAt: null,
    paymentRun: null,
    rejection: null,
  };
  return done(invoice, [event(invoice, "invoice-drafted", ctx)]);
}

/** Applies one command to one invoice at `now`, as `actor`. Pure: the caller stores the result. */
export function invoiceTransition(
  invoice: Invoice,
  command: InvoiceCommand,
  ctx: InvoiceContext,
): InvoiceOutcome {
  const mayAct = PROVIDER_COMMANDS.includes(command.type)
    ? canActAsProvider(ctx.actor, invoice)
    : canActAsCouncil(ctx.actor);
  if (!mayAct) return refuse("forbidden", "You do not have permission to do this");
  if (!invoiceAllows(invoice, command.type)) {
    return refuse("not-allowed-now", `You cannot do this because the invoice is ${invoice.status}`);
  }
  const next = (changes: Partial<Invoice>, type: InvoiceEvent["type"]): InvoiceOutcome => {
    const updated = { ...invoice, ...changes };
    return done(updated, [event(updated, type, ctx)]);
  };
  switch (command.type) {
    case "refresh":
      return next(
        linesFor(invoice.providerId, invoice.period, command.payments, command.invoicedVisitIds),
        "invoice-refreshed",
      );
    case "submit": {
      // Submitting before the period ends would lock weeks the provider is still delivering.
      if (londonDateOf(ctx.now) <= invoice.period.end) {
        return refuse(
          "period-not-ended",
          `You can submit this invoice from ${formatDate(addDays(invoice.period.end, 1))}, when its period has ended`,
        );
      }
      if (invoice.totalPence === 0)
        return refuse("nothing-to-pay", "There is nothing to pay on this invoice");
      return next({ status: "submitted", submittedAt: ctx.now }, "invoice-submitted");
    }
    case "approve":
      return next({ status: "approved", approvedAt: ctx.now }, "invoice-approved");
    case "reject": {
      const reason = givenText(command.reason);
      if (reason === null) return refuse("reason-required", "Enter why you are rejecting this invoice");
      return next(
        { status: "rejected", rejection: { reason, by: ctx.actor.subject, at: ctx.now } },
        "invoice-rejected",
      );
    }
    case "mark-paid":
      return next({ status: "paid", paidAt: ctx.now, paymentRun: command.paymentRun }, "invoice-paid");
  }
}

/** An invoice holds its visits once submitted; a draft or a rejected one holds nothing yet. */
function isLive(invoice: Invoice): boolean {
  return invoice.status === "submitted" || invoice.status === "approved" || invoice.status === "paid";
}

/** Mondays of the weeks whose actuals can no longer change: each live invoice's period and visits. */
export function lockedWeeks(invoices: readonly Invoice[]): Set<LondonDate> {
  const weeks = new Set<LondonDate>();
  for (const invoice of invoices.filter(isLive)) {
    for (const week of periodWeeks(invoice.period)) weeks.add(week);
    for (const line of invoice.lines) for (const visit of line.visits) weeks.add(weekStarting(visit.date));
  }
  return weeks;
}

/** Visits already on a live invoice, which no other invoice may take. */
export function invoicedVisitIds(invoices: readonly Invoice[]): Set<string> {
  return new Set(
    invoices
      .filter(isLive)
      .flatMap((invoice) => invoice.lines.flatMap((line) => line.visits.map((v) => v.visitId))),
  );
}
