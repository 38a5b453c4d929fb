import {
  addDays,
  isoWeekday,
  type LondonDate,
  londonInstant,
  parseClock,
  weekStarting,
} from "@portal/intake/london-clock";
import { formatDate, formatDateTime } from "@portal/intake/london-time";
import { type PlannedVisit, plannedVisits, type ServiceOrder, termsInForce } from "./orders.ts";
import { done, givenText, type Outcome, refuse } from "./outcome.ts";
import { type Actor, canActAsProvider } from "./permissions.ts";

/**
 * Actuals: what was delivered, one visit at a time, entered on the weekly calendar or imported from a
 * call-monitoring file. A visit is identified by its order, its date and the start time it is claimed
 * against (the planned call's time, or its own for an unplanned visit), so entering or uploading the
 * same visit again updates it instead of adding a second one.
 */

export const VISIT_STATUSES = ["completed", "aborted", "missed", "refused", "hospital"] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

export type VisitSource = { kind: "calendar" } | { kind: "file"; fileReference: string; row: number };

/** What a provider records about one visit. */
export interface VisitDetails {
  providerId: string;
  orderId: string;
  serviceUserRef: string;
  /** The London date the visit was due. */
  date: LondonDate;
  /** London "HH:MM" the visit is claimed against. */
  claimedStart: string;
  /** Minutes the provider claims payment for: never paid above this, whatever was delivered. */
  claimedMinutes: number;
  actualStart: Date;
  actualMinutes: number;
  carers: number;
  status: VisitStatus;
  /** Why a visit was not completed; null for a completed visit. */
  reason: string | null;
  /** The planned call this visit delivers, or null for an unplanned visit. */
  plannedVisitId: string | null;
  source: VisitSource;
}

export interface Visit extends VisitDetails {
  id: string;
  recordedAt: Date;
  recordedBy: string;
}

export interface VisitEvent {
  type: "visit-recorded" | "visit-updated";
  visitId: string;
  orderId: string;
  at: Date;
  by: string;
}

/** "order|date|claimed start": one visit per key, whichever way it was entered. */
export function visitKey(visit: Pick<VisitDetails, "orderId" | "date" | "claimedStart">): string {
  return `${visit.orderId}|${visit.date}|${visit.claimedStart}`;
}

/**
 * Actuals for a week can be changed until the week is invoiced. `lockedWeeks` holds the Mondays of
 * invoiced weeks (see `lockedWeeks` in invoices.ts).
 */
export function isWeekOpen(date: LondonDate, lockedWeeks: ReadonlySet<LondonDate>): boolean {
  return !lockedWeeks.has(weekStarting(date));
}

const HALF_DAY = 720;

/**
 * The instant of an actual start given as a London clock time on a visit's date. Call monitoring logs
 * a visit due at 23:50 that began at 00:10 under the due date, so a clock time more than 12 hours
 * from the claimed one is taken to be on the neighbouring day nearer to it.
 */
export function actualStartOn(date: LondonDate, claimedStart: string, actualClock: string): Date {
  const claimed = parseClock(claimedStart);
  const actual = parseClock(actualClock);
  if (claimed === null || actual === null)
    throw new Error(`not HH:MM times: ${claimedStart}, ${actualClock}`);
  const shift = actual - claimed > HALF_DAY ? -1 : claimed - actual > HALF_DAY ? 1 : 0;
  return londonInstant(addDays(date, shift), actual);
}

type Span = Pick<Visit, "id" | "actualStart" | "actualMinutes">;

/**
 * The first of `others` whose actual time overlaps `visit`'s, or null. Touching ends do not overlap,
 * and a visit of no minutes (missed, refused) overlaps nothing.
 */
export function findOverlap<T extends Span>(visit: Span, others: readonly T[]): T | null {
  if (visit.actualMinutes === 0) return null;
  const start = visit.actualStart.getTime();
  const end = start + visit.actualMinutes * 60_000;
  for (const other of others) {
    if (other.id === visit.id || other.actualMinutes === 0) continue;
    const otherStart = other.actualStart.getTime();
    const otherEnd = otherStart + other.actualMinutes * 60_000;
    if (start < otherEnd && otherStart < end) return other;
  }
  return null;
}

