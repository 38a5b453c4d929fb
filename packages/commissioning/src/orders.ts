import {
  addDays,
  isLondonDate,
  isoWeekday,
  type LondonDate,
  londonInstant,
  parseClock,
} from "@portal/intake/london-clock";
import { done, givenText, type Outcome, refuse } from "./outcome.ts";
import { type Actor, canActAsCouncil, canActAsProvider } from "./permissions.ts";

/**
 * Service orders: the care the council commissions from a provider for one person, as a weekly
 * pattern of calls. The council issues an order and may change it; every issue or change is a new
 * version that the provider accepts or rejects. A version pays nothing until it is accepted: the
 * planned visits that variance and invoices work from come only from accepted versions.
 */

/** One call in the weekly pattern. */
export interface PlannedCall {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** London time "HH:MM". */
  start: string;
  minutes: number;
  carers: number;
}

export interface OrderTerms {
  startDate: LondonDate;
  /** Null while the order is open-ended. */
  endDate: LondonDate | null;
  calls: readonly PlannedCall[];
}

export interface OrderDecision {
  outcome: "accepted" | "rejected";
  /** The subject of the provider user who decided. */
  by: string;
  at: Date;
  /** Why a version was rejected; null for an acceptance. */
  reason: string | null;
}

export interface OrderVersion {
  version: number;
  /** From this date the version replaces earlier ones, once accepted. Version 1: the start date. */
  effectiveFrom: LondonDate;
  terms: OrderTerms;
  issuedAt: Date;
  decision: OrderDecision | null;
}

export interface ServiceOrder {
  id: string;
  providerId: string;
  contractId: string;
  serviceUserRef: string;
  /** Oldest first; the last is the one the provider is asked about. */
  versions: readonly OrderVersion[];
}

