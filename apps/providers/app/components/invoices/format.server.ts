import { formatPounds, type InvoicePeriod, type Pence } from "@portal/commissioning";
import { formatDate } from "@portal/intake/london-time";

/** Display strings for the invoice pages, made in loaders so the pages import no domain code. */

export const pounds = (pence: Pence): string => formatPounds(pence);

/** A London calendar date (YYYY-MM-DD) as "9 November 2026". */
export const londonDate = (date: string): string => formatDate(`${date}T12:00:00Z`);

/** "9 November 2026 to 6 December 2026". */
export const periodText = (period: InvoicePeriod): string =>
  `${londonDate(period.start)} to ${londonDate(period.end)}`;

/** A moment as its London date, or the text for when there is none. */
export const dayOf = (at: Date | null, none = "Not yet"): string => (at === null ? none : formatDate(at));
