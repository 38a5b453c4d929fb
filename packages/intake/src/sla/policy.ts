import type { SlaCalendar } from "./calendar.ts";

export type Rag = "red" | "amber" | "green" | "blue";

export interface SlaPolicy {
  acknowledgeWorkingDays: number; // 1
  decisionWorkingDays: number; // 1 (before a RAG is set)
  /** Red counts elapsed hours, day and night ("Red is worked to completion even out of hours"). */
  redHours: number; // 4
  amberWorkingDays: number; // 1
  greenWorkingDays: number; // 3
  blueWorkingDays: number; // 3 (police "no or minimal risk")
  feedbackWorkingDays: number; // 1 (tell the referrer within a working day of the decision)
  earlyHelpRespondWorkingHours: number; // 24
  earlyHelpAllocateWorkingHours: number; // 48
  /** Partner check due times: red elapsed 2h (counts out of hours like Red), amber 4 working hours, green 8, blue 8. */
  checkWorkingHours: { red: number; amber: number; green: number; blue: number };
  dueSoonMinutes: number; // 120
}

/** Frozen: it is shared by every caller, so a change belongs in a copy ({ ...DEFAULT_SLA_POLICY, … }). */
export const DEFAULT_SLA_POLICY: SlaPolicy = Object.freeze({
  acknowledgeWorkingDays: 1,
  decisionWorkingDays: 1,
  redHours: 4,
  amberWorkingDays: 1,
  greenWorkingDays: 3,
  blueWorkingDays: 3,
  feedbackWorkingDays: 1,
  earlyHelpRespondWorkingHours: 24,
  earlyHelpAllocateWorkingHours: 48,
  checkWorkingHours: Object.freeze({ red: 2, amber: 4, green: 8, blue: 8 }),
  dueSoonMinutes: 120,
});

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** `hours` of elapsed time, nights and weekends included: the Red clock never stops. */
const elapsed = (from: Date, hours: number) => new Date(from.getTime() + Math.round(hours * HOUR));

/** The decision deadline a RAG rating sets, counted from `from` (the screening time). */
export function ragDeadline(rag: Rag, from: Date, calendar: SlaCalendar, policy: SlaPolicy): Date {
  switch (rag) {
    case "red":
      return elapsed(from, policy.redHours);
    case "amber":
      return calendar.addWorkingDays(from, policy.amberWorkingDays);
    case "green":
      return calendar.addWorkingDays(from, policy.greenWorkingDays);
    case "blue":
      return calendar.addWorkingDays(from, policy.blueWorkingDays);
  }
}

/** When a partner agency check requested at `from` for an item rated `rag` (null = not yet rated → amber) is due. */
export function checkDeadline(rag: Rag | null, from: Date, calendar: SlaCalendar, policy: SlaPolicy): Date {
  const rating = rag ?? "amber";
  const hours = policy.checkWorkingHours[rating];
  // A check for a Red item is as urgent as the item: it runs out of hours too.
  return rating === "red" ? elapsed(from, hours) : calendar.addWorkingHours(from, hours);
}

export type QueueStatus = "overdue" | "due-soon" | "on-time" | "no-deadline";

/**
 * Derived, never stored: overdue when now is after dueAt; due soon within dueSoonMinutes of ELAPSED time.
 * At the deadline itself an item is still due soon, not overdue; exactly dueSoonMinutes before, it is
 * due soon. Elapsed, not working, minutes: "due in 2 hours" on a Friday at 16:00 means Friday 18:00 to
 * nobody, so a working-time deadline over the weekend shows as on time until Monday morning.
 */
export function queueStatus(dueAt: Date | null, now: Date, policy: SlaPolicy): QueueStatus {
  if (dueAt === null) return "no-deadline";
  const left = dueAt.getTime() - now.getTime();
  if (left < 0) return "overdue";
  return left <= policy.dueSoonMinutes * MINUTE ? "due-soon" : "on-time";
}
