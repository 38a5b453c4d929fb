/**
 * Small helpers for the forms pages. The GOV.UK components take `html` strings in a few places
 * (summary list values, table cells); everything a person typed goes through `escapeHtml` first, so
 * posted HTML is always shown as text.
 */

export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** Answer lines as one HTML string, one line each (line breaks inside a line kept), every part escaped. */
export function linesHtml(lines: readonly string[]): string {
  return lines
    .flatMap((line) => line.split(/\r\n?|\n/))
    .map(escapeHtml)
    .join("<br>");
}

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
