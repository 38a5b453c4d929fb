/** Dates and times as people in England read them, in the GOV.UK style. */

const LONDON_DATE = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/London",
});

/** "15 July 2025", in Europe/London, from a Date or an ISO timestamp. */
export function formatDate(value: string | Date): string {
  const date = typeof value === "string" ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? "" : LONDON_DATE.format(date);
}

const LONDON_CLOCK = new Intl.DateTimeFormat("en-GB", {
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "Europe/London",
});

const LONDON_WEEKDAY = new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: "Europe/London" });

/** "9:30am", "2pm", "midday", "midnight": the GOV.UK style for times, in Europe/London. */
export function formatTime(date: Date): string {
  const [hour = 0, minute = 0] = LONDON_CLOCK.format(date).split(":").map(Number);
  if (minute === 0 && hour === 0) return "midnight";
  if (minute === 0 && hour === 12) return "midday";
  const clock = `${hour % 12 === 0 ? 12 : hour % 12}${minute === 0 ? "" : `:${String(minute).padStart(2, "0")}`}`;
  return `${clock}${hour < 12 ? "am" : "pm"}`;
}

/** "Monday 23 November 2026 at 9:30am", the GOV.UK style for a moment, in Europe/London. */
export function formatDateTime(value: string | Date): string {
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return "";
  return `${LONDON_WEEKDAY.format(date)} ${LONDON_DATE.format(date)} at ${formatTime(date)}`;
}

const LONDON_SHORT_DATE = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "Europe/London",
});

/** "22 Nov 2026, 4:15pm": the abbreviated form GOV.UK allows where space is tight, such as tables. */
export function formatShortDateTime(value: string | Date): string {
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return "";
  // Intl writes "Sept" in en-GB; the GOV.UK style abbreviates every month to three letters.
  return `${LONDON_SHORT_DATE.format(date).replace("Sept", "Sep")}, ${formatTime(date)}`;
}
