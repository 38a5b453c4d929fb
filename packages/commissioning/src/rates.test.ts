import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bandAt, dayTypeOf, priceVisit, type RateCard, rateCardSchema, splitVisit } from "./rates.ts";
import { at, RATES } from "./test-support.ts";

const HOLIDAYS = new Set(["2026-12-25", "2026-12-28"]);
const split = (iso: string, minutes: number) =>
  splitVisit(at(iso), minutes, RATES.bandStarts, HOLIDAYS).map(
    (s) => `${s.date} ${s.dayType} ${s.band} ${s.minutes}`,
  );
const price = (iso: string, minutes: number, carers = 1, card: RateCard = RATES) =>
  priceVisit(card, at(iso), minutes, carers, HOLIDAYS).pence;

describe("bandAt (day 07:00–19:00, evening 19:00–22:00, night 22:00–07:00)", () => {
  it.each([
    ["00:00", 0, "night"],
    ["06:59", 6 * 60 + 59, "night"],
    ["07:00", 7 * 60, "day"],
    ["18:59", 18 * 60 + 59, "day"],
    ["19:00", 19 * 60, "evening"],
    ["21:59", 21 * 60 + 59, "evening"],
    ["22:00", 22 * 60, "night"],
    ["23:59", 23 * 60 + 59, "night"],
  ])("%s is %s", (_clock, minute, band) => {
    expect(bandAt(minute, RATES.bandStarts)).toBe(band);
  });
});

describe("dayTypeOf", () => {
  it.each([
    ["2026-12-24", "weekday", "Christmas Eve, a Thursday"],
    ["2026-12-25", "bank-holiday", "Christmas Day, a Friday"],
    ["2026-12-26", "weekend", "Boxing Day falls on a Saturday: a weekend, not the holiday"],
    ["2026-12-27", "weekend", "a Sunday"],
    ["2026-12-28", "bank-holiday", "Boxing Day's substitute Monday"],
    ["2026-12-29", "weekday", "a Tuesday"],
  ])("%s is a %s (%s)", (date, type) => {
    expect(dayTypeOf(date, HOLIDAYS)).toBe(type);
  });

  it("a bank holiday beats the weekend when both apply", () => {
    expect(dayTypeOf("2026-12-27", new Set(["2026-12-27"]))).toBe("bank-holiday");
  });

  it("uses the England and Wales list by default", () => {
    const visit = priceVisit(RATES, at("2026-12-28T10:00:00+00:00"), 60, 1);
    expect(visit.segments.map((s) => s.dayType)).toEqual(["bank-holiday"]);
  });
});

