import { type DateErrors, type DateRule, parseDateParts, todayInLondon } from "@portal/forms";
import { londonInstant } from "@portal/intake/london-clock";
import type { FieldError, FormValues } from "./command-forms.ts";

/**
 * Dates and times typed into case forms: a GOV.UK date input (`<prefix>-day`, `-month`, `-year`),
 * read by the same rules as the referral forms' dates, and for a moment a time field. Read as London
 * clock time, whatever the server's zone.
 */

/**
 * Minutes after midnight from a time as people write it: "14:30", "9.30", "2:30pm", "2pm", "midday",
 * "midnight". Null for anything else (including "25:00" and "13pm").
 */
export function minutesOfDay(text: string): number | null {
  const value = text.trim().toLowerCase().replace(/\s+/g, "");
  if (value === "midday" || value === "noon" || value === "12noon") return 12 * 60;
  if (value === "midnight") return 0;
  const match = /^(\d{1,2})(?:[:.](\d{2}))?(am|pm)?$/.exec(value);
  if (!match) return null;
  const [, h, m, half] = match;
  let hour = Number(h);
  const minute = m === undefined ? 0 : Number(m);
  if (minute > 59) return null;
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === "pm" ? 12 : 0);
  } else if (m === undefined || hour > 23) return null;
  return hour * 60 + minute;
}

export interface DateOptions {
  /** A date input left wholly empty is refused with `errors.required` (else it reads as no date). */
  required: boolean;
  rule?: DateRule;
  errors: DateErrors;
}

/** "YYYY-MM-DD" (or null for an empty optional date), or the message keyed to the part at fault. */
export function readDate(
  values: FormValues,
  prefix: string,
  options: DateOptions,
  now: Date,
): { date: string | null } | { errors: FieldError[] } {
  const parsed = parseDateParts(
    values,
    prefix,
    { rule: undefined, ...options },
    { today: todayInLondon(now) },
  );
  return parsed.ok ? { date: parsed.value ?? null } : { errors: parsed.errors };
}

/**
 * The moment a required date input and a time field name, or the messages for the parts at fault:
 * the date's keyed to the part the error summary should link to, the time's to the time field.
 */
export function readWhen(
  values: FormValues,
  prefix: string,
  errors: { required: string; invalid: string; time: string },
  timeField: string,
  now: Date,
): Date | { errors: FieldError[] } {
  const date = readDate(values, prefix, { required: true, errors }, now);
  const typed = values[timeField];
  const minutes = minutesOfDay(typeof typed === "string" ? typed : "");
  const problems = [
    ...("errors" in date ? date.errors : []),
    ...(minutes === null ? [{ field: timeField, message: errors.time }] : []),
  ];
  if (problems.length > 0 || !("date" in date) || date.date === null || minutes === null)
    return { errors: problems };
  return londonInstant(date.date, minutes);
}

/** A London date ("YYYY-MM-DD") as the instant its day starts, for dates stored as moments. */
export const startOfLondonDay = (date: string) => londonInstant(date, 0);
