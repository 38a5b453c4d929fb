import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from "./bank-holidays.ts";
import {
  createSlaCalendar,
  DEFAULT_WORKING_PATTERN,
  parseWorkingDays,
  parseWorkingHours,
  type WorkingPattern,
} from "./calendar.ts";

// Instants are written with London's offset of the day: +00:00 in GMT, +01:00 in BST. Clocks went
// forward on Sunday 29 March 2026 and back on Sunday 25 October 2026; 25 December 2026 is a Friday,
// so Boxing Day's substitute is Monday 28 December; Easter 2027 is 26–29 March.
const at = (iso: string) => new Date(iso);
const calendar = createSlaCalendar();

describe("isWorkingDay", () => {
  it.each([
    ["2026-11-02", true, "a Monday"],
    ["2026-11-06", true, "a Friday"],
    ["2026-11-07", false, "a Saturday"],
    ["2026-11-08", false, "a Sunday"],
    ["2026-12-25", false, "Christmas Day"],
    ["2026-12-28", false, "Boxing Day's substitute Monday"],
    ["2026-12-29", true, "the Tuesday after Christmas"],
    ["2027-03-26", false, "Good Friday 2027"],
    ["2027-03-29", false, "Easter Monday 2027"],
    ["2027-03-30", true, "the Tuesday after Easter 2027"],
    ["2028-01-03", false, "New Year's Day 2028's substitute Monday"],
  ])("%s → %s (%s)", (date, expected) => {
    expect(calendar.isWorkingDay(date)).toBe(expected);
  });

  it.each([["2026-02-30"], ["2026/11/02"], ["2 November 2026"], [""]])("refuses %j", (date) => {
    expect(() => calendar.isWorkingDay(date)).toThrow(/not a calendar date written YYYY-MM-DD/);
  });
});

describe("isWorkingTime", () => {
  it.each([
    ["2026-11-02T09:00:00+00:00", true, "opening time"],
    ["2026-11-02T08:59:59+00:00", false, "a second before opening"],
    ["2026-11-02T16:59:59.999+00:00", true, "the last moment of the day"],
    ["2026-11-02T17:00:00+00:00", false, "closing time"],
    ["2026-11-07T11:00:00+00:00", false, "a Saturday"],
    ["2026-12-28T11:00:00+00:00", false, "a substitute bank holiday"],
    ["2026-03-30T09:00:00+01:00", true, "09:00 BST, the Monday after the clocks go forward (08:00 UTC)"],
    ["2026-03-30T08:59:00+01:00", false, "08:59 BST, though 07:59 UTC"],
    ["2026-03-30T17:30:00+01:00", false, "17:30 BST, though 16:30 UTC"],
    ["2026-10-26T08:30:00+00:00", false, "08:30 GMT, the Monday after the clocks go back"],
    ["2026-10-26T16:30:00+00:00", true, "16:30 GMT, the Monday after the clocks go back"],
    ["2026-06-02T00:30:00+01:00", false, "00:30 BST on a Tuesday, still Monday in UTC"],
  ])("%s → %s (%s)", (iso, expected) => {
    expect(calendar.isWorkingTime(at(iso))).toBe(expected);
  });
});

describe("addWorkingHours", () => {
  it.each([
    ["within a day", "2026-11-02T10:00:00+00:00", 2, "2026-11-02T12:00:00+00:00"],
    ["nothing, in hours", "2026-11-02T10:00:00+00:00", 0, "2026-11-02T10:00:00+00:00"],
    ["to the close exactly", "2026-11-06T15:00:00+00:00", 2, "2026-11-06T17:00:00+00:00"],
    ["fractional, over a night", "2026-11-02T16:30:00+00:00", 1.5, "2026-11-03T10:00:00+00:00"],
    ["Friday afternoon, over the weekend", "2026-11-06T15:00:00+00:00", 4, "2026-11-09T11:00:00+00:00"],
    ["received in the evening", "2026-11-03T19:30:00+00:00", 1, "2026-11-04T10:00:00+00:00"],
    ["received early in the morning", "2026-11-04T06:00:00+00:00", 1, "2026-11-04T10:00:00+00:00"],
    ["received at the weekend", "2026-11-07T12:00:00+00:00", 3, "2026-11-09T12:00:00+00:00"],
    [
      "nothing, at closing time: the next opening",
      "2026-11-06T17:00:00+00:00",
      0,
      "2026-11-09T09:00:00+00:00",
    ],
    ["over Christmas 2026 and its substitute", "2026-12-24T16:00:00+00:00", 2, "2026-12-29T10:00:00+00:00"],
    ["over Easter 2027, into BST", "2027-03-25T16:00:00+00:00", 2, "2027-03-30T10:00:00+01:00"],
    ["over the clocks going forward", "2026-03-27T16:00:00+00:00", 2, "2026-03-30T10:00:00+01:00"],
    ["over the clocks going back", "2026-10-23T16:00:00+01:00", 2, "2026-10-26T10:00:00+00:00"],
    ["from the Sunday the clocks go back", "2026-10-25T12:00:00+00:00", 8, "2026-10-26T17:00:00+00:00"],
    [
      "from before opening on the first BST Monday",
      "2026-03-30T08:30:00+01:00",
      8,
      "2026-03-30T17:00:00+01:00",
    ],
    ["a working week", "2026-11-02T09:00:00+00:00", 40, "2026-11-06T17:00:00+00:00"],
  ])("%s: %s + %s h → %s", (_label, from, hours, expected) => {
    expect(calendar.addWorkingHours(at(from), hours)).toEqual(at(expected));
  });

  it.each([[-1], [Number.NaN], [Number.POSITIVE_INFINITY]])("refuses %s hours", (hours) => {
    expect(() => calendar.addWorkingHours(at("2026-11-02T10:00:00Z"), hours)).toThrow(RangeError);
  });
});

