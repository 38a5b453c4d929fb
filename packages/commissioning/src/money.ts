/**
 * Money is a whole number of pence everywhere in this package: JavaScript numbers add integers below
 * 2^53 exactly, so a total is always the sum of its parts to the penny. Only one division exists —
 * rate per hour × minutes ÷ 60 — and it is rounded here, once per visit (see rates.ts).
 */

/** A whole number of pence (may be negative only in a difference). */
export type Pence = number;

function checkWhole(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be a whole number: ${value}`);
}

/**
 * numerator ÷ denominator rounded to the nearest whole number, exactly half rounding up (away from
 * zero): the rule people expect from "round to the nearest penny". Integer arithmetic only, so
 * 0.5 is never misread as 0.49999….
 */
export function roundHalfUp(numerator: number, denominator: number): number {
  checkWhole(numerator, "the amount to divide");
  checkWhole(denominator, "the divisor");
  if (numerator < 0 || denominator <= 0) {
    throw new RangeError(`rounding is defined for amounts of 0 or more over a positive divisor`);
  }
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

export function sumPence(values: readonly Pence[]): Pence {
  let total = 0;
  for (const value of values) {
    if (!Number.isSafeInteger(value)) throw new RangeError(`${value} is not a whole number of pence`);
    total += value;
  }
  return total;
}

const WHOLE_POUNDS = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });

function poundsAndPence(pence: Pence): { sign: string; pounds: number; rest: string } {
  checkWhole(pence, "an amount in pence");
  const magnitude = Math.abs(pence);
  return {
    sign: pence < 0 ? "-" : "",
    pounds: Math.floor(magnitude / 100),
    rest: String(magnitude % 100).padStart(2, "0"),
  };
}

/** "£1,234.56" for people; a minus sign (not a hyphen) before the pound sign when negative. */
export function formatPounds(pence: Pence): string {
  const { sign, pounds, rest } = poundsAndPence(pence);
  // Intl adds the thousands separators to whole pounds; the pence are appended as digits, so no
  // fractional number ever stands for money.
  return `${sign ? "−" : ""}£${WHOLE_POUNDS.format(pounds)}.${rest}`;
}

/** "1234.56": pounds with two decimal places and no separators, for finance systems to import. */
export function poundsForExport(pence: Pence): string {
  const { sign, pounds, rest } = poundsAndPence(pence);
  return `${sign}${pounds}.${rest}`;
}
