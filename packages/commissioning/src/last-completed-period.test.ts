import { describe, expect, it } from "vitest";
import { lastCompletedPeriod, periodContaining } from "./invoices.ts";

const ANCHOR = "2026-04-06"; // period 1: 6 April – 3 May 2026

describe("lastCompletedPeriod", () => {
  it("is the period before the one containing today", () => {
    // 3 December 2026 is in period 9 (16 November – 13 December).
    expect(periodContaining("2026-12-03", ANCHOR)).toEqual({
      number: 9,
      start: "2026-11-16",
      end: "2026-12-13",
    });
    expect(lastCompletedPeriod(ANCHOR, "2026-12-03")).toEqual({
      number: 8,
      start: "2026-10-19",
      end: "2026-11-15",
    });
  });

  it("moves on the first day of a period, and not before", () => {
    expect(lastCompletedPeriod(ANCHOR, "2026-12-13").number).toBe(8);
    expect(lastCompletedPeriod(ANCHOR, "2026-12-14")).toEqual({
      number: 9,
      start: "2026-11-16",
      end: "2026-12-13",
    });
  });

  it("has ended before today's week starts", () => {
    for (let day = 0; day < 60; day++) {
      const today = new Date(Date.UTC(2027, 0, 1 + day)).toISOString().slice(0, 10);
      const period = lastCompletedPeriod(ANCHOR, today);
      expect(period.end < today).toBe(true);
      expect(periodContaining(today, ANCHOR).start).toBe(
        new Date(Date.parse(`${period.end}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10),
      );
    }
  });

  it("is refused while today is in period 1", () => {
    expect(() => lastCompletedPeriod(ANCHOR, "2026-04-20")).toThrow(/no invoice period has ended/);
  });
});
