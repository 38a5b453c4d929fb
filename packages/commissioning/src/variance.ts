import type { Visit, VisitStatus } from "./actuals.ts";
import type { PlannedVisit } from "./orders.ts";
import { done, givenText, type Outcome, refuse } from "./outcome.ts";
import { type Actor, canActAsCouncil } from "./permissions.ts";

/**
 * Variance: each visit against the call it was planned as, and what that makes payable.
 *
 * The rules, in order:
 * 1. A visit that was not completed (aborted, missed, refused, hospital) pays nothing and needs no
 *    decision; its reason is shown to the provider.
 * 2. The minutes considered are the delivered minutes, but never more than the provider claimed.
 * 3. Shorter than planned, on plan, or over by no more than the tolerance: accepted automatically
 *    and paid as delivered (a small overrun within tolerance is paid).
 * 4. Over by more than the tolerance, more carers than the plan, or no planned call at all: an
 *    exception. Nothing is paid until finance decides: approve (pay as delivered), cap (pay at most
 *    the planned minutes and carers) or reject (pay nothing), each with a reason the provider sees.
 */

export interface Tolerance {
  /** Minutes over plan that are accepted without a decision. */
  minutes: number;
  /** Percent of the planned minutes accepted without a decision. The more generous of the two wins. */
  percent: number;
}

export const DEFAULT_TOLERANCE: Tolerance = Object.freeze({ minutes: 5, percent: 10 });

/**
 * Whole minutes over plan that are still within tolerance: the larger of the fixed minutes and the
 * percentage of the planned time, the percentage rounded down to a whole minute (10% of 45 minutes
 * allows 4 minutes, since a 4.5-minute overrun cannot be recorded).
 */
export function toleranceMinutes(plannedMinutes: number, tolerance: Tolerance): number {
  return Math.max(tolerance.minutes, Math.floor((plannedMinutes * tolerance.percent) / 100));
}

/** Within tolerance includes the boundary: exactly 5 minutes over a 5-minute tolerance is accepted. */
export function withinTolerance(
  plannedMinutes: number,
  deliveredMinutes: number,
  tolerance: Tolerance,
): boolean {
  return deliveredMinutes - plannedMinutes <= toleranceMinutes(plannedMinutes, tolerance);
}

export const EXCEPTION_KINDS = ["unplanned", "overrun", "extra-carer"] as const;
export type ExceptionKind = (typeof EXCEPTION_KINDS)[number];

export interface Assessment {
  visitId: string;
  /** Delivered minutes, capped at the minutes claimed. */
  deliveredMinutes: number;
  planned: { minutes: number; carers: number } | null;
  kind: "not-delivered" | "auto-accepted" | "exception";
  exceptions: ExceptionKind[];
}

/** `planned` is the call named by the visit's plannedVisitId, or null when it has none. */
export function assessVisit(visit: Visit, planned: PlannedVisit | null, tolerance: Tolerance): Assessment {
  if (planned && planned.id !== visit.plannedVisitId) {
    throw new Error(`${planned.id} is not the planned call of visit ${visit.id}`);
  }
  const deliveredMinutes = Math.min(visit.actualMinutes, visit.claimedMinutes);
  const plan = planned ? { minutes: planned.minutes, carers: planned.carers } : null;
  const base = { visitId: visit.id, deliveredMinutes, planned: plan };
  if (visit.status !== "completed") return { ...base, kind: "not-delivered", exceptions: [] };
  const exceptions: ExceptionKind[] = [];
  if (!plan) exceptions.push("unplanned");
  else {
    if (!withinTolerance(plan.minutes, deliveredMinutes, tolerance)) exceptions.push("overrun");
    if (visit.carers > plan.carers) exceptions.push("extra-carer");
  }
  return { ...base, kind: exceptions.length > 0 ? "exception" : "auto-accepted", exceptions };
}

export const DECISION_OUTCOMES = ["approve", "cap", "reject"] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export interface ExceptionDecision {
  visitId: string;
  outcome: DecisionOutcome;
  reason: string;
  by: string;
  at: Date;
  /** The visit as decided: if the provider changes it afterwards, the decision no longer applies. */
  visitRecordedAt: Date;
}

export interface DecisionEvent {
  type: "exception-decided";
  visitId: string;
  outcome: DecisionOutcome;
  at: Date;
  by: string;
}

export interface DecisionContext {
  actor: Actor;
  now: Date;
  /** The submitted (or later) invoice the visit is already on, or null: its pay is then settled. */
  invoiceNumber: string | null;
}

export type DecisionRefusal =
  | "forbidden"
  | "not-an-exception"
  | "reason-required"
  | "cannot-cap"
  | "invoiced";

