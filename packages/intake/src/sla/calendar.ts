import { dayNumber, instantOfDay, londonDay, weekdayOf } from "../london-clock.ts";
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from "./bank-holidays.ts";

// One implementation of the SLA_WORKING_DAYS / SLA_WORKING_HOURS formats: config validates the
// environment with them, and config cannot import intake.
export { parseWorkingDays, parseWorkingHours } from "@portal/config";

export interface WorkingPattern {
  /** ISO weekdays that are working days: 1 = Monday … 7 = Sunday. */
  days: readonly number[];
  /** Minutes after local midnight in Europe/London. */
  startMinutes: number;
  endMinutes: number;
}

/** Monday to Friday, 09:00–17:00 in England. */
export const DEFAULT_WORKING_PATTERN: WorkingPattern = Object.freeze({
  days: Object.freeze([1, 2, 3, 4, 5]),
  startMinutes: 9 * 60,
  endMinutes: 17 * 60,
});

export interface SlaCalendar {
  readonly pattern: WorkingPattern;
  /** London calendar date "YYYY-MM-DD" is a working day (pattern day and not a bank holiday). */
  isWorkingDay(date: string): boolean;
  isWorkingTime(at: Date): boolean;
  /** The instant `hours` (may be fractional) of working time after `from`. Time out of hours does not count; from out of hours, counting starts at the next working start. */
  addWorkingHours(from: Date, hours: number): Date;
  /** `days` working days = days × the length of the working day in working hours (Friday 15:00 + 1 → Monday 15:00; Saturday 10:00 + 1 → Monday 17:00). */
  addWorkingDays(from: Date, days: number): Date;
  /** Close of the working day `from` is in; when `from` is out of hours, the close of the next working day ("acknowledged the same working day"). */
  endOfWorkingDay(from: Date): Date;
  /** Start of working time on the first working day whose London date is after `from`'s London date. */
  nextWorkingDayStart(from: Date): Date;
  /**
   * The first moment after `from` when London's clocks show `minutes` past midnight on a working day:
   * "before the start of the next school day" with the school's start time.
   */
  nextWorkingDayAt(from: Date, minutes: number): Date;
  /** Working minutes from `from` to `to` (negative when `to` is before `from`), for "2 working hours left" displays. */
  workingMinutesBetween(from: Date, to: Date): number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

// Days below are day numbers (London calendar dates) and instants are UTC milliseconds: see
// london-clock.ts. Working hours are London wall-clock times, so every conversion goes through it.

function checkPattern(pattern: WorkingPattern): WorkingPattern {
  const { days, startMinutes, endMinutes } = pattern;
  if (days.length === 0 || !days.every((d) => Number.isInteger(d) && d >= 1 && d <= 7)) {
    throw new Error(`working days must be ISO weekdays 1 (Monday) to 7 (Sunday), at least one: [${days}]`);
  }
  if (!(startMinutes >= 0 && endMinutes <= 24 * 60 && endMinutes > startMinutes)) {
    throw new Error(
      `working hours must be minutes after midnight with 0 ≤ start < end ≤ 1440: ${startMinutes}–${endMinutes}`,
    );
  }
  return Object.freeze({
    days: Object.freeze([...new Set(days)].sort((a, b) => a - b)),
    startMinutes,
    endMinutes,
  });
}

function checkAmount(amount: number, unit: string): void {
  if (!Number.isFinite(amount) || amount < 0)
    throw new RangeError(`${unit} to add must be 0 or more: ${amount}`);
}

/**
 * A working-time calendar for SLA clocks: the working pattern in England's local time, less bank
 * holidays (England and Wales 2024–2028 unless another list is given). Pure: every answer depends
 * only on the arguments, and the caller passes `now`.
 */
export function createSlaCalendar(
  options: { pattern?: WorkingPattern; bankHolidays?: readonly string[] } = {},
): SlaCalendar {
  const pattern = checkPattern(options.pattern ?? DEFAULT_WORKING_PATTERN);
  const workingWeekday: boolean[] = new Array(8).fill(false);
  for (const day of pattern.days) workingWeekday[day] = true;
  const holidays = new Set((options.bankHolidays ?? ENGLAND_AND_WALES_BANK_HOLIDAYS).map(dayNumber));
  const workingDayHours = (pattern.endMinutes - pattern.startMinutes) / 60;

  const isWorkingDayNumber = (day: number) => workingWeekday[weekdayOf(day)] === true && !holidays.has(day);
  const opens = (day: number) => instantOfDay(day, pattern.startMinutes);
  const closes = (day: number) => instantOfDay(day, pattern.endMinutes);
  /** The first working day on or after `day`: the pattern has a working weekday and holidays are finite. */
  const workingDayFrom = (day: number) => {
    let d = day;
    while (!isWorkingDayNumber(d)) d++;
    return d;
  };

  function addWorkingHours(from: Date, hours: number): Date {
    checkAmount(hours, "working hours");
    let remaining = Math.round(hours * HOUR);
    let at = from.getTime();
    let day = londonDay(at);
    for (;;) {
      day = workingDayFrom(day);
      const close = closes(day);
      if (at < close) {
        at = Math.max(at, opens(day));
        if (remaining <= close - at) return new Date(at + remaining);
        remaining -= close - at;
      }
      day++;
    }
  }

  /** Working milliseconds in [a, b], a ≤ b. */
  function workingMsBetween(a: number, b: number): number {
    let total = 0;
    const last = londonDay(b);
    for (let day = londonDay(a); day <= last; day++) {
      if (!isWorkingDayNumber(day)) continue;
      const start = Math.max(a, opens(day));
      const end = Math.min(b, closes(day));
      if (end > start) total += end - start;
    }
    return total;
  }

  return {
    pattern,
    isWorkingDay: (date) => isWorkingDayNumber(dayNumber(date)),
    isWorkingTime(at) {
      const ms = at.getTime();
      const day = londonDay(ms);
      return isWorkingDayNumber(day) && ms >= opens(day) && ms < closes(day);
    },
    addWorkingHours,
    addWorkingDays(from, days) {
      checkAmount(days, "working days");
      return addWorkingHours(from, days * workingDayHours);
    },
    endOfWorkingDay(from) {
      const at = from.getTime();
      let day = workingDayFrom(londonDay(at));
      while (at >= closes(day)) day = workingDayFrom(day + 1);
      return new Date(closes(day));
    },
    nextWorkingDayStart: (from) => new Date(opens(workingDayFrom(londonDay(from.getTime()) + 1))),
    nextWorkingDayAt(from, minutes) {
      const today = workingDayFrom(londonDay(from.getTime()));
      const candidate = instantOfDay(today, minutes);
      if (candidate > from.getTime()) return new Date(candidate);
      return new Date(instantOfDay(workingDayFrom(today + 1), minutes));
    },
    workingMinutesBetween(from, to) {
      const a = from.getTime();
      const b = to.getTime();
      // Fractional when the instants are not whole minutes apart; rounding is the display's business.
      const minutes = workingMsBetween(Math.min(a, b), Math.max(a, b)) / MINUTE;
      // No -0 when nothing lies between: `toBe(0)` and `Object.is` tell them apart.
      return b < a && minutes !== 0 ? -minutes : minutes;
    },
  };
}
