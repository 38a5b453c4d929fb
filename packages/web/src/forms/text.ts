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

/** A file's size for people: "830 bytes", "12 KB", "2.4 MB". */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

// One way to write dates and times: the intake package's, which its emails use too.
export { formatDate, formatDateTime, formatShortDateTime, formatTime } from "@portal/intake/london-time";
