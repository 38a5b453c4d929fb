import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatPounds, poundsForExport, roundHalfUp, sumPence } from "./money.ts";

describe("roundHalfUp", () => {
  it.each([
    // £18.00 an hour for 20 minutes is exactly £6.00.
    [1800 * 20, 60, 600],
    // £18.01 for 1 minute is 30.0166…p → 30p.
    [1801, 60, 30],
    // 30 pence-minutes is half a penny: half goes up.
    [30, 60, 1],
    [29, 60, 0],
    [89, 60, 1],
    [90, 60, 2],
    [0, 60, 0],
  ])("%i / %i → %i", (numerator, denominator, expected) => {
    expect(roundHalfUp(numerator, denominator)).toBe(expected);
  });

  it("is within half a penny of the exact quotient, and exactly half rounds up", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 10_000 }), (n, d) => {
        const rounded = roundHalfUp(n, d);
        expect(Math.abs(rounded * d - n) * 2).toBeLessThanOrEqual(d);
        if ((n * 2) % d === 0 && ((n * 2) / d) % 2 === 1) expect(rounded * d).toBeGreaterThan(n);
      }),
    );
  });

  it.each([
    [-1, 60],
    [1.5, 60],
    [10, 0],
    [Number.MAX_SAFE_INTEGER + 1, 60],
  ])("refuses %d / %d", (n, d) => {
    expect(() => roundHalfUp(n, d)).toThrow(RangeError);
  });
});

describe("sumPence", () => {
  it("adds whole pence", () => {
    expect(sumPence([1, 250, 99_999])).toBe(100_250);
    expect(sumPence([])).toBe(0);
  });

  it("refuses a fraction of a penny, which would mean rounding had been skipped somewhere", () => {
    expect(() => sumPence([1, 0.5])).toThrow(/whole number of pence/);
  });
});

describe("formatting", () => {
  it.each([
    [0, "£0.00", "0.00"],
    [5, "£0.05", "0.05"],
    [123_456, "£1,234.56", "1234.56"],
    [100_000_000, "£1,000,000.00", "1000000.00"],
    [-1_050, "−£10.50", "-10.50"],
  ])("%i pence → %s and %s", (pence, display, exported) => {
    expect(formatPounds(pence)).toBe(display);
    expect(poundsForExport(pence)).toBe(exported);
  });
});