describe("splitVisit", () => {
  it.each([
    ["inside one band", "2026-11-16T09:00:00+00:00", 45, ["2026-11-16 weekday day 45"]],
    [
      "across day → evening",
      "2026-11-16T18:30:00+00:00",
      60,
      ["2026-11-16 weekday day 30", "2026-11-16 weekday evening 30"],
    ],
    [
      "across evening → night",
      "2026-11-16T21:45:00+00:00",
      30,
      ["2026-11-16 weekday evening 15", "2026-11-16 weekday night 15"],
    ],
    [
      "across night → day in the morning",
      "2026-11-17T06:40:00+00:00",
      40,
      ["2026-11-17 weekday night 20", "2026-11-17 weekday day 20"],
    ],
    [
      "across midnight from Friday into Saturday",
      "2026-11-20T23:30:00+00:00",
      60,
      ["2026-11-20 weekday night 30", "2026-11-21 weekend night 30"],
    ],
    [
      "across midnight from Sunday into Monday",
      "2026-11-22T23:45:00+00:00",
      30,
      ["2026-11-22 weekend night 15", "2026-11-23 weekday night 15"],
    ],
    [
      "into Christmas Day 2026",
      "2026-12-24T23:30:00+00:00",
      60,
      ["2026-12-24 weekday night 30", "2026-12-25 bank-holiday night 30"],
    ],
    [
      "a sleep-in from Christmas night into Boxing Day (a Saturday)",
      "2026-12-25T21:00:00+00:00",
      600,
      [
        "2026-12-25 bank-holiday evening 60",
        "2026-12-25 bank-holiday night 120",
        "2026-12-26 weekend night 420",
      ],
    ],
    [
      "the morning the clocks go forward: bands follow London's clocks, not UTC",
      "2026-03-29T06:30:00+01:00",
      60,
      ["2026-03-29 weekend night 30", "2026-03-29 weekend day 30"],
    ],
    [
      "through the hour the clocks skip: 00:30 GMT to 02:30 BST is one real hour",
      "2026-03-29T00:30:00+00:00",
      60,
      ["2026-03-29 weekend night 60"],
    ],
    [
      "through the hour the clocks repeat: 00:30 BST to 01:30 GMT is two real hours",
      "2026-10-25T00:30:00+01:00",
      120,
      ["2026-10-25 weekend night 120"],
    ],
    [
      "the Saturday evening before the clocks go back, in BST",
      "2026-10-24T18:30:00+01:00",
      60,
      ["2026-10-24 weekend day 30", "2026-10-24 weekend evening 30"],
    ],
    ["a visit of no minutes has no segments", "2026-11-16T09:00:00+00:00", 0, []],
  ])("%s", (_name, iso, minutes, expected) => {
    expect(split(iso, minutes)).toEqual(expected);
  });

  it("follows the contract's own band boundaries", () => {
    const late = { day: 8 * 60, evening: 20 * 60, night: 23 * 60 };
    const segments = splitVisit(at("2026-11-16T19:30:00+00:00"), 240, late, HOLIDAYS);
    expect(segments.map((s) => [s.band, s.minutes])).toEqual([
      ["day", 30],
      ["evening", 180],
      ["night", 30],
    ]);
  });

  it("always accounts for every minute of the visit", () => {
    const start = Date.UTC(2026, 0, 1);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 24 * 60 }),
        fc.integer({ min: 1, max: 24 * 60 }),
        (offset, minutes) => {
          const segments = splitVisit(new Date(start + offset * 60_000), minutes, RATES.bandStarts, HOLIDAYS);
          expect(segments.reduce((sum, s) => sum + s.minutes, 0)).toBe(minutes);
          expect(segments.every((s) => s.minutes > 0)).toBe(true);
        },
      ),
    );
  });

  it("refuses a start that is not on a whole minute, or a duration that is not whole minutes", () => {
    expect(() => splitVisit(at("2026-11-16T09:00:30Z"), 30, RATES.bandStarts, HOLIDAYS)).toThrow(RangeError);
    expect(() => splitVisit(at("2026-11-16T09:00:00Z"), 2.5, RATES.bandStarts, HOLIDAYS)).toThrow(RangeError);
  });
});

