import { ragDeadline, type SlaCalendar, type SlaPolicy } from "../sla/index.ts";
import { queueKey } from "./store.ts";
import type { TriageItem } from "./types.ts";

/** What is owed on an item and by when; null where nothing is owed (done, or not applicable). */
export interface Deadlines {
  /** Tell the referrer it arrived. */
  acknowledgeBy: Date | null;
  /** Decide next steps (early help: allocate). */
  decideBy: Date | null;
  /** Tell the referrer the outcome. */
  feedbackBy: Date | null;
}

/**
 * The statutory and local clocks (REFERENCE.md §2, §3, §5). Each counts from when the item reached
 * its current service, so a re-routed item gives the receiving team its full time.
 */
export function deadlines(item: TriageItem, calendar: SlaCalendar, policy: SlaPolicy): Deadlines {
  if (item.stage === "closed") return { acknowledgeBy: null, decideBy: null, feedbackBy: null };
  const from = item.enteredServiceAt;
  const earlyHelp = item.service === "early-help";

  let acknowledgeBy: Date | null = null;
  if (item.acknowledgedAt === null && !item.referrerAnonymous) {
    if (earlyHelp) acknowledgeBy = calendar.addWorkingHours(from, policy.earlyHelpRespondWorkingHours);
    // Adult safeguarding concerns (and so the adults front door) are acknowledged the same working day.
    else if (item.service === "adults") acknowledgeBy = calendar.endOfWorkingDay(from);
    else acknowledgeBy = calendar.addWorkingDays(from, policy.acknowledgeWorkingDays);
  }

  let decideBy: Date | null = null;
  if (item.decision === null) {
    if (earlyHelp) decideBy = calendar.addWorkingHours(from, policy.earlyHelpAllocateWorkingHours);
    else if (item.rag !== null && item.screenedAt !== null)
      decideBy = ragDeadline(item.rag, item.screenedAt, calendar, policy);
    else decideBy = calendar.addWorkingDays(from, policy.decisionWorkingDays);
  }

  const feedbackBy =
    item.decision !== null && item.feedback === null && !item.referrerAnonymous
      ? calendar.addWorkingDays(item.decision.decidedAt, policy.feedbackWorkingDays)
      : null;

  return { acknowledgeBy, decideBy, feedbackBy };
}

/** The earliest thing owed: the queue sorts on it and derives "overdue" and "due soon" from it. */
export function nextDeadline(owed: Deadlines): Date | null {
  const times = [owed.acknowledgeBy, owed.decideBy, owed.feedbackBy].filter((d): d is Date => d !== null);
  return times.length === 0 ? null : new Date(Math.min(...times.map((d) => d.getTime())));
}

/** Where the item sits in the queue: its next deadline and the key the queue is ordered by. */
export function queueOrder(item: TriageItem, calendar: SlaCalendar, policy: SlaPolicy) {
  const dueAt = nextDeadline(deadlines(item, calendar, policy));
  return { dueAt, queueKey: queueKey(dueAt, item.receivedAt) };
}