/** Finance decides one exception. A later decision replaces an earlier one until the visit is invoiced. */
export function decideException(
  visit: Visit,
  assessment: Assessment,
  command: { outcome: DecisionOutcome; reason: string },
  ctx: DecisionContext,
): Outcome<ExceptionDecision, DecisionEvent, DecisionRefusal> {
  if (!canActAsCouncil(ctx.actor)) return refuse("forbidden", "You do not have permission to do this");
  if (assessment.visitId !== visit.id || assessment.kind !== "exception") {
    return refuse("not-an-exception", "This visit is not waiting for a decision");
  }
  if (ctx.invoiceNumber !== null) {
    return refuse(
      "invoiced",
      `This visit has been paid on invoice ${ctx.invoiceNumber}, so it cannot be decided again`,
    );
  }
  if (command.outcome === "cap" && assessment.planned === null) {
    return refuse("cannot-cap", "An unplanned visit has no planned call to cap it at: approve or reject it");
  }
  const reason = givenText(command.reason);
  if (reason === null) return refuse("reason-required", "Enter the reason for your decision");
  const decision: ExceptionDecision = {
    visitId: visit.id,
    outcome: command.outcome,
    reason,
    by: ctx.actor.subject,
    at: ctx.now,
    visitRecordedAt: visit.recordedAt,
  };
  return done(decision, [
    {
      type: "exception-decided",
      visitId: visit.id,
      outcome: command.outcome,
      at: ctx.now,
      by: ctx.actor.subject,
    },
  ]);
}

export type SettlementBasis =
  | "delivered"
  | "not-delivered"
  | "awaiting-decision"
  | "approved"
  | "capped"
  | "rejected";

export interface Settlement {
  /** Pending visits are left off invoices until finance decides; everything else can be invoiced. */
  status: "payable" | "pending";
  basis: SettlementBasis;
  /** Payable minutes and carers: both 0 when nothing is payable. */
  minutes: number;
  carers: number;
  /** What the provider is told about this visit's pay. */
  explanation: string;
  decision: ExceptionDecision | null;
}

const NOT_DELIVERED: Record<Exclude<VisitStatus, "completed">, string> = {
  aborted: "the visit was aborted",
  missed: "the visit was missed",
  refused: "the visit was refused",
  hospital: "the person was in hospital",
};

const carerWords = (n: number) => `${n} carer${n === 1 ? "" : "s"}`;

function describeExceptions(visit: Visit, assessment: Assessment): string {
  const planned = assessment.planned ?? { minutes: 0, carers: 0 };
  const words: Record<ExceptionKind, () => string> = {
    unplanned: () => "a visit that was not planned",
    overrun: () =>
      `${assessment.deliveredMinutes - planned.minutes} minutes over the ${planned.minutes} planned`,
    "extra-carer": () => `${carerWords(visit.carers)} where the plan has ${planned.carers}`,
  };
  return assessment.exceptions.map((kind) => words[kind]()).join("; ");
}

/** What is payable for a visit, given its assessment and finance's decision if there is one. */
export function settleVisit(
  visit: Visit,
  assessment: Assessment,
  decision: ExceptionDecision | null,
): Settlement {
  const nothing = { minutes: 0, carers: 0 };
  if (assessment.kind === "not-delivered") {
    const status = visit.status as Exclude<VisitStatus, "completed">;
    const because = visit.reason ? ` (${visit.reason})` : "";
    return {
      status: "payable",
      basis: "not-delivered",
      ...nothing,
      explanation: `Not paid: ${NOT_DELIVERED[status]}${because}`,
      decision: null,
    };
  }
  const delivered = { minutes: assessment.deliveredMinutes, carers: visit.carers };
  if (assessment.kind === "auto-accepted") {
    const shortOfClaim =
      delivered.minutes < visit.claimedMinutes
        ? `: ${delivered.minutes} of the ${visit.claimedMinutes} minutes claimed`
        : "";
    return {
      status: "payable",
      basis: "delivered",
      ...delivered,
      explanation: `Paid as delivered${shortOfClaim}`,
      decision: null,
    };
  }
  const current =
    decision?.visitId === visit.id && decision.visitRecordedAt.getTime() === visit.recordedAt.getTime()
      ? decision
      : null;
  if (!current) {
    return {
      status: "pending",
      basis: "awaiting-decision",
      ...nothing,
      explanation: `Waiting for a finance decision: ${describeExceptions(visit, assessment)}`,
      decision: null,
    };
  }
  switch (current.outcome) {
    case "approve":
      return {
        status: "payable",
        basis: "approved",
        ...delivered,
        explanation: `Paid as delivered. Finance approved: ${current.reason}`,
        decision: current,
      };
    case "cap": {
      // decideException refuses to cap an unplanned visit, so a plan is there.
      const plan = assessment.planned ?? delivered;
      const minutes = Math.min(delivered.minutes, plan.minutes);
      const carers = Math.min(delivered.carers, plan.carers);
      return {
        status: "payable",
        basis: "capped",
        minutes,
        carers,
        explanation: `Paid at the planned ${minutes} minutes and ${carerWords(carers)}: ${current.reason}`,
        decision: current,
      };
    }
    case "reject":
      return {
        status: "payable",
        basis: "rejected",
        ...nothing,
        explanation: `Not paid: finance rejected it: ${current.reason}`,
        decision: current,
      };
  }
}
