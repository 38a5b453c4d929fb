import {
  type Actor,
  canActAsCouncil,
  canActAsProvider,
  type ImportSummary,
  type RowPlan,
  type SettlementBasis,
  type VisitStatus,
} from "@portal/commissioning";
import type { OrderWeek } from "@portal/commissioning/service";
import { addDays, formatClock, londonDateOf, londonMinutesOf } from "@portal/intake/london-clock";
import { formatDate } from "@portal/intake/london-time";
import type { SummaryRow } from "@portal/web/casework/lines-list.tsx";
import { type Slot, type WeekChoice, weekSlots } from "../../.server/actuals-commands.ts";
import { dayAnchor, NEW_VISIT, STATUS_NAMES, slotIntent } from "./fields.ts";
import type { RecordedView, TagView, VisitFormValues, VisitSlotView, WeekDayView } from "./views.ts";

/**
 * The actuals pages' display data, worked out on the server: dates, times and words are strings by
 * the time they reach the browser, so no domain code is shipped to it.
 */

type WeekVisit = OrderWeek["visits"][number];

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** "Monday 16 November 2026". */
export const dayText = (date: string, index: number) => `${WEEKDAYS[index]} ${formatDate(date)}`;

/** "Week beginning Monday 16 November 2026". */
export const weekText = (monday: string) => `Week beginning ${dayText(monday, 0)}`;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const PAY_TAGS: Record<SettlementBasis, TagView> = {
  delivered: { text: "Paid as delivered", classes: "govuk-tag--green" },
  approved: { text: "Approved by finance", classes: "govuk-tag--green" },
  "awaiting-decision": { text: "Waiting for finance", classes: "govuk-tag--yellow" },
  capped: { text: "Capped by finance", classes: "govuk-tag--orange" },
  rejected: { text: "Rejected by finance", classes: "govuk-tag--red" },
  "not-delivered": { text: "Not paid", classes: "govuk-tag--grey" },
};

// ---------------------------------------------------------------------------------------------------
// The list of orders for a week

export interface WeekRow {
  orderId: string;
  person: string;
  provider: string;
  planned: number;
  recorded: number;
  waiting: number;
  locked: boolean;
  href: string;
}

export function weekRows(weeks: readonly OrderWeek[], monday: string): WeekRow[] {
  return weeks
    .map((week) => ({
      orderId: week.order.id,
      person: week.order.serviceUserRef,
      provider: week.order.providerId,
      planned: week.planned.length,
      recorded: week.visits.length,
      waiting: week.visits.filter((visit) => visit.settlement.status === "pending").length,
      locked: week.locked,
      href: `/actuals/${encodeURIComponent(week.order.id)}?week=${monday}`,
    }))
    .sort((a, b) => a.provider.localeCompare(b.provider) || a.person.localeCompare(b.person));
}

/** The links to the weeks either side, as strings for the page. */
export function weekLinks(choice: WeekChoice, path: string) {
  return {
    monday: choice.monday,
    heading: weekText(choice.monday),
    current: choice.current,
    previous: { href: `${path}?week=${choice.previous}`, label: weekText(choice.previous) },
    next: choice.next ? { href: `${path}?week=${choice.next}`, label: weekText(choice.next) } : null,
  };
}

// ---------------------------------------------------------------------------------------------------
// One order's week

const STATUS_TAGS: Record<VisitStatus, string> = {
  completed: "govuk-tag--blue",
  aborted: "govuk-tag--orange",
  missed: "govuk-tag--red",
  refused: "govuk-tag--orange",
  hospital: "govuk-tag--grey",
};

/**
 * The words of each pay explanation that its tag already says, so that only the rest is shown; null
 * when the whole explanation says more than the tag. A not-delivered visit's explanation repeats
 * what happened and its reason, which have their own cell, so it adds nothing.
 */
const PAY_TAG_SAYS: Record<SettlementBasis, string | null> = {
  delivered: "Paid as delivered",
  approved: "Paid as delivered. Finance approved",
  "awaiting-decision": "Waiting for a finance decision",
  capped: null,
  rejected: "Not paid: finance rejected it",
  "not-delivered": "",
};

/**
 * What a visit's pay explanation says beyond its tag (and the row's other cells), or null when it
 * says nothing more: "Paid as delivered" alone is not repeated, while "Waiting for a finance
 * decision: 20 minutes over the 45 planned" shows "20 minutes over the 45 planned". Words the tag
 * does not expect are shown whole.
 */
