import { isoWeekday, type LondonDate, londonDateOf, londonMinutesOf } from "@portal/intake/london-clock";
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from "@portal/intake/sla";
import { z } from "zod";
import { type Pence, roundHalfUp } from "./money.ts";

/**
 * A contract's hourly rates and how a visit is priced against them.
 *
 * Rates depend on the time band (day, evening, night: boundaries set per contract) and the day type
 * (weekday, weekend, bank holiday). Both are read from London's clocks, minute by minute of the visit:
 * a visit crossing a band boundary or midnight is split into segments, each paid at its own rate,
 * and the real minutes that passed are paid (the night the clocks go back has an extra hour).
 */

export const TIME_BANDS = ["day", "evening", "night"] as const;
export type TimeBand = (typeof TIME_BANDS)[number];

export const DAY_TYPES = ["weekday", "weekend", "bank-holiday"] as const;
export type DayType = (typeof DAY_TYPES)[number];

/**
 * Where each band starts, in minutes after London midnight: day from `day` until `evening`, evening
 * until `night`, and night from `night` through midnight until `day`. An evening band can be left out
 * by starting it where the night starts.
 */
export interface BandStarts {
  day: number;
  evening: number;
  night: number;
}

export interface RateCard {
  bandStarts: BandStarts;
  /** Whole pence per hour for one carer. */
  pencePerHour: Record<DayType, Record<TimeBand, Pence>>;
}

/** London dates that are bank holidays; England and Wales unless a contract's council says otherwise. */
export type BankHolidays = ReadonlySet<LondonDate>;

export const ENGLAND_AND_WALES: BankHolidays = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS);

const minuteOfDay = z.number().int("a band must start on a whole minute").min(0);
const hourlyRate = z
  .number()
  .int("a rate must be a whole number of pence")
  .min(0, "a rate must be 0 or more pence an hour");
const bandRates = z.object({ day: hourlyRate, evening: hourlyRate, night: hourlyRate });

/** How a store or a configuration file parses a rate card it has kept as JSON. */
export const rateCardSchema = z.object({
  bandStarts: z
    .object({ day: minuteOfDay, evening: minuteOfDay, night: minuteOfDay })
    .refine((b) => b.night <= 1440, "the night band must start at or before midnight (1440 minutes)")
    .refine(
      (b) => b.day < b.evening && b.evening <= b.night,
      "bands must start in the order day, evening, night within one day",
    ),
  pencePerHour: z.object({ weekday: bandRates, weekend: bandRates, "bank-holiday": bandRates }),
});

/** The band London's clocks are in at `minute` after midnight. */
export function bandAt(minute: number, starts: BandStarts): TimeBand {
  if (minute < starts.day || minute >= starts.night) return "night";
  return minute < starts.evening ? "day" : "evening";
}

/** A bank holiday beats the weekend: Christmas Day on a Saturday is paid at the bank holiday rate. */
export function dayTypeOf(date: LondonDate, bankHolidays: BankHolidays): DayType {
  if (bankHolidays.has(date)) return "bank-holiday";
  return isoWeekday(date) >= 6 ? "weekend" : "weekday";
}

/** Minutes after midnight at which the band next changes, or 1440 (midnight: the day type may change). */
function nextBoundary(minute: number, starts: BandStarts): number {
  for (const boundary of [starts.day, starts.evening, starts.night]) if (boundary > minute) return boundary;
  return 1440;
}

export interface Segment {
  date: LondonDate;
  dayType: DayType;
  band: TimeBand;
  minutes: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Splits a visit into runs of minutes that share a London date, day type and band. Each step stops
 * at the next band boundary or midnight on London's clocks, and also at every whole UTC hour: London's
 * offset changes only on a UTC hour, so within a step the wall clock moves exactly as real time does.
 */
export function splitVisit(
  start: Date,
  minutes: number,
  starts: BandStarts,
  bankHolidays: BankHolidays,
): Segment[] {
  if (start.getTime() % MINUTE !== 0) throw new RangeError("a visit must start on a whole minute");
  if (!Number.isSafeInteger(minutes) || minutes < 0) {
    throw new RangeError(`a visit lasts a whole number of minutes, 0 or more: ${minutes}`);
  }
  const segments: Segment[] = [];
  const end = start.getTime() + minutes * MINUTE;
  let t = start.getTime();
  while (t < end) {
    const at = new Date(t);
    const date = londonDateOf(at);
    const minute = londonMinutesOf(at);
    const band = bandAt(minute, starts);
    const dayType = dayTypeOf(date, bankHolidays);
    const stop = Math.min(
      end,
      t + (nextBoundary(minute, starts) - minute) * MINUTE,
      (Math.floor(t / HOUR) + 1) * HOUR,
    );
    const length = (stop - t) / MINUTE;
    const last = segments.at(-1);
    if (last && last.date === date && last.band === band && last.dayType === dayType) last.minutes += length;
    else segments.push({ date, dayType, band, minutes: length });
    t = stop;
  }
  return segments;
}

export interface PricedSegment extends Segment {
  pencePerHour: Pence;
}

export interface VisitPrice {
  pence: Pence;
  segments: PricedSegment[];
}

/**
 * The price of `minutes` of care from `start` by `carers` carers. The rounding rule: the exact amount
 * Σ(rate per hour × minutes in the segment) × carers ÷ 60 is rounded once, half a penny up, for the
 * whole visit. Nothing above a visit is rounded again, so lines and invoices are plain sums of pence.
 */
export function priceVisit(
  card: RateCard,
  start: Date,
  minutes: number,
  carers: number,
  bankHolidays: BankHolidays = ENGLAND_AND_WALES,
): VisitPrice {
  if (!Number.isSafeInteger(carers) || carers < 1) {
    throw new RangeError(`the number of carers must be a whole number, 1 or more: ${carers}`);
  }
  const segments = splitVisit(start, minutes, card.bandStarts, bankHolidays).map((segment) => ({
    ...segment,
    pencePerHour: card.pencePerHour[segment.dayType][segment.band],
  }));
  const penceMinutes = segments.reduce((sum, s) => sum + s.pencePerHour * s.minutes, 0) * carers;
  return { pence: roundHalfUp(penceMinutes, 60), segments };
}
