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
const DAY = 24 * HOUR;

// Days below are numbered from 1970-01-01 (day 0, a Thursday) and stand for London calendar dates;
// instants are UTC milliseconds. Working hours are London wall-clock times, so every conversion goes
// through London's offset, which Intl knows (GMT in winter, BST from the last Sunday of March to the
// last Sunday of October).

const londonClock = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
});

/** How far London's clocks are ahead of UTC at a whole-hour instant, measured with Intl. */
function measureOffset(hourStart: number): number {
  const field = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of londonClock.formatToParts(hourStart)) {
    if (part.type in field) field[part.type as keyof typeof field] = Number(part.value);
  }
  const { year, month, day, hour, minute, second } = field;
  return Date.UTC(year, month - 1, day, hour, minute, second) - hourStart;
}

// London changes its clocks on the hour (01:00 UTC), so the offset is constant within a UTC hour:
// measuring once per hour keeps formatToParts (which allocates) out of the seeder's inner loop.
const offsetByHour = new Map<number, number>();

/** Milliseconds London is ahead of UTC at the instant `ms`: 0 in GMT, one hour in BST. */
function londonOffset(ms: number): number {
  const hour = Math.floor(ms / HOUR);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    // Bounded for a long-running process; 200,000 hours is more than twenty years of instants.
    if (offsetByHour.size >= 200_000) offsetByHour.clear();
    offset = measureOffset(hour * HOUR);
    offsetByHour.set(hour, offset);
  }
  return offset;
}

/** The London date (as a day number) of an instant. */
function londonDay(ms: number): number {
  return Math.floor((ms + londonOffset(ms)) / DAY);
}

/**
 * The instant London's clocks show `minutes` after midnight on `day`. A time the clocks skip (01:30
 * on the last Sunday of March) comes out an hour later; a time they show twice (01:30 on the last
 * Sunday of October) is the second, GMT, one. Working hours never fall in either.
 */
function londonInstant(day: number, minutes: number): number {
  const wall = day * DAY + minutes * MINUTE;
  return wall - londonOffset(wall - londonOffset(wall));
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (day 0 was a Thursday). */
function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayNumber(date: string): number {
  const match = DATE_PATTERN.exec(date);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const ms = Date.UTC(year, month - 1, day);
    const check = new Date(ms);
    // Date.UTC rolls 2026-02-30 over into March: a real date survives the round trip.
    if (check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day) {
      return ms / DAY;
    }
  }
  throw new Error(`"${date}" is not a calendar date written YYYY-MM-DD`);
}

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

  const isWorkingDayNumber = (day: number) => workingWeekday[isoWeekday(day)] === true && !holidays.has(day);
  const opens = (day: number) => londonInstant(day, pattern.startMinutes);
  const closes = (day: number) => londonInstant(day, pattern.endMinutes);
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
      const candidate = londonInstant(today, minutes);
      if (candidate > from.getTime()) return new Date(candidate);
      return new Date(londonInstant(workingDayFrom(today + 1), minutes));
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

/**
 * The instant London's clocks show `minutes` after midnight on `date` ("YYYY-MM-DD"): what a time
 * typed into a form means. A skipped time (01:30 on the last Sunday of March) comes out an hour later;
 * a time shown twice (01:30 on the last Sunday of October) is the second, GMT, one.
 */
export function londonWallClock(date: string, minutes: number): Date {
  return new Date(londonInstant(dayNumber(date), minutes));
}
