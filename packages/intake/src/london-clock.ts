/**
 * London calendar dates and wall-clock times: the one conversion between instants and what England's
 * clocks and calendars show, for the SLA calendar, the forms that take a date and a time, and care
 * planned and paid by the visit. Dates are strings "YYYY-MM-DD" in Europe/London, because a store
 * persists them as they are and a person reads them as they are; instants are `Date`s. Underneath,
 * days are numbered from 1970-01-01 (day 0, a Thursday) and instants are UTC milliseconds, which is
 * what the SLA calendar's loops work in.
 */

/** A calendar date in England, "YYYY-MM-DD". */
export type LondonDate = string;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

// A file of 10,000 visits names a few dozen dates thousands of times, and building or checking a
// date through Date is the slow part of an import: both directions are remembered, within a bound.
const dayByDate = new Map<string, number | null>();
const dateByDay = new Map<number, LondonDate>();

function remember<K, V>(cache: Map<K, V>, key: K, value: V): V {
  if (cache.size >= 100_000) cache.clear();
  cache.set(key, value);
  return value;
}

/** Days since 1970-01-01 (a Thursday), or null when the text is not a real date written YYYY-MM-DD. */
function toDayNumber(date: string): number | null {
  const known = dayByDate.get(date);
  return known !== undefined ? known : remember(dayByDate, date, readDayNumber(date));
}

function readDayNumber(date: string): number | null {
  const match = DATE_PATTERN.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  // Date.UTC rolls 2026-02-30 over into March: only a real date survives the round trip.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null;
  }
  return ms / DAY;
}

/** The day number of a London date; throws for text that is not a real date written YYYY-MM-DD. */
export function dayNumber(date: LondonDate): number {
  const day = toDayNumber(date);
  if (day === null) throw new Error(`"${date}" is not a calendar date written YYYY-MM-DD`);
  return day;
}

/** The London date of a day number. */
export function fromDayNumber(day: number): LondonDate {
  return dateByDay.get(day) ?? remember(dateByDay, day, new Date(day * DAY).toISOString().slice(0, 10));
}

export function isLondonDate(value: string): boolean {
  return toDayNumber(value) !== null;
}

export function addDays(date: LondonDate, days: number): LondonDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to`: negative when `to` is earlier. */
export function daysFrom(from: LondonDate, to: LondonDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LondonDate): number {
  return weekdayOf(dayNumber(date));
}

/** The Monday of the Monday–Sunday week that contains `date`: care weeks and invoice weeks start on Monday. */
export function weekStarting(date: LondonDate): LondonDate {
  return addDays(date, 1 - isoWeekday(date));
}

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

function measureOffset(at: number): number {
  const field = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of londonClock.formatToParts(at)) {
    if (part.type in field) field[part.type as keyof typeof field] = Number(part.value);
  }
  return Date.UTC(field.year, field.month - 1, field.day, field.hour, field.minute, field.second) - at;
}

// London changes its clocks on a whole UTC hour, so the offset is constant within one: measuring once
// per hour keeps Intl (which allocates) out of the loops that price and import thousands of visits.
const offsetByHour = new Map<number, number>();

/** Milliseconds London's clocks are ahead of UTC at `ms`: 0 in GMT, one hour in BST. */
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

/** The day number of the London date an instant (UTC milliseconds) falls on. */
export function londonDay(ms: number): number {
  return Math.floor((ms + londonOffset(ms)) / DAY);
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday. */
export function weekdayOf(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/**
 * The instant (UTC milliseconds) London's clocks show `minutes` after midnight on day number `day`.
 * A time the clocks skip (01:30 on the last Sunday of March) comes out an hour later; a time they show
 * twice (01:30 on the last Sunday of October) is the second, GMT, one.
 */
export function instantOfDay(day: number, minutes: number): number {
  const wall = day * DAY + minutes * MINUTE;
  return wall - londonOffset(wall - londonOffset(wall));
}

/** The London calendar date of an instant. */
export function londonDateOf(at: Date): LondonDate {
  return fromDayNumber(londonDay(at.getTime()));
}

/** Whole minutes after London midnight that London's clocks show at an instant (seconds dropped). */
export function londonMinutesOf(at: Date): number {
  const ms = at.getTime();
  const local = ms + londonOffset(ms);
  return Math.floor((local - Math.floor(local / DAY) * DAY) / MINUTE);
}

/** The instant London's clocks show `minutes` after midnight on `date` (see `instantOfDay`). */
export function londonInstant(date: LondonDate, minutes: number): Date {
  return new Date(instantOfDay(dayNumber(date), minutes));
}

const CLOCK_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "07:30" → 450 minutes after midnight; null unless it is a 24-hour HH:MM time. */
export function parseClock(text: string): number | null {
  const match = CLOCK_PATTERN.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** 450 → "07:30". */
export function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
