import { describe, expect, it } from "vitest";
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from "./bank-holidays.ts";

// The rules, worked independently of the list: a typo in the file, or a missed substitute day, fails here.

const iso = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));
const text = (date: Date) => date.toISOString().slice(0, 10);
const plusDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
const weekend = (date: Date) => date.getUTCDay() === 0 || date.getUTCDay() === 6;

/** Easter Sunday in the Gregorian calendar (the anonymous algorithm, "Meeus/Jones/Butcher"). */
function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

function firstMonday(year: number, month: number): Date {
  let date = iso(year, month, 1);
  while (date.getUTCDay() !== 1) date = plusDays(date, 1);
  return date;
}

function lastMonday(year: number, month: number): Date {
  let date = new Date(Date.UTC(year, month, 0)); // the last day of `month`
  while (date.getUTCDay() !== 1) date = plusDays(date, -1);
  return date;
}

/** A holiday on a weekend moves to the next weekday that is not already a holiday. */
function withSubstitutes(fixed: Date[]): Date[] {
  const taken = new Set<string>();
  return fixed.map((date) => {
    let day = date;
    while (weekend(day) || taken.has(text(day))) day = plusDays(day, 1);
    taken.add(text(day));
    return day;
  });
}

function bankHolidays(year: number): string[] {
  const easter = easterSunday(year);
  const dates = [
    ...withSubstitutes([iso(year, 1, 1)]),
    plusDays(easter, -2),
    plusDays(easter, 1),
    firstMonday(year, 5),
    lastMonday(year, 5),
    lastMonday(year, 8),
    ...withSubstitutes([iso(year, 12, 25), iso(year, 12, 26)]),
  ];
  return dates.map(text).sort();
}

describe("ENGLAND_AND_WALES_BANK_HOLIDAYS", () => {
  it("is exactly the rules' dates for 2024–2028 (no exceptions in these years)", () => {
    const expected = [2024, 2025, 2026, 2027, 2028].flatMap(bankHolidays);
    expect(ENGLAND_AND_WALES_BANK_HOLIDAYS).toEqual(expected);
  });

  it.each([
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2028, "2028-04-16"],
  ])("works out Easter Sunday %i as %s", (year, sunday) => {
    expect(text(easterSunday(year))).toBe(sunday);
  });

  it.each([
    ["2026-12-28", "Boxing Day 2026 (a Saturday) moves to Monday"],
    ["2027-12-27", "Christmas Day 2027 (a Saturday) moves to Monday"],
    ["2027-12-28", "Boxing Day 2027 (a Sunday) moves to Tuesday"],
    ["2028-01-03", "New Year's Day 2028 (a Saturday) moves to Monday"],
    ["2027-03-26", "Good Friday 2027"],
    ["2027-03-29", "Easter Monday 2027"],
    ["2028-04-14", "Good Friday 2028"],
    ["2028-04-17", "Easter Monday 2028"],
  ])("includes %s: %s", (date) => {
    expect(ENGLAND_AND_WALES_BANK_HOLIDAYS).toContain(date);
  });

  it.each([["2026-12-26"], ["2027-12-25"], ["2027-12-26"], ["2028-01-01"]])(
    "leaves out %s, a weekend day whose holiday moved",
    (date) => {
      expect(ENGLAND_AND_WALES_BANK_HOLIDAYS).not.toContain(date);
    },
  );

  it("holds eight real dates a year, sorted, without repeats, and cannot be changed", () => {
    expect(ENGLAND_AND_WALES_BANK_HOLIDAYS).toHaveLength(40);
    for (const date of ENGLAND_AND_WALES_BANK_HOLIDAYS) {
      expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(text(new Date(`${date}T00:00:00Z`))).toBe(date);
      expect(weekend(new Date(`${date}T00:00:00Z`))).toBe(false);
    }
    expect([...new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS)].sort()).toEqual(ENGLAND_AND_WALES_BANK_HOLIDAYS);
    expect(Object.isFrozen(ENGLAND_AND_WALES_BANK_HOLIDAYS)).toBe(true);
  });
});
