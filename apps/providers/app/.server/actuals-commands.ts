import {
  type Actor,
  actualStartOn,
  type PlannedVisit,
  providerOf,
  VISIT_STATUSES,
  type VisitDetails,
  type VisitRefusal,
} from "@portal/commissioning";
import { tooLargeMessage } from "@portal/intake";
import {
  addDays,
  daysFrom,
  isLondonDate,
  type LondonDate,
  londonDateOf,
  londonInstant,
  parseClock,
  weekStarting,
} from "@portal/intake/london-clock";
import {
  type CommandForm,
  commandForm,
  type FieldError,
  type FormValues,
  MAX_TEXT,
  oneOf,
  optionalText,
  type ParseResult,
  parseCommandForm,
  submitField,
} from "@portal/web/casework/command-forms.ts";
import { NEW_VISIT, slotIntent, visitFields } from "../components/actuals/fields.ts";

/**
 * The actuals pages' forms: which week a page shows, one form per visit on the weekly calendar (and
 * one for a visit that was not planned), and the call monitoring file. Every field of a calendar form
 * is named after its form's intent, so a week of forms on one page never shares an id.
 */

// ---------------------------------------------------------------------------------------------------
// The week

export interface WeekChoice {
  /** The Monday of the week shown. */
  monday: LondonDate;
  /** The Monday of the week before, and of the week after unless that is after the current week. */
  previous: LondonDate;
  next: LondonDate | null;
  /** Whether the week shown is the current one (still under way). */
  current: boolean;
}

/**
 * The week asked for in `?week=YYYY-MM-DD` (any day of it), by default the last complete week, and
 * never later than the current week: a week nobody has worked yet has nothing to record.
 */
export function weekChoice(param: string | null, now: Date): WeekChoice {
  const thisWeek = weekStarting(londonDateOf(now));
  const asked = param !== null && isLondonDate(param) ? weekStarting(param) : addDays(thisWeek, -7);
  const monday = daysFrom(thisWeek, asked) > 0 ? thisWeek : asked;
  return {
    monday,
    previous: addDays(monday, -7),
    next: monday < thisWeek ? addDays(monday, 7) : null,
    current: monday === thisWeek,
  };
}

// ---------------------------------------------------------------------------------------------------
// The calendar's forms

/** One visit on the calendar: a planned call, or a visit recorded against no planned call. */
export interface Slot {
  date: LondonDate;
  /** "HH:MM": the planned call's start, or the recorded visit's own claimed start. */
  claimedStart: string;
  plannedVisitId: string | null;
}

/** A day is at most 24 hours (25 the night the clocks go back): anything longer is a typing slip. */
export const MAX_MINUTES = 25 * 60;
export const MAX_CARERS = 9;

export type VisitCommand = Omit<VisitDetails, "providerId" | "serviceUserRef" | "source">;

export interface WeekContext {
  orderId: string;
  monday: LondonDate;
  planned: readonly PlannedVisit[];
  /** The visits already recorded this week (their date and claimed start), which may be corrected. */
  recorded: readonly Slot[];
  now: Date;
}

const trimmed = (values: FormValues, name: string) => {
  const value = values[name];
  return typeof value === "string" ? value.trim() : "";
};

/** A whole number typed into a field, or null when it is not one. */
function wholeNumber(text: string): number | null {
  return /^\d{1,6}$/.test(text) ? Number(text) : null;
}

