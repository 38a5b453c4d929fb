import { londonWallClock } from "@portal/intake/sla";
import type { FieldError, FormValues } from "./command-forms.ts";
import { dateParts } from "./date-parts.ts";

/**
 * Dates and times typed into case forms: a GOV.UK date input (`<prefix>-day`, `-month`, `-year`)
 * and, for a moment, a time field. Read as London clock time, whatever the server's zone.
 */

/** "YYYY-MM-DD" from the three parts, or null when they do not make a real date. */
function isoDate(day: string, month: string, year: string): string | null {
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return null;
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const check = new Date(Date.UTC(y, m - 1, d));
  if (y < 2000 || check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d)
    return null;
  return `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

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

export interface WhenMessages {
  /** "Enter the date of the meeting" */
  required: string;
  /** "The date of the meeting must be a real date" */
  invalid: string;
  /** "Enter the time of the meeting, like 2:30pm or 14:30": only when a time field is named. */
  time?: string;
}

/**
 * The moment a date input (and optionally a time field) names, or the message for the part at fault,
 * keyed to the field the error summary should link to: the day input for the date, the time field
 * for the time. A form with no time field means midnight at the start of the London day.
 */
export function readWhen(
  values: FormValues,
  prefix: string,
  messages: WhenMessages,
  timeField?: string,
): Date | { errors: FieldError[] } {
  const [dayName, monthName, yearName] = dateParts(prefix);
  const part = (name: string) => {
    const value = values[name];
    return typeof value === "string" ? value.trim() : "";
  };
  const [day, month, year] = [part(dayName), part(monthName), part(yearName)];
  const errors: FieldError[] = [];
  const iso = day === "" && month === "" && year === "" ? undefined : isoDate(day, month, year);
  if (iso === undefined) errors.push({ field: dayName, message: messages.required });
  else if (iso === null) errors.push({ field: dayName, message: messages.invalid });
  let minutes = 0;
  if (timeField) {
    const typed = minutesOfDay(part(timeField));
    if (typed === null)
      errors.push({ field: timeField, message: messages.time ?? "Enter a time, like 2:30pm or 14:30" });
    else minutes = typed;
  }
  if (errors.length > 0 || !iso) return { errors };
  return londonWallClock(iso, minutes);
}

/** Whether a date input was left wholly empty (an optional date). */
export const dateLeftEmpty = (values: FormValues, prefix: string) =>
  dateParts(prefix).every((name) => {
    const value = values[name];
    return typeof value !== "string" || value.trim() === "";
  });