function wholeMinutes(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

/**
 * Plain-English problems with a visit on its own terms and against its order; empty when there are
 * none. Shared by the calendar and the file import so both accept exactly the same visits. `planned`
 * is the order's plan for the visit's week, passed in by an import that has already worked it out.
 */
export function checkVisit(
  visit: VisitDetails,
  order: ServiceOrder,
  now: Date,
  planned: readonly PlannedVisit[] = plannedVisits(order, weekStarting(visit.date)),
): string[] {
  const problems: string[] = [];
  const claimed = parseClock(visit.claimedStart);
  if (claimed === null) problems.push("The claimed start must be a 24-hour time written HH:MM");
  if (!wholeMinutes(visit.claimedMinutes)) {
    problems.push("The claimed duration must be a whole number of minutes, 0 or more");
  } else if (visit.status === "completed" && visit.claimedMinutes === 0) {
    problems.push("A completed visit must claim at least 1 minute");
  }
  if (!wholeMinutes(visit.actualMinutes)) {
    problems.push("The actual duration must be a whole number of minutes, 0 or more");
  } else if (visit.status === "completed" && visit.actualMinutes === 0) {
    problems.push("A completed visit must last at least 1 minute");
  }
  if (!Number.isSafeInteger(visit.carers) || visit.carers < 1)
    problems.push("The number of carers must be 1 or more");
  if (visit.status === "completed") {
    if (visit.reason !== null) problems.push("Only a visit that was not completed has a reason");
  } else if (givenText(visit.reason) === null) {
    problems.push(
      `Enter why the visit was ${visit.status === "hospital" ? "not made (hospital)" : visit.status}`,
    );
  }
  if (visit.actualStart.getTime() > now.getTime()) problems.push("The visit has not started yet");
  if (claimed !== null) {
    const claimedAt = londonInstant(visit.date, claimed).getTime();
    if (Math.abs(visit.actualStart.getTime() - claimedAt) > HALF_DAY * 60_000) {
      problems.push("The actual start must be within 12 hours of the claimed start");
    }
  }
  if (visit.providerId !== order.providerId || visit.orderId !== order.id) {
    problems.push("The visit is not for this order");
  }
  if (visit.serviceUserRef !== order.serviceUserRef) {
    problems.push(`${visit.serviceUserRef} is not the person on this order`);
  }
  if (!termsInForce(order, visit.date)) {
    problems.push(
      `The order does not cover ${formatDate(visit.date)}: no accepted version is in force that day`,
    );
  } else if (visit.plannedVisitId !== null) {
    if (!planned.some((p) => p.id === visit.plannedVisitId && p.date === visit.date)) {
      problems.push(`That is not one of this order's planned calls on ${formatDayAndDate(visit.date)}`);
    }
  }
  return problems;
}

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** "Monday 16 November 2026": intake's GOV.UK date with the day of the week in front. */
function formatDayAndDate(date: LondonDate): string {
  return `${WEEKDAYS[isoWeekday(date) - 1]} ${formatDate(date)}`;
}

export interface RecordVisitContext {
  actor: Actor;
  now: Date;
  order: ServiceOrder;
  lockedWeeks: ReadonlySet<LondonDate>;
  /** The same person's visits from the day before to the day after, to refuse overlaps. */
  nearbyVisits: readonly Visit[];
  /** The id a new visit gets; unused when updating. */
  id: string;
}

export type VisitRefusal = "forbidden" | "invalid" | "week-invoiced" | "overlap";

/** Records a visit from the calendar, or updates `existing` in place. Pure: the caller stores the result. */
export function recordVisit(
  existing: Visit | null,
  details: VisitDetails,
  ctx: RecordVisitContext,
): Outcome<Visit, VisitEvent, VisitRefusal> {
  if (!canActAsProvider(ctx.actor, ctx.order) || (existing && !canActAsProvider(ctx.actor, existing))) {
    return refuse("forbidden", "You do not have permission to do this");
  }
  for (const date of existing ? [existing.date, details.date] : [details.date]) {
    if (!isWeekOpen(date, ctx.lockedWeeks)) {
      return refuse(
        "week-invoiced",
        `The week of ${formatDate(weekStarting(date))} has been invoiced, so its visits cannot be changed`,
      );
    }
  }
  const problems = checkVisit(details, ctx.order, ctx.now);
  if (problems.length > 0) return refuse("invalid", problems.join(". "));
  const visit: Visit = {
    ...details,
    reason: givenText(details.reason),
    id: existing?.id ?? ctx.id,
    recordedAt: ctx.now,
    recordedBy: ctx.actor.subject,
  };
  const clash = findOverlap(visit, ctx.nearbyVisits);
  if (clash) {
    return refuse(
      "overlap",
      `This visit overlaps the visit from ${formatDateTime(clash.actualStart)} for ${clash.serviceUserRef}`,
    );
  }
  const type = existing ? "visit-updated" : "visit-recorded";
  return done(visit, [
    { type, visitId: visit.id, orderId: visit.orderId, at: ctx.now, by: ctx.actor.subject },
  ]);
}