function visitForm(
  intent: string,
  slot: Slot | null,
  context: WeekContext,
): CommandForm<VisitCommand, WeekContext> {
  const f = visitFields(intent);
  const days = Array.from({ length: 7 }, (_, i) => addDays(context.monday, i)) as [string, ...string[]];
  const shape = {
    ...(slot ? {} : { [f.date]: oneOf(days, "Select the day of the visit") }),
    // Read by the check below, which words each problem; the shape only bounds what is kept.
    [f.start]: optionalText("The start time", 20),
    [f.minutes]: optionalText("The minutes", 20),
    [f.carers]: optionalText("The number of carers", 20),
    [f.status]: oneOf(VISIT_STATUSES, "Select what happened at the visit"),
    [f.reason]: optionalText("The reason", MAX_TEXT),
  };
  const order = [...(slot ? [] : [f.date]), f.start, f.minutes, f.carers, f.status, f.reason, f.submit];

  /** The visit's date and the start it is claimed against, or null when the form does not say. */
  const claimOf = (values: FormValues): { date: LondonDate; claimedStart: string } | null => {
    if (slot) return slot;
    const date = trimmed(values, f.date);
    const start = trimmed(values, f.start);
    return days.includes(date) && parseClock(start) !== null ? { date, claimedStart: start } : null;
  };
  const startOf = (values: FormValues): Date | null => {
    const claim = claimOf(values);
    const start = trimmed(values, f.start);
    if (!claim || parseClock(start) === null) return null;
    return slot
      ? actualStartOn(claim.date, claim.claimedStart, start)
      : londonInstant(claim.date, parseClock(start) ?? 0);
  };

  return commandForm(
    shape,
    (_fields, ctx, values): VisitCommand => {
      const claim = claimOf(values);
      const actualStart = startOf(values);
      if (!claim || !actualStart) throw new Error("A visit form was built before its check passed");
      const minutes = wholeNumber(trimmed(values, f.minutes)) ?? 0;
      const status = trimmed(values, f.status) as VisitCommand["status"];
      const planned =
        slot?.plannedVisitId ??
        ctx.planned.find((p) => p.date === claim.date && p.start === claim.claimedStart)?.id ??
        null;
      return {
        orderId: ctx.orderId,
        date: claim.date,
        claimedStart: claim.claimedStart,
        // The calendar claims what was delivered: the plan and the variance rules do the rest.
        claimedMinutes: minutes,
        actualStart,
        actualMinutes: minutes,
        carers: wholeNumber(trimmed(values, f.carers)) ?? 1,
        status,
        // A reason is for a visit that was not completed; one left in the box from before is dropped.
        reason: status === "completed" ? null : trimmed(values, f.reason),
        plannedVisitId: planned,
      };
    },
    {
      order,
      check: (values, ctx) => {
        const errors: FieldError[] = [];
        const status = trimmed(values, f.status);
        const start = trimmed(values, f.start);
        if (start === "") errors.push({ field: f.start, message: "Enter the time the visit started" });
        else if (parseClock(start) === null)
          errors.push({
            field: f.start,
            message: "Enter the start time as a 24-hour time with a colon, such as 08:05 or 17:30",
          });
        else {
          const at = startOf(values);
          if (at && at.getTime() > ctx.now.getTime())
            errors.push({ field: f.start, message: "The start time must be in the past" });
        }
        const minutesText = trimmed(values, f.minutes);
        const minutes = wholeNumber(minutesText);
        if (minutesText === "")
          errors.push({ field: f.minutes, message: "Enter how many minutes the visit lasted" });
        else if (minutes === null)
          errors.push({ field: f.minutes, message: "Enter the minutes as a whole number, such as 30" });
        else if (minutes > MAX_MINUTES)
          errors.push({ field: f.minutes, message: `A visit must last ${MAX_MINUTES} minutes or less` });
        else if (minutes === 0 && status === "completed")
          errors.push({ field: f.minutes, message: "A completed visit must last at least 1 minute" });
        const carersText = trimmed(values, f.carers);
        const carers = wholeNumber(carersText);
        if (carersText === "")
          errors.push({ field: f.carers, message: "Enter how many carers made the visit" });
        else if (carers === null || carers < 1 || carers > MAX_CARERS)
          errors.push({
            field: f.carers,
            message: `Enter the number of carers as a whole number from 1 to ${MAX_CARERS}`,
          });
        if (status !== "" && status !== "completed" && trimmed(values, f.reason) === "")
          errors.push({ field: f.reason, message: "Enter why the visit was not completed" });
        return errors;
      },
    },
  );
}

/** The slots the page offers a form for: the week's planned calls, then recorded visits with no call. */
export function weekSlots(context: Pick<WeekContext, "planned" | "recorded">): Slot[] {
  const slots: Slot[] = context.planned.map((p) => ({
    date: p.date,
    claimedStart: p.start,
    plannedVisitId: p.id,
  }));
  for (const visit of context.recorded) {
    if (!slots.some((s) => s.date === visit.date && s.claimedStart === visit.claimedStart)) slots.push(visit);
  }
  return slots;
}

/**
 * One post from the week's page: the form for one slot or the form for a new visit. An intent the
 * page does not offer (a slot from another week) did not come from the page.
 */
export function parseVisit(form: FormData, context: WeekContext): ParseResult<string, VisitCommand> {
  const intent = form.get("intent");
  const slot =
    typeof intent === "string" ? (weekSlots(context).find((s) => slotIntent(s) === intent) ?? null) : null;
  if (typeof intent !== "string" || (intent !== NEW_VISIT && slot === null))
    return { ok: false, intent: null, errors: [], values: {} };
  return parseCommandForm(intent, visitForm(intent, slot, context), form, context);
}

/** Where a refusal from the service goes: a problem with the times by the start, anything else by the button. */
export function visitRefusalField(intent: string, code: VisitRefusal): string {
  return code === "invalid" || code === "overlap" ? visitFields(intent).start : submitField(intent);
}

// ---------------------------------------------------------------------------------------------------
// The call monitoring file

/** A provider's own staff: only they record visits or upload files. */
export const isProviderStaff = (actor: Actor) => providerOf(actor) !== null;

export const tooLargeFile = (maxBytes: number) => tooLargeMessage(maxBytes);

/** Room for the multipart framing around the file when checking a request's declared length. */
const MULTIPART_ALLOWANCE = 64 * 1024;

/** Whether a request says it is larger than a file of `maxBytes` could make it: refused unread. */
export function declaredTooLarge(request: Request, maxBytes: number): boolean {
  const length = Number(request.headers.get("content-length") ?? "0");
  return Number.isFinite(length) && length > maxBytes + MULTIPART_ALLOWANCE;
}

export type ReadFile = { ok: true; text: string; name: string } | { ok: false; message: string };

/**
 * The text of the file chosen in the upload form, or the message for the file field: none chosen,
 * empty, too large, or not a CSV file. Spreadsheets save CSV as UTF-8 (with or without a byte order
 * mark, which the reader skips) or, in older versions, Windows-1252: text that is not UTF-8 is read as that.
 */
export async function readActualsFile(value: FormDataEntryValue | null, maxBytes: number): Promise<ReadFile> {
  if (!(value instanceof File) || (value.size === 0 && value.name === ""))
    return { ok: false, message: "Select a call monitoring file" };
  if (value.size > maxBytes) return { ok: false, message: tooLargeFile(maxBytes) };
  if (value.size === 0) return { ok: false, message: "The selected file is empty" };
  if (!/\.csv$/i.test(value.name)) return { ok: false, message: "The selected file must be a CSV file" };
  const bytes = new Uint8Array(await value.arrayBuffer());
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  if (text.includes("\u0000")) return { ok: false, message: "The selected file must be a CSV file" };
  return { ok: true, text, name: value.name };
}
