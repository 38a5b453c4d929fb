import type { SlaCalendar } from "../sla/index.ts";
import { queueKey } from "../triage/store.ts";
import type { LadoCase, LadoOutcome, LadoOutcomeCategory } from "./types.ts";

const DAY = 24 * 60 * 60 * 1000;

/** The first review meeting is due about four weeks after the first allegation management meeting. */
export const FIRST_REVIEW_DAYS = 28;

/** The employer tells the LADO within one working day; the LADO considers it within one working day. */
export const CONSIDERATION_WORKING_DAYS = 1;

export interface LadoDeadlines {
  /** Initial consideration: one working day from receipt, until the threshold is decided. */
  considerationBy: Date | null;
  /** The first review meeting: 28 days after the first strategy meeting was held, until a review is recorded. */
  firstReviewBy: Date | null;
  /** The next review set by the latest recorded meeting, while no outcome is recorded. */
  nextReviewBy: Date | null;
}

const recorded = (lado: LadoCase) => lado.meetings.filter((m) => m.recordedAt !== null);

/**
 * The first review meeting's due date: 28 days (4 × 7 × 24 hours) after the first strategy meeting
 * that has been recorded was held (its `scheduledFor`), or null while none has been recorded.
 */
export function firstReviewDue(lado: Pick<LadoCase, "meetings">): Date | null {
  const held = lado.meetings
    .filter((m) => m.kind === "strategy" && m.recordedAt !== null)
    .map((m) => m.scheduledFor.getTime());
  return held.length === 0 ? null : new Date(Math.min(...held) + FIRST_REVIEW_DAYS * DAY);
}

/** What is owed on a case and by when; null where nothing is owed (done, or not applicable). */
export function caseDeadlines(lado: LadoCase, calendar: SlaCalendar): LadoDeadlines {
  if (lado.stage === "closed") return { considerationBy: null, firstReviewBy: null, nextReviewBy: null };
  const considerationBy =
    lado.consideration === null ? calendar.addWorkingDays(lado.receivedAt, CONSIDERATION_WORKING_DAYS) : null;
  if (lado.outcome !== null || lado.consideration?.threshold !== "met")
    return { considerationBy, firstReviewBy: null, nextReviewBy: null };
  const meetings = recorded(lado).sort((a, b) => a.scheduledFor.getTime() - b.scheduledFor.getTime());
  const reviewed = meetings.some((m) => m.kind === "review");
  return {
    considerationBy,
    firstReviewBy: reviewed ? null : firstReviewDue(lado),
    nextReviewBy: meetings.at(-1)?.nextReviewAt ?? null,
  };
}

/** The case's next deadline and its place in the LADO's list. */
export function ladoOrder(lado: LadoCase, calendar: SlaCalendar): { dueAt: Date | null; queueKey: number } {
  const owed = caseDeadlines(lado, calendar);
  const dates = [owed.considerationBy, owed.firstReviewBy, owed.nextReviewBy].filter(
    (d): d is Date => d !== null,
  );
  const dueAt = dates.length === 0 ? null : new Date(Math.min(...dates.map((d) => d.getTime())));
  return { dueAt, queueKey: queueKey(dueAt, lado.receivedAt) };
}

/**
 * `months` calendar months after `from`: the same time of day on the same day of the month, or on the
 * last day of a shorter month (31 January + 1 month = 28 or 29 February). Counted on UTC fields, as
 * the matching window is, so across a clock change the time of day may differ by an hour in London.
 */
export function addCalendarMonths(from: Date, months: number): Date {
  const date = new Date(from.getTime());
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const daysInMonth = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, daysInMonth));
  return date;
}

export const KCSIE_TARGETS = ["oneWeek", "oneMonth", "threeMonths", "twelveMonths"] as const;
export type KcsieTarget = (typeof KCSIE_TARGETS)[number];

/**
 * The KCSIE timescales (REFERENCE.md §4): 80% resolved within one month, 90% within three, nearly all
 * within twelve; a clearly false or malicious allegation within one week. `share` is the expected
 * share where KCSIE gives a number.
 */
export const KCSIE_TIMESCALES: Readonly<Record<KcsieTarget, { label: string; share: number | null }>> = {
  oneWeek: { label: "False or malicious: resolved within 1 week", share: null },
  oneMonth: { label: "Resolved within 1 month", share: 0.8 },
  threeMonths: { label: "Resolved within 3 months", share: 0.9 },
  twelveMonths: { label: "Resolved within 12 months", share: null },
};