describe("priceVisit", () => {
  it.each([
    // 30 weekday day minutes at £24.00/h = £12.00.
    ["a weekday half hour", "2026-11-16T09:00:00+00:00", 30, 1, 1200],
    // 45 minutes at £24.00 = £18.00.
    ["three quarters of an hour", "2026-11-16T09:00:00+00:00", 45, 1, 1800],
    // 30 × 2400 + 30 × 2640 = 151,200 pence-minutes ÷ 60 = 2520p.
    ["across day and evening", "2026-11-16T18:30:00+00:00", 60, 1, 2520],
    // Two carers for the same visit: 2 × 1200.
    ["two carers", "2026-11-16T09:00:00+00:00", 30, 2, 2400],
    // 30 weekday night (2880) + 30 bank holiday night (4320): (86,400 + 129,600) ÷ 60 = 3600p.
    ["into Christmas Day", "2026-12-24T23:30:00+00:00", 60, 1, 3600],
    // Weekend night 30 min (3180) + weekend day 30 min (2700), in BST: (95,400 + 81,000) ÷ 60 = 2940p.
    ["on the morning the clocks go forward", "2026-03-29T06:30:00+01:00", 60, 1, 2940],
    // 120 real minutes of weekend night at £31.80: 6360p, though London's clocks moved only an hour.
    ["through the repeated hour in October", "2026-10-25T00:30:00+01:00", 120, 1, 6360],
  ])("%s", (_name, iso, minutes, carers, expected) => {
    expect(price(iso, minutes, carers)).toBe(expected);
  });

  it("rounds once per visit, half a penny up, on the exact sum over its segments", () => {
    const odd: RateCard = {
      ...RATES,
      pencePerHour: { ...RATES.pencePerHour, weekday: { day: 2001, evening: 2003, night: 2880 } },
    };
    // 1 minute at 2001p/h = 33.35p and 1 minute at 2003p/h = 33.3833p. Rounded per segment that is
    // 33 + 33 = 66p; once on the exact sum (4004 ÷ 60 = 66.73p) it is 67p.
    expect(price("2026-11-16T18:59:00+00:00", 2, 1, odd)).toBe(67);
    // 2001 × 3 carers ÷ 60 = 100.05p → 100p; 2001 × 30 ÷ 60 = 1000.5p → 1001p (half up).
    expect(price("2026-11-16T09:00:00+00:00", 1, 3, odd)).toBe(100);
    expect(price("2026-11-16T09:00:00+00:00", 30, 1, odd)).toBe(1001);
  });

  it("carers multiply the price, give or take the one rounding", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 24 * 4 }),
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: 1, max: 4 }),
        (quarter, minutes, carers) => {
          const start = new Date(Date.UTC(2026, 0, 1) + quarter * 15 * 60_000);
          const one = priceVisit(RATES, start, minutes, 1, HOLIDAYS);
          const many = priceVisit(RATES, start, minutes, carers, HOLIDAYS);
          expect(Math.abs(many.pence - carers * one.pence)).toBeLessThanOrEqual(carers);
        },
      ),
    );
  });

  it("shows each segment with the rate it was paid at", () => {
    const visit = priceVisit(RATES, at("2026-11-16T18:30:00+00:00"), 60, 1, HOLIDAYS);
    expect(visit.segments).toEqual([
      { date: "2026-11-16", dayType: "weekday", band: "day", minutes: 30, pencePerHour: 2400 },
      { date: "2026-11-16", dayType: "weekday", band: "evening", minutes: 30, pencePerHour: 2640 },
    ]);
  });

  it("refuses a number of carers that is not a whole number of at least one", () => {
    expect(() => price("2026-11-16T09:00:00+00:00", 30, 0)).toThrow(/carers/);
  });
});

describe("rateCardSchema", () => {
  it("accepts a card with bands in order and whole-pence rates", () => {
    expect(rateCardSchema.parse(RATES)).toEqual(RATES);
  });

  it.each([
    [
      "evening before day",
      { ...RATES, bandStarts: { day: 19 * 60, evening: 7 * 60, night: 22 * 60 } },
      /order/,
    ],
    ["night after midnight", { ...RATES, bandStarts: { day: 420, evening: 1140, night: 1500 } }, /1440/],
    [
      "a fraction of a penny",
      {
        ...RATES,
        pencePerHour: { ...RATES.pencePerHour, weekend: { day: 27.5, evening: 2940, night: 3180 } },
      },
      /whole number of pence/,
    ],
    [
      "a negative rate",
      { ...RATES, pencePerHour: { ...RATES.pencePerHour, weekend: { day: -1, evening: 2940, night: 3180 } } },
      /0 or more/,
    ],
  ])("refuses %s", (_name, card, message) => {
    const result = rateCardSchema.safeParse(card);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join("; ")).toMatch(message);
  });
});
