import type { VisitStatus } from "@portal/commissioning";

/**
 * The calendar forms' names, shared by the server (which parses them) and the page (which renders
 * them). Every field of a form is named after its form's intent, so a week of forms on one page
 * never shares an id.
 */

/** The form for a new visit that was not planned. */
export const NEW_VISIT = "record-new";

/** "record-2026-11-16-0800": the intent of the form for the visit on that date claimed at that time. */
export const slotIntent = (slot: { date: string; claimedStart: string }) =>
  `record-${slot.date}-${slot.claimedStart.replace(/[^0-9]/g, "")}`;

/** The anchor of a day's heading on the calendar. */
export const dayAnchor = (date: string) => `day-${date}`;

/** The field ids of one calendar form (the button's is `<intent>-submit`, as every case form's). */
export function visitFields(intent: string) {
  return {
    date: `${intent}-date`,
    start: `${intent}-start`,
    minutes: `${intent}-minutes`,
    carers: `${intent}-carers`,
    status: `${intent}-status`,
    reason: `${intent}-reason`,
    submit: `${intent}-submit`,
  };
}

/** The statuses in the order the form offers them, with their names. */
export const STATUS_CHOICES: readonly { value: VisitStatus; text: string }[] = [
  { value: "completed", text: "Completed" },
  { value: "aborted", text: "Aborted" },
  { value: "missed", text: "Missed" },
  { value: "refused", text: "Refused" },
  { value: "hospital", text: "In hospital" },
];

export const STATUS_NAMES = Object.fromEntries(STATUS_CHOICES.map((c) => [c.value, c.text])) as Record<
  VisitStatus,
  string
>;

/** The file input of the upload form. */
export const FILE_FIELD = "actuals-file";
