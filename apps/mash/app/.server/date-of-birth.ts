import { todayInLondon } from "@portal/forms";

export type DateOfBirth = { ok: true; iso: string | null } | { ok: false; field: string; message: string };

/**
 * An optional date of birth from a GOV.UK date input, read by the rules the referral forms read one
 * with (@portal/forms date fields, which do not export their parser): every part blank is no date;
 * otherwise the day and month are 1 or 2 digits and the year 4, the date is real and it is before
 * today in London. The message is keyed to the one part at fault, or to the day (which the page reads
 * as "the whole date") when more than one part is, or the date itself is wrong.
 */
export function parseDateOfBirth(
  prefix: string,
  posted: Readonly<Record<string, unknown>>,
  now: Date,
  errors: { invalid: string; past: string },
): DateOfBirth {
  // A GOV.UK date input's fields.
  const names = [`${prefix}-day`, `${prefix}-month`, `${prefix}-year`] as const;
  const [day, month, year] = names.map((name) => {
    const value = posted[name];
    return typeof value === "string" ? value.trim() : "";
  }) as [string, string, string];
  if (!day && !month && !year) return { ok: true, iso: null };
  const bad = [/^\d{1,2}$/.test(day), /^\d{1,2}$/.test(month), /^\d{4}$/.test(year)].flatMap((good, i) =>
    good ? [] : [i],
  );
  const fail = (index: number, message: string): DateOfBirth => ({
    ok: false,
    field: names[index] ?? names[0],
    message,
  });
  if (bad.length === 1) return fail(bad[0] ?? 0, errors.invalid);
  if (bad.length > 1) return fail(0, errors.invalid);
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1000 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return fail(0, errors.invalid);
  const iso = `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return iso >= todayInLondon(now) ? fail(0, errors.past) : { ok: true, iso };
}