const FALSE_OR_MALICIOUS: readonly LadoOutcomeCategory[] = ["false", "malicious"];

/**
 * When each target falls for a case received at `receivedAt`: one week is 7 × 24 hours; months are
 * calendar months (addCalendarMonths). A case resolves within a target when its outcome is recorded
 * at or before that moment.
 */
export function kcsieTargetDates(receivedAt: Date): Record<KcsieTarget, Date> {
  return {
    oneWeek: new Date(receivedAt.getTime() + 7 * DAY),
    oneMonth: addCalendarMonths(receivedAt, 1),
    threeMonths: addCalendarMonths(receivedAt, 3),
    twelveMonths: addCalendarMonths(receivedAt, 12),
  };
}

/** Whether each target was met; `oneWeek` is null unless the outcome was false or malicious. */
export type KcsieResult = {
  oneWeek: boolean | null;
  oneMonth: boolean;
  threeMonths: boolean;
  twelveMonths: boolean;
};

/**
 * What the KCSIE figures read of a case: its receipt, stage and outcome (category and when it was
 * recorded). Light enough to load for every case the LADO has.
 */
export interface KcsieCase {
  id: string;
  receivedAt: Date;
  stage: LadoCase["stage"];
  outcome: Pick<LadoOutcome, "category" | "decidedAt"> | null;
}

/**
 * For a case with an outcome: whether it was resolved within each KCSIE target, measured from receipt
 * to the recording of the outcome. Null for a case without an outcome (open, or below threshold).
 */
export function kcsieTargets(lado: Pick<KcsieCase, "receivedAt" | "outcome">): KcsieResult | null {
  if (lado.outcome === null) return null;
  const at = lado.outcome.decidedAt.getTime();
  const dates = kcsieTargetDates(lado.receivedAt);
  const within = (target: KcsieTarget) => at <= dates[target].getTime();
  return {
    oneWeek: FALSE_OR_MALICIOUS.includes(lado.outcome.category) ? within("oneWeek") : null,
    oneMonth: within("oneMonth"),
    threeMonths: within("threeMonths"),
    twelveMonths: within("twelveMonths"),
  };
}

export interface KcsieShare {
  /** Resolved cases the target applies to (for one week: false or malicious outcomes only). */
  cases: number;
  within: number;
  /** within / cases, or null when no case counts. */
  share: number | null;
}

export interface KcsieDashboard {
  /** Cases with an outcome. */
  resolved: number;
  targets: Record<KcsieTarget, KcsieShare>;
  /** Threshold-met or undecided cases with no outcome yet. */
  open: number;
  /**
   * Open cases already past each target. There is no one-week figure: whether an open allegation is
   * false or malicious is not known until its outcome.
   */
  openPastTarget: Record<Exclude<KcsieTarget, "oneWeek">, number>;
}

/**
 * The LADO dashboard's KCSIE figures. Below-threshold cases are not allegations managed to an outcome,
 * so they count neither as resolved nor as open.
 */
export function kcsieDashboard(cases: readonly KcsieCase[], now: Date): KcsieDashboard {
  const targets = Object.fromEntries(
    KCSIE_TARGETS.map((t) => [t, { cases: 0, within: 0, share: null }]),
  ) as Record<KcsieTarget, KcsieShare>;
  const openPastTarget = { oneMonth: 0, threeMonths: 0, twelveMonths: 0 };
  let resolved = 0;
  let open = 0;
  for (const lado of cases) {
    const result = kcsieTargets(lado);
    if (result) {
      resolved++;
      for (const target of KCSIE_TARGETS) {
        const met = result[target];
        if (met === null) continue;
        targets[target].cases++;
        if (met) targets[target].within++;
      }
    } else if (lado.stage !== "closed" && lado.stage !== "below-threshold") {
      open++;
      const dates = kcsieTargetDates(lado.receivedAt);
      for (const target of ["oneMonth", "threeMonths", "twelveMonths"] as const)
        if (now.getTime() > dates[target].getTime()) openPastTarget[target]++;
    }
  }
  for (const target of KCSIE_TARGETS) {
    const t = targets[target];
    t.share = t.cases === 0 ? null : t.within / t.cases;
  }
  return { resolved, targets, open, openPastTarget };
}