export function payNote(settlement: { basis: SettlementBasis; explanation: string }): string | null {
  const said = PAY_TAG_SAYS[settlement.basis];
  if (said === "") return null;
  if (said === null || !settlement.explanation.startsWith(said)) return settlement.explanation;
  const rest = settlement.explanation
    .slice(said.length)
    .replace(/^[:.]\s*/, "")
    .trim();
  return rest === "" ? null : rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** "08:00, 45 minutes, 1 carer". */
export const plannedText = (plan: { start: string; minutes: number; carers: number }) =>
  `${plan.start}, ${plural(plan.minutes, "minute")}, ${plural(plan.carers, "carer")}`;

function recordedView(visit: WeekVisit): RecordedView {
  return {
    status: { text: STATUS_NAMES[visit.status], classes: STATUS_TAGS[visit.status] },
    reason: visit.reason || null,
    started: formatClock(londonMinutesOf(visit.actualStart)),
    lasted:
      plural(visit.actualMinutes, "minute") +
      (visit.claimedMinutes !== visit.actualMinutes ? ` (${visit.claimedMinutes} claimed)` : ""),
    carers: String(visit.carers),
    pay: PAY_TAGS[visit.settlement.basis],
    payNote: payNote(visit.settlement),
    source:
      visit.source.kind === "file"
        ? `File ${visit.source.fileReference}, row ${visit.source.row}`
        : "This calendar",
  };
}

function formValues(
  visit: WeekVisit | undefined,
  plan: { start: string; minutes: number; carers: number } | null,
): VisitFormValues {
  if (visit) {
    return {
      start: formatClock(londonMinutesOf(visit.actualStart)),
      minutes: String(visit.actualMinutes),
      carers: String(visit.carers),
      status: visit.status,
      reason: visit.reason ?? "",
    };
  }
  return {
    start: plan?.start ?? "",
    minutes: plan ? String(plan.minutes) : "",
    carers: plan ? String(plan.carers) : "1",
    status: "",
    reason: "",
  };
}

function slotView(slot: Slot, week: OrderWeek, now: Date): VisitSlotView {
  const plan = week.planned.find((p) => p.id === slot.plannedVisitId) ?? null;
  const visit = week.visits.find((v) => v.date === slot.date && v.claimedStart === slot.claimedStart);
  return {
    intent: slotIntent(slot),
    time: slot.claimedStart,
    plannedText: plan ? plannedText(plan) : "Not planned",
    planned: plan !== null,
    // A call still to come cannot be recorded yet.
    due: plan === null || plan.startsAt.getTime() <= now.getTime(),
    recorded: visit ? recordedView(visit) : null,
    values: formValues(visit, plan),
  };
}

export function weekPage(week: OrderWeek, choice: WeekChoice, actor: Actor, now: Date, done: string | null) {
  const slots = weekSlots({
    planned: week.planned,
    recorded: week.visits.map((v) => ({ date: v.date, claimedStart: v.claimedStart, plannedVisitId: null })),
  }).sort((a, b) => a.claimedStart.localeCompare(b.claimedStart));
  const days: WeekDayView[] = Array.from({ length: 7 }, (_, index) => {
    const date = addDays(week.monday, index);
    return {
      date,
      anchor: dayAnchor(date),
      heading: dayText(date, index),
      slots: slots.filter((slot) => slot.date === date).map((slot) => slotView(slot, week, now)),
    };
  });
  const canRecord = canActAsProvider(actor, week.order) && !week.locked;
  return {
    orderId: week.order.id,
    person: week.order.serviceUserRef,
    provider: canActAsCouncil(actor) ? week.order.providerId : null,
    week: weekLinks(choice, `/actuals/${encodeURIComponent(week.order.id)}`),
    locked: week.locked,
    canRecord,
    done: done === "recorded" ? "The visit has been recorded" : null,
    summary: [
      { key: "Person", lines: [week.order.serviceUserRef] },
      { key: "Planned visits", lines: [String(week.planned.length)] },
      { key: "Visits recorded", lines: [String(week.visits.length)] },
      {
        key: "Waiting for finance",
        lines: [String(week.visits.filter((v) => v.settlement.status === "pending").length)],
      },
    ] satisfies SummaryRow[],
    days,
    newVisit: {
      intent: NEW_VISIT,
      // Only days already begun: a visit cannot be recorded before it starts.
      days: days
        .filter((day) => day.date <= londonDateOf(now))
        .map((day) => ({ value: day.date, text: day.heading })),
    },
  };
}

export type WeekPage = ReturnType<typeof weekPage>;

// ---------------------------------------------------------------------------------------------------
// The upload's result

export interface RejectedRow {
  row: number;
  reasons: string[];
}

export function importResult(summary: ImportSummary, rows: readonly RowPlan[]) {
  return {
    counts: [
      { key: "Rows read", lines: [String(summary.read)] },
      { key: "New visits", lines: [String(summary.new)] },
      { key: "Visits updated", lines: [String(summary.updated)] },
      { key: "Visits unchanged", lines: [String(summary.unchanged)] },
      { key: "Additional carers", lines: [String(summary.additionalCarers)] },
      { key: "Rows rejected", lines: [String(summary.rejected)] },
    ] satisfies SummaryRow[],
    rejected: rows.flatMap((row): RejectedRow[] =>
      row.kind === "rejected" ? [{ row: row.row, reasons: row.reasons }] : [],
    ),
  };
}

export type ImportResultView = ReturnType<typeof importResult>;
