import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  daysFrom,
  formatClock,
  isLondonDate,
  isoWeekday,
  londonDateOf,
  londonInstant,
  londonMinutesOf,
  parseClock,
  weekStarting,
} from "./london-clock.ts";

// Clocks went forward at 01:00 UTC on Sunday 29 March 2026 and back at 01:00 UTC on 25 October 2026.

describe("isLondonDate", () => {
  it.each([
    ["2026-11-16", true],
    ["2028-02-29", true],
    ["2026-02-29", false],
    ["2026-13-01", false],
    ["16/11/2026", false],
    ["2026-1-6", false],
    ["", false],
  ])("%j → %s", (value, expected) => {
    expect(isLondonDate(value)).toBe(expected);
  });
});

describe("calendar arithmetic", () => {
  it.each([
    ["2026-12-31", 1, "2027-01-01"],
    ["2028-02-28", 1, "2028-02-29"],
    ["2026-03-01", -1, "2026-02-28"],
    ["2026-11-16", 28, "2026-12-14"],
  ])("%s + %i days = %s", (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysFrom(date, expected)).toBe(days);
  });

  it.each([
    ["2026-11-16", 1],
    ["2026-11-21", 6],
    ["2026-11-22", 7],
    ["2026-12-25", 5],
  ])("%s is ISO weekday %i", (date, expected) => {
    expect(isoWeekday(date)).toBe(expected);
  });

  it.each([
    ["2026-11-16", "2026-11-16"],
    ["2026-11-22", "2026-11-16"],
    ["2026-11-23", "2026-11-23"],
    ["2027-01-01", "2026-12-28"],
  ])("the week containing %s starts on Monday %s", (date, expected) => {
    expect(weekStarting(date)).toBe(expected);
  });

  it("refuses a date that is not YYYY-MM-DD", () => {
    expect(() => addDays("2026-02-30", 1)).toThrow(/not a calendar date written YYYY-MM-DD/);
  });
});

describe("London wall clock", () => {
  it.each([
    ["2026-01-15T23:30:00Z", "2026-01-15", 23 * 60 + 30, "winter: London is UTC"],
    ["2026-07-15T23:30:00Z", "2026-07-16", 30, "summer: 23:30 UTC is 00:30 BST the next day"],
    ["2026-03-29T00:59:00Z", "2026-03-29", 59, "a minute before the clocks go forward"],
    ["2026-03-29T01:00:00Z", "2026-03-29", 2 * 60, "the clocks go forward: 01:00 UTC is 02:00 BST"],
    ["2026-10-25T00:30:00Z", "2026-10-25", 90, "01:30 BST, the first time round"],
    ["2026-10-25T01:30:00Z", "2026-10-25", 90, "01:30 GMT, the second time round"],
  ])("%s is %s at minute %i (%s)", (iso, date, minutes) => {
    expect(londonDateOf(new Date(iso))).toBe(date);
    expect(londonMinutesOf(new Date(iso))).toBe(minutes);
  });

  it.each([
    ["2026-01-15", 9 * 60, "2026-01-15T09:00:00.000Z", "GMT"],
    ["2026-07-15", 9 * 60, "2026-07-15T08:00:00.000Z", "BST"],
    ["2026-07-16", 0, "2026-07-15T23:00:00.000Z", "BST midnight is 23:00 UTC the day before"],
    ["2026-03-29", 90, "2026-03-29T01:30:00.000Z", "01:30 does not exist that day: an hour later"],
    ["2026-10-25", 90, "2026-10-25T01:30:00.000Z", "01:30 happens twice that day: the second, GMT"],
  ])("%s at minute %i is %s (%s)", (date, minutes, iso) => {
    expect(londonInstant(date, minutes).toISOString()).toBe(iso);
  });

  it("round-trips every minute-aligned instant through date and minutes, except the repeated hour", () => {
    const start = Date.UTC(2024, 0, 1);
    const end = Date.UTC(2028, 11, 31);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: (end - start) / 60_000 }), (minute) => {
        const at = new Date(start + minute * 60_000);
        const back = londonInstant(londonDateOf(at), londonMinutesOf(at));
        // Only the first pass through 01:00–01:59 on the last Sunday of October maps elsewhere.
        const repeated = back.getTime() - at.getTime() === 3_600_000;
        expect(back.getTime() === at.getTime() || repeated).toBe(true);
      }),
    );
  });
});

describe("clock times", () => {
  it.each([
    ["00:00", 0],
    ["07:30", 450],
    ["23:59", 1439],
  ])("%s is %i minutes after midnight and back", (text, minutes) => {
    expect(parseClock(text)).toBe(minutes);
    expect(formatClock(minutes)).toBe(text);
  });

  it.each([["24:00"], ["7:30"], ["07:60"], ["0730"], [""]])("refuses %j", (text) => {
    expect(parseClock(text)).toBeNull();
  });
});
