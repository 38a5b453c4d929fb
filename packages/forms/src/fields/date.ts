import type { DateErrors, DateQuestion, DateRule } from "../definition.ts";
import type { PostedFields } from "../posted.ts";
import { readString } from "../posted.ts";
import { type FieldCodec, type FieldResult, fail, ok, type ParseContext } from "./codec.ts";

const PARTS = ["day", "month", "year"] as const;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** GOV.UK date input names: `${prefix}-day`, `${prefix}-month`, `${prefix}-year`. */
export const dateNames = (prefix: string) => PARTS.map((part) => `${prefix}-${part}`);

/** Today in Europe/London as YYYY-MM-DD, for the parse context. */
export function todayInLondon(now: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(now);
}

function breaksRule(iso: string, rule: DateRule | undefined, today: string): boolean {
  switch (rule) {
    case "past":
      return iso >= today;
    case "past-or-today":
      return iso > today;
    case "future":
      return iso <= today;
    case "today-or-future":
      return iso < today;
    default:
      return false;
  }
}

/**
 * Parses a day/month/year group. `required` is separate from the errors because a person's date of
 * birth is required or not by its part rule. The error is keyed to the first part at fault; when the
 * whole date is wrong that is the day, which the renderer reads as "highlight every part".
 */
export function parseDateParts(
  posted: unknown,
  prefix: string,
  options: { required: boolean; rule: DateRule | undefined; errors: DateErrors },
  ctx: ParseContext,
): FieldResult<string> {
  const [dayName, monthName, yearName] = dateNames(prefix) as [string, string, string];
  const raw = PARTS.map((part) => readString(posted, `${prefix}-${part}`));
  if (raw.every((part) => !part)) {
    return options.required ? fail(dayName, options.errors.required ?? "") : ok(undefined);
  }
  const [day, month, year] = raw as [string, string, string];
  const valid = [/^\d{1,2}$/.test(day), /^\d{1,2}$/.test(month), /^\d{4}$/.test(year)];
  const badParts = valid.flatMap((isValid, i) => (isValid ? [] : [i]));
  if (badParts.length === 1)
    return fail([dayName, monthName, yearName][badParts[0]!]!, options.errors.invalid);
  if (badParts.length > 1) return fail(dayName, options.errors.invalid);
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1000 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return fail(dayName, options.errors.invalid);
  }
  const iso = `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  if (breaksRule(iso, options.rule, ctx.today))
    return fail(dayName, options.errors.rule ?? options.errors.invalid);
  return ok(iso);
}

/** The posted parts of a stored ISO date, without leading zeros as a person would type them. */
export function dateFields(prefix: string, value: unknown): PostedFields {
  const match = typeof value === "string" ? ISO_DATE.exec(value) : null;
  if (!match) return {};
  return {
    [`${prefix}-day`]: String(Number(match[3])),
    [`${prefix}-month`]: String(Number(match[2])),
    [`${prefix}-year`]: match[1]!,
  };
}

/** "1 January 2015", the GOV.UK date style. */
export function formatDate(value: unknown): string | undefined {
  const match = typeof value === "string" ? ISO_DATE.exec(value) : null;
  if (!match) return undefined;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

export const dateCodec: FieldCodec<DateQuestion> = {
  names: (q) => dateNames(q.id),
  parse: (q, posted, ctx) =>
    parseDateParts(posted, q.id, { required: !q.optional, rule: q.rule, errors: q.errors }, ctx),
  toFields: (q, value) => dateFields(q.id, value),
  format: (_q, value) => {
    const formatted = formatDate(value);
    return formatted ? [formatted] : [];
  },
};