export const ORDER_STATUSES = ["new", "changed", "accepted", "rejected"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_COMMAND_TYPES = ["accept", "reject", "change"] as const;

export type OrderCommand =
  | { type: "accept" }
  /** `authenticatedAt`: when the user last signed in (the ID token's auth_time), asked for afresh. */
  | { type: "reject"; reason: string; authenticatedAt: Date }
  | { type: "change"; terms: OrderTerms; effectiveFrom: LondonDate };

export interface OrderEvent {
  type: "order-issued" | "order-changed" | "order-accepted" | "order-rejected";
  orderId: string;
  version: number;
  at: Date;
  by: string;
  reason: string | null;
}

export interface OrderPolicy {
  /** How recently a provider user must have signed in to reject an order. */
  signInMaxAgeMinutes: number;
}

export const DEFAULT_ORDER_POLICY: OrderPolicy = Object.freeze({ signInMaxAgeMinutes: 5 });

export interface OrderContext {
  actor: Actor;
  now: Date;
  policy?: OrderPolicy;
}

export type OrderRefusal = "forbidden" | "not-allowed-now" | "invalid" | "reason-required" | "sign-in-again";
export type OrderOutcome = Outcome<ServiceOrder, OrderEvent, OrderRefusal>;

function latest(order: ServiceOrder): OrderVersion {
  const version = order.versions.at(-1);
  if (!version) throw new Error(`order ${order.id} has no versions`);
  return version;
}

/** Derived from the latest version, so status and history can never disagree. */
export function orderStatus(order: ServiceOrder): OrderStatus {
  const { version, decision } = latest(order);
  if (decision) return decision.outcome;
  return version === 1 ? "new" : "changed";
}

/** The transition table: which commands each status allows. */
const ALLOWED: Record<OrderStatus, readonly OrderCommand["type"][]> = {
  new: ["accept", "reject", "change"],
  changed: ["accept", "reject", "change"],
  accepted: ["change"],
  rejected: ["change"],
};

/** Whether the order's status allows the command at all, whoever asks: pages offer only live actions. */
export function orderAllows(order: ServiceOrder, type: OrderCommand["type"]): boolean {
  return ALLOWED[orderStatus(order)].includes(type);
}

/** Plain-English problems with a weekly pattern and its dates; empty when there are none. */
export function checkTerms(terms: OrderTerms): string[] {
  const problems: string[] = [];
  if (!isLondonDate(terms.startDate)) problems.push("The start date must be a date written YYYY-MM-DD");
  if (terms.endDate !== null) {
    if (!isLondonDate(terms.endDate)) problems.push("The end date must be a date written YYYY-MM-DD");
    else if (terms.endDate < terms.startDate)
      problems.push("The end date must be on or after the start date");
  }
  if (terms.calls.length === 0) problems.push("An order must plan at least one call a week");
  terms.calls.forEach((call, i) => {
    const n = i + 1;
    if (!Number.isInteger(call.weekday) || call.weekday < 1 || call.weekday > 7) {
      problems.push(`Call ${n}: the day must be 1 (Monday) to 7 (Sunday)`);
    }
    if (parseClock(call.start) === null)
      problems.push(`Call ${n}: the start must be a 24-hour time written HH:MM`);
    if (!Number.isInteger(call.minutes) || call.minutes < 1 || call.minutes > 1440) {
      problems.push(`Call ${n}: a call lasts from 1 to 1440 whole minutes`);
    }
    if (!Number.isInteger(call.carers) || call.carers < 1)
      problems.push(`Call ${n}: a call needs 1 or more carers`);
  });
  if (problems.length === 0) problems.push(...overlappingCalls(terms.calls));
  return problems;
}

const WEEK = 7 * 1440;

/** Calls for one person cannot overlap, Sunday night into Monday morning included. */
function overlappingCalls(calls: readonly PlannedCall[]): string[] {
  const spans = calls.map((call) => {
    const from = (call.weekday - 1) * 1440 + (parseClock(call.start) ?? 0);
    return { from, to: from + call.minutes };
  });
  const problems: string[] = [];
  for (let i = 0; i < spans.length; i++) {
    for (let j = i + 1; j < spans.length; j++) {
      const [a, b] = [spans[i]!, spans[j]!];
      // Compare b with a in this week and in the weeks either side, so a call that runs past the end
      // of Sunday meets Monday's.
      const meets = [-WEEK, 0, WEEK].some((shift) => b.from + shift < a.to && a.from < b.to + shift);
      if (meets) problems.push(`Calls ${i + 1} and ${j + 1} overlap`);
    }
  }
  return problems;
}

function invalid(problems: string[]): OrderOutcome {
  return refuse("invalid", problems.join(". "));
}

function event(
  order: ServiceOrder,
  type: OrderEvent["type"],
  ctx: OrderContext,
  reason: string | null = null,
) {
  return {
    type,
    orderId: order.id,
    version: latest(order).version,
    at: ctx.now,
    by: ctx.actor.subject,
    reason,
  };
}

/** The council issues an order: version 1, in force from its start date once the provider accepts it. */
export function issueOrder(
  input: Omit<ServiceOrder, "versions"> & { terms: OrderTerms },
  ctx: OrderContext,
): OrderOutcome {
  if (!canActAsCouncil(ctx.actor)) return refuse("forbidden", "You do not have permission to do this");
  const problems = checkTerms(input.terms);
  if (problems.length > 0) return invalid(problems);
  const { terms, ...rest } = input;
  const order: ServiceOrder = {
    ...rest,
    versions: [{ version: 1, effectiveFrom: terms.startDate, terms, issuedAt: ctx.now, decision: null }],
  };
  return done(order, [event(order, "order-issued", ctx)]);
}

function decideLatest(order: ServiceOrder, decision: OrderDecision): ServiceOrder {
  return { ...order, versions: [...order.versions.slice(0, -1), { ...latest(order), decision }] };
}

function signInAgeWords(minutes: number): string {
  return minutes === 1 ? "minute" : `${minutes} minutes`;
}

/**
 * Applies one command to one order at `now`, as `actor`. Pure: the caller stores the new order and its
 * events together, or nothing at all on a refusal.
 */
export function orderTransition(order: ServiceOrder, command: OrderCommand, ctx: OrderContext): OrderOutcome {
  const mayAct = command.type === "change" ? canActAsCouncil(ctx.actor) : canActAsProvider(ctx.actor, order);
  if (!mayAct) return refuse("forbidden", "You do not have permission to do this");
  if (!orderAllows(order, command.type)) {
    return refuse("not-allowed-now", `You cannot do this because the order is ${orderStatus(order)}`);
  }
  switch (command.type) {
    case "accept": {
      const accepted = decideLatest(order, {
        outcome: "accepted",
        by: ctx.actor.subject,
        at: ctx.now,
        reason: null,
      });
      return done(accepted, [event(accepted, "order-accepted", ctx)]);
    }
    case "reject": {
      const reason = givenText(command.reason);
      if (reason === null) return refuse("reason-required", "Enter why you are rejecting this order");
      const { signInMaxAgeMinutes } = ctx.policy ?? DEFAULT_ORDER_POLICY;
      // A rejection stops care being arranged, so it needs the person, not just their open session.
      if (ctx.now.getTime() - command.authenticatedAt.getTime() > signInMaxAgeMinutes * 60_000) {
        return refuse(
          "sign-in-again",
          `Sign in again to reject this order: you must have signed in within the last ${signInAgeWords(signInMaxAgeMinutes)}`,
        );
      }
      const rejected = decideLatest(order, {
        outcome: "rejected",
        by: ctx.actor.subject,
        at: ctx.now,
        reason,
      });
      return done(rejected, [event(rejected, "order-rejected", ctx, reason)]);
    }
    case "change": {
      const problems = checkTerms(command.terms);
      const { startDate, endDate } = command.terms;
      const covered =
        isLondonDate(command.effectiveFrom) &&
        command.effectiveFrom >= startDate &&
        (endDate === null || command.effectiveFrom <= endDate);
      if (problems.length === 0 && !covered)
        problems.push("A change must take effect on a date its terms cover");
      if (problems.length > 0) return invalid(problems);
      const changed: ServiceOrder = {
        ...order,
        versions: [
          ...order.versions,
          {
            version: latest(order).version + 1,
            effectiveFrom: command.effectiveFrom,
            terms: command.terms,
            issuedAt: ctx.now,
            decision: null,
          },
        ],
      };
      return done(changed, [event(changed, "order-changed", ctx)]);
    }
  }
}

/**
 * The accepted version in force on `date`: the latest accepted version whose effective date has come,
 * provided its own start and end dates cover the day. Null when nothing accepted covers it.
 */
export function termsInForce(
  order: ServiceOrder,
  date: LondonDate,
): { version: number; terms: OrderTerms } | null {
  let inForce: OrderVersion | null = null;
  for (const version of order.versions) {
    if (version.decision?.outcome === "accepted" && version.effectiveFrom <= date) inForce = version;
  }
  if (!inForce) return null;
  const { startDate, endDate } = inForce.terms;
  if (date < startDate || (endDate !== null && date > endDate)) return null;
  return { version: inForce.version, terms: inForce.terms };
}

export interface PlannedVisit {
  /** Stable across recomputation: the order, the date and the start time. */
  id: string;
  orderId: string;
  version: number;
  date: LondonDate;
  start: string;
  startsAt: Date;
  minutes: number;
  carers: number;
}

function plannedVisitId(orderId: string, date: LondonDate, start: string): string {
  return `${orderId}:${date}:${start}`;
}

/** The planned visits of the Monday–Sunday week starting `monday`, from accepted versions only. */
export function plannedVisits(order: ServiceOrder, monday: LondonDate): PlannedVisit[] {
  if (isoWeekday(monday) !== 1) throw new Error(`a care week starts on a Monday: ${monday}`);
  const visits: PlannedVisit[] = [];
  for (let day = 0; day < 7; day++) {
    const date = addDays(monday, day);
    const inForce = termsInForce(order, date);
    if (!inForce) continue;
    const weekday = day + 1;
    for (const call of inForce.terms.calls) {
      if (call.weekday !== weekday) continue;
      visits.push({
        id: plannedVisitId(order.id, date, call.start),
        orderId: order.id,
        version: inForce.version,
        date,
        start: call.start,
        startsAt: londonInstant(date, parseClock(call.start) ?? 0),
        minutes: call.minutes,
        carers: call.carers,
      });
    }
  }
  return visits.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