describe("addWorkingDays", () => {
  it.each([
    ["Friday 15:00 + 1 → Monday 15:00", "2026-11-06T15:00:00+00:00", 1, "2026-11-09T15:00:00+00:00"],
    ["Saturday 10:00 + 1 → Monday 17:00", "2026-11-07T10:00:00+00:00", 1, "2026-11-09T17:00:00+00:00"],
    ["Monday + 3 → Thursday", "2026-11-02T10:00:00+00:00", 3, "2026-11-05T10:00:00+00:00"],
    ["over Christmas 2026", "2026-12-23T11:00:00+00:00", 3, "2026-12-30T11:00:00+00:00"],
    ["over the clocks going back", "2026-10-22T14:00:00+01:00", 2, "2026-10-26T14:00:00+00:00"],
    ["over Easter 2027", "2027-03-24T10:00:00+00:00", 2, "2027-03-30T10:00:00+01:00"],
    ["half a day", "2026-11-02T15:00:00+00:00", 0.5, "2026-11-03T11:00:00+00:00"],
  ])("%s", (_label, from, days, expected) => {
    expect(calendar.addWorkingDays(at(from), days)).toEqual(at(expected));
  });

  it("refuses a negative number of days", () => {
    expect(() => calendar.addWorkingDays(at("2026-11-02T10:00:00Z"), -1)).toThrow(/0 or more/);
  });
});

describe("endOfWorkingDay", () => {
  it.each([
    ["in hours", "2026-11-02T10:00:00+00:00", "2026-11-02T17:00:00+00:00"],
    ["before opening, same day", "2026-11-02T07:00:00+00:00", "2026-11-02T17:00:00+00:00"],
    ["just after midnight", "2026-11-03T00:30:00+00:00", "2026-11-03T17:00:00+00:00"],
    ["at closing time: the next day", "2026-11-02T17:00:00+00:00", "2026-11-03T17:00:00+00:00"],
    ["in the evening: the next day", "2026-11-02T18:00:00+00:00", "2026-11-03T17:00:00+00:00"],
    ["Friday evening: Monday", "2026-11-06T18:00:00+00:00", "2026-11-09T17:00:00+00:00"],
    ["Saturday: Monday", "2026-11-07T12:00:00+00:00", "2026-11-09T17:00:00+00:00"],
    [
      "Christmas Eve evening: after the substitute day",
      "2026-12-24T18:00:00+00:00",
      "2026-12-29T17:00:00+00:00",
    ],
    ["the weekend the clocks go forward", "2026-03-28T12:00:00+00:00", "2026-03-30T17:00:00+01:00"],
    ["00:30 BST on Tuesday (Monday in UTC)", "2026-06-02T00:30:00+01:00", "2026-06-02T17:00:00+01:00"],
    ["23:30 BST on Monday", "2026-06-01T23:30:00+01:00", "2026-06-02T17:00:00+01:00"],
  ])("%s: %s → %s", (_label, from, expected) => {
    expect(calendar.endOfWorkingDay(at(from))).toEqual(at(expected));
  });
});

