import { describe, expect, it } from "vitest";
import { formatDateTime, formatShortDateTime, formatTime } from "./london-time.ts";

describe("times in the GOV.UK style, in London", () => {
  it.each([
    ["2026-11-23T09:30:00Z", "9:30am"],
    ["2026-11-23T14:00:00Z", "2pm"],
    ["2026-11-23T12:00:00Z", "midday"],
    ["2026-11-23T00:00:00Z", "midnight"],
    ["2026-11-23T12:05:00Z", "12:05pm"],
    ["2026-11-23T00:45:00Z", "12:45am"],
    // British Summer Time: 08:15 UTC is 9:15am in London.
    ["2026-07-01T08:15:00Z", "9:15am"],
  ])("%s is %s", (iso, expected) => {
    expect(formatTime(new Date(iso))).toBe(expected);
  });

  it("writes a moment in full, and shortly for tables", () => {
    expect(formatDateTime("2026-11-23T09:30:00Z")).toBe("Monday 23 November 2026 at 9:30am");
    expect(formatShortDateTime(new Date("2026-09-22T16:00:00Z"))).toBe("22 Sep 2026, 5pm");
    expect(formatDateTime("not a date")).toBe("");
  });
});