describe("nextWorkingDayStart", () => {
  it.each([
    ["over the spring bank holiday Monday", "2026-05-22T10:00:00+01:00", "2026-05-26T09:00:00+01:00"],
    ["over the summer bank holiday Monday", "2026-08-28T16:00:00+01:00", "2026-09-01T09:00:00+01:00"],
    ["over Easter 2027", "2027-03-25T12:00:00+00:00", "2027-03-30T09:00:00+01:00"],
    ["before opening: the next day, not today", "2026-11-02T07:00:00+00:00", "2026-11-03T09:00:00+00:00"],
    ["the weekend the clocks go forward", "2026-03-28T12:00:00+00:00", "2026-03-30T09:00:00+01:00"],
    ["the weekend the clocks go back", "2026-10-24T12:00:00+01:00", "2026-10-26T09:00:00+00:00"],
    ["by London's date, not UTC's", "2026-06-02T00:30:00+01:00", "2026-06-03T09:00:00+01:00"],
  ])("%s: %s → %s", (_label, from, expected) => {
    expect(calendar.nextWorkingDayStart(at(from))).toEqual(at(expected));
  });
});

describe("workingMinutesBetween", () => {
  it.each([
    ["within a day", "2026-11-02T10:00:00+00:00", "2026-11-02T12:30:00+00:00", 150],
    ["over a night", "2026-11-02T16:00:00+00:00", "2026-11-03T10:00:00+00:00", 120],
    ["over a weekend", "2026-11-06T16:00:00+00:00", "2026-11-09T10:00:00+00:00", 120],
    ["backwards over a weekend", "2026-11-09T10:00:00+00:00", "2026-11-06T16:00:00+00:00", -120],
    ["within a weekend", "2026-11-07T10:00:00+00:00", "2026-11-08T10:00:00+00:00", 0],
    ["backwards within a weekend (0, not -0)", "2026-11-08T10:00:00+00:00", "2026-11-07T10:00:00+00:00", 0],
    ["over Christmas 2026", "2026-12-24T16:00:00+00:00", "2026-12-29T10:00:00+00:00", 120],
    ["over the clocks going forward", "2026-03-27T16:00:00+00:00", "2026-03-30T10:00:00+01:00", 120],
    ["over the clocks going back", "2026-10-23T16:00:00+01:00", "2026-10-26T10:00:00+00:00", 120],
    ["a week, midnight to midnight", "2026-11-02T00:00:00+00:00", "2026-11-09T00:00:00+00:00", 2400],
    ["half a minute", "2026-11-02T10:00:00+00:00", "2026-11-02T10:00:30+00:00", 0.5],
  ])("%s: %s → %s = %s", (_label, from, to, expected) => {
    expect(calendar.workingMinutesBetween(at(from), at(to))).toBe(expected);
  });
});

describe("a custom pattern: Monday to Saturday, 08:00–18:00", () => {
  const pattern: WorkingPattern = { days: parseWorkingDays("Mon-Sat"), ...parseWorkingHours("08:00-18:00") };
  const custom = createSlaCalendar({ pattern });

  it.each([
    ["Saturday 08:00", "2026-11-07T08:00:00+00:00", true],
    ["Saturday 07:59", "2026-11-07T07:59:00+00:00", false],
    ["Saturday 17:30", "2026-11-07T17:30:00+00:00", true],
    ["Sunday noon", "2026-11-08T12:00:00+00:00", false],
    ["Saturday 08:30 BST", "2026-06-06T08:30:00+01:00", true],
  ])("%s is working time: %s", (_label, iso, expected) => {
    expect(custom.isWorkingTime(at(iso))).toBe(expected);
  });

  it.each([
    ["Saturday 17:00 + 2 h", "addWorkingHours", "2026-11-07T17:00:00+00:00", 2, "2026-11-09T09:00:00+00:00"],
    [
      "Friday 15:00 + 1 day (10 h)",
      "addWorkingDays",
      "2026-11-06T15:00:00+00:00",
      1,
      "2026-11-07T15:00:00+00:00",
    ],
    [
      "Saturday evening, end of day",
      "endOfWorkingDay",
      "2026-11-07T19:00:00+00:00",
      0,
      "2026-11-09T18:00:00+00:00",
    ],
    [
      "Friday, next day start",
      "nextWorkingDayStart",
      "2026-11-06T12:00:00+00:00",
      0,
      "2026-11-07T08:00:00+00:00",
    ],
  ] as const)("%s", (_label, method, from, amount, expected) => {
    const result =
      method === "addWorkingHours" || method === "addWorkingDays"
        ? custom[method](at(from), amount)
        : custom[method](at(from));
    expect(result).toEqual(at(expected));
  });

  it("keeps the pattern, tidied", () => {
    expect(createSlaCalendar({ pattern: { ...pattern, days: [6, 1, 2, 3, 4, 5, 5] } }).pattern).toEqual({
      days: [1, 2, 3, 4, 5, 6],
      startMinutes: 480,
      endMinutes: 1080,
    });
    expect(calendar.pattern).toEqual(DEFAULT_WORKING_PATTERN);
  });

  it("takes another list of bank holidays", () => {
    const noHolidays = createSlaCalendar({ bankHolidays: [] });
    expect(noHolidays.isWorkingDay("2026-12-25")).toBe(true);
    const extra = createSlaCalendar({ bankHolidays: [...ENGLAND_AND_WALES_BANK_HOLIDAYS, "2029-01-01"] });
    expect(extra.isWorkingDay("2029-01-01")).toBe(false);
  });

  it.each([
    ["no days", { days: [], startMinutes: 540, endMinutes: 1020 }, /at least one/],
    ["day 8", { days: [1, 8], startMinutes: 540, endMinutes: 1020 }, /ISO weekdays/],
    ["day 0", { days: [0], startMinutes: 540, endMinutes: 1020 }, /ISO weekdays/],
    ["end before start", { days: [1], startMinutes: 1020, endMinutes: 540 }, /start < end/],
    ["past midnight", { days: [1], startMinutes: 540, endMinutes: 1500 }, /≤ 1440/],
  ])("refuses a pattern with %s", (_label, bad, message) => {
    expect(() => createSlaCalendar({ pattern: bad })).toThrow(message);
  });

  it("refuses a bank holiday that is not a date", () => {
    expect(() => createSlaCalendar({ bankHolidays: ["25/12/2026"] })).toThrow(/"25\/12\/2026"/);
  });
});

describe("parseWorkingDays and parseWorkingHours (from @portal/config)", () => {
  it.each([
    ["Mon-Fri", [1, 2, 3, 4, 5]],
    ["Mon,Tue,Thu", [1, 2, 4]],
    ["Mon-Sat", [1, 2, 3, 4, 5, 6]],
  ])("reads days %j", (text, days) => {
    expect(parseWorkingDays(text)).toEqual(days);
  });

  it.each([["Mon-Fro"], ["Fri-Mon"], [""], ["Mon,,Tue"]])("refuses days %j", (text) => {
    expect(() => parseWorkingDays(text)).toThrow(/working days/);
  });

  it.each([
    ["09:00-17:00", 540, 1020],
    ["08:30-17:30", 510, 1050],
  ])("reads hours %j", (text, startMinutes, endMinutes) => {
    expect(parseWorkingHours(text)).toEqual({ startMinutes, endMinutes });
  });

  it.each([["17:00-09:00"], ["9am-5pm"], ["09:60-17:00"]])("refuses hours %j", (text) => {
    expect(() => parseWorkingHours(text)).toThrow(/working hours/);
  });
});

describe("properties over 2024–2028", () => {
  const instant = fc
    .date({ min: at("2024-01-01T00:00:00Z"), max: at("2028-12-31T23:59:59Z"), noInvalidDate: true })
    .map((d) => new Date(Math.floor(d.getTime() / 1000) * 1000));
  const hours = fc.integer({ min: 0, max: 200 });

  it("counts exactly the hours it adds, from working time and from out of hours", () => {
    fc.assert(
      fc.property(instant, hours, (from, h) => {
        const start = calendar.isWorkingTime(from) ? from : calendar.addWorkingHours(from, 0);
        expect(calendar.isWorkingTime(start)).toBe(true);
        expect(calendar.workingMinutesBetween(start, calendar.addWorkingHours(start, h))).toBe(h * 60);
        // Out-of-hours time does not count, so the same holds from anywhere.
        expect(calendar.workingMinutesBetween(from, calendar.addWorkingHours(from, h))).toBe(h * 60);
      }),
      { numRuns: 500 },
    );
  });

  it("is monotonic in the hours added", () => {
    fc.assert(
      fc.property(instant, hours, hours, (from, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const early = calendar.addWorkingHours(from, low).getTime();
        const late = calendar.addWorkingHours(from, high).getTime();
        expect(low < high ? early < late : early === late).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  // An independent reading of London's clock (weekday and hour from Intl) agrees with the offsets.
  const londonClock = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/London",
    hourCycle: "h23",
    weekday: "short",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
  });
  const holidays = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS);

  it("agrees with Intl on what is working time", () => {
    fc.assert(
      fc.property(instant, (when) => {
        const part = (type: string) => londonClock.formatToParts(when).find((p) => p.type === type)?.value;
        const date = `${part("year")}-${part("month")}-${part("day")}`;
        const hour = Number(part("hour"));
        const weekday = ["Sat", "Sun"].includes(part("weekday") ?? "") === false;
        expect(calendar.isWorkingDay(date)).toBe(weekday && !holidays.has(date));
        expect(calendar.isWorkingTime(when)).toBe(weekday && !holidays.has(date) && hour >= 9 && hour < 17);
      }),
      { numRuns: 2000 },
    );
  });
});
