import { describe, expect, it } from "vitest";
import {
  actualStartOn,
  findOverlap,
  isWeekOpen,
  recordVisit,
  type Visit,
  type VisitDetails,
  visitKey,
} from "./actuals.ts";
import {
  acceptedSunriseOrder,
  at,
  financeOfficer,
  newSunriseOrder,
  oakwoodManager,
  SUNRISE,
  sunriseManager,
} from "./test-support.ts";

const NOW = at("2026-11-23T09:00:00Z");
const order = acceptedSunriseOrder();

/** Monday 16 November 2026, the planned 08:00 call, delivered 08:05–08:37. */
function details(overrides: Partial<VisitDetails> = {}): VisitDetails {
  return {
    providerId: SUNRISE,
    orderId: "order-1",
    serviceUserRef: "SU1001",
    date: "2026-11-16",
    claimedStart: "08:00",
    claimedMinutes: 32,
    actualStart: at("2026-11-16T08:05:00Z"),
    actualMinutes: 32,
    carers: 1,
    status: "completed",
    reason: null,
    plannedVisitId: "order-1:2026-11-16:08:00",
    source: { kind: "calendar" },
    ...overrides,
  };
}

function stored(overrides: Partial<Visit> = {}): Visit {
  return {
    ...details(),
    id: "visit-1",
    recordedAt: at("2026-11-16T10:00:00Z"),
    recordedBy: "user-sunrise",
    ...overrides,
  };
}

const ctx = {
  actor: sunriseManager,
  now: NOW,
  order,
  lockedWeeks: new Set<string>(),
  nearbyVisits: [] as Visit[],
  id: "visit-new",
};

describe("recordVisit", () => {
  it("records a visit against a planned call", () => {
    const result = recordVisit(null, details(), ctx);
    if (!result.ok) throw new Error(result.message);
    expect(result.value).toEqual({
      ...details(),
      id: "visit-new",
      recordedAt: NOW,
      recordedBy: "user-sunrise",
    });
    expect(result.events).toEqual([
      { type: "visit-recorded", visitId: "visit-new", orderId: "order-1", at: NOW, by: "user-sunrise" },
    ]);
  });

  it("records an unplanned visit, which variance will send to finance", () => {
    const result = recordVisit(null, details({ plannedVisitId: null, claimedStart: "14:00" }), ctx);
    expect(result.ok).toBe(true);
  });

  it("records a missed visit of no minutes with its reason", () => {
    const result = recordVisit(
      null,
      details({ status: "missed", actualMinutes: 0, claimedMinutes: 0, reason: "Carer's car broke down" }),
      ctx,
    );
    expect(result.ok).toBe(true);
  });

  it("updates a visit in place, keeping its id", () => {
    const result = recordVisit(stored(), details({ actualMinutes: 40, claimedMinutes: 40 }), ctx);
    if (!result.ok) throw new Error(result.message);
    expect(result.value).toMatchObject({ id: "visit-1", actualMinutes: 40, recordedAt: NOW });
    expect(result.events[0]).toMatchObject({ type: "visit-updated", visitId: "visit-1" });
  });

  it.each([
    [
      "a completed visit of no minutes",
      { actualMinutes: 0 },
      /A completed visit must last at least 1 minute/,
    ],
    [
      "a completed visit claiming no minutes",
      { claimedMinutes: 0 },
      /A completed visit must claim at least 1 minute/,
    ],
    [
      "a negative duration",
      { actualMinutes: -5 },
      /The actual duration must be a whole number of minutes, 0 or more/,
    ],
    ["no carers", { carers: 0 }, /The number of carers must be 1 or more/],
    [
      "an aborted visit without a reason",
      { status: "aborted" as const, reason: " " },
      /Enter why the visit was aborted/,
    ],
    ["a reason on a completed visit", { reason: "late" }, /Only a visit that was not completed has a reason/],
    ["a visit that starts after now", { actualStart: at("2026-11-23T09:01:00Z") }, /has not started yet/],
    [
      "a claimed start that is not a time",
      { claimedStart: "8am" },
      /The claimed start must be a 24-hour time/,
    ],
    [
      "a planned call that is not in the plan that day",
      { plannedVisitId: "order-1:2026-11-16:09:00" },
      /not one of this order's planned calls on Monday 16 November 2026/,
    ],
    [
      "an actual start far from the claimed start",
      { actualStart: at("2026-11-16T20:30:00Z") },
      /The actual start must be within 12 hours of the claimed start/,
    ],
    ["another order's service user", { serviceUserRef: "SU9999" }, /is not the person on this order/],
    [
      "a date the order does not cover",
      { date: "2026-10-26", plannedVisitId: null, actualStart: at("2026-10-26T08:05:00Z") },
      /does not cover 26 October 2026/,
    ],
  ])("refuses %s", (_name, overrides, message) => {
    const result = recordVisit(null, details(overrides), ctx);
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it("refuses a visit on an order the provider has not accepted", () => {
    const result = recordVisit(null, details({ plannedVisitId: null }), { ...ctx, order: newSunriseOrder() });
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    if (!result.ok) expect(result.message).toMatch(/does not cover 16 November 2026/);
  });

  it("refuses a visit that overlaps another visit for the same person", () => {
    const other = stored({
      id: "visit-2",
      claimedStart: "08:30",
      actualStart: at("2026-11-16T08:30:00Z"),
      plannedVisitId: null,
    });
    const result = recordVisit(null, details(), { ...ctx, nearbyVisits: [other] });
    expect(result).toMatchObject({ ok: false, code: "overlap" });
    if (!result.ok)
      expect(result.message).toMatch(/overlaps the visit from Monday 16 November 2026 at 8:30am/);
  });

  it("does not count the visit being updated as an overlap with itself", () => {
    const result = recordVisit(stored(), details(), { ...ctx, nearbyVisits: [stored()] });
    expect(result.ok).toBe(true);
  });

  it.each([
    ["a new visit in an invoiced week", null, details()],
    [
      "moving a visit out of an invoiced week",
      stored(),
      details({ date: "2026-11-23", plannedVisitId: null, actualStart: at("2026-11-23T08:00:00Z") }),
    ],
  ])("refuses %s", (_name, existing, input) => {
    const result = recordVisit(existing, input, { ...ctx, lockedWeeks: new Set(["2026-11-16"]) });
    expect(result).toMatchObject({ ok: false, code: "week-invoiced" });
  });

  it.each([
    ["another provider", oakwoodManager],
    ["finance, who approve but do not record actuals", financeOfficer],
  ])("refuses %s", (_name, actor) => {
    expect(recordVisit(null, details(), { ...ctx, actor })).toMatchObject({ ok: false, code: "forbidden" });
  });
});

describe("isWeekOpen", () => {
  const locked = new Set(["2026-11-16"]);
  it.each([
    ["2026-11-16", false, "the invoiced week's Monday"],
    ["2026-11-22", false, "the invoiced week's Sunday"],
    ["2026-11-23", true, "the Monday after"],
    ["2026-11-15", true, "the Sunday before"],
  ])("%s → %s (%s)", (date, open) => {
    expect(isWeekOpen(date, locked)).toBe(open);
  });
});

describe("actualStartOn", () => {
  it.each([
    ["2026-11-16", "08:00", "08:05", "2026-11-16T08:05:00.000Z", "the same day"],
    ["2026-11-16", "23:50", "00:10", "2026-11-17T00:10:00.000Z", "started just after midnight: the next day"],
    [
      "2026-11-16",
      "00:05",
      "23:55",
      "2026-11-15T23:55:00.000Z",
      "started just before midnight: the day before",
    ],
    ["2026-07-16", "08:00", "08:05", "2026-07-16T07:05:00.000Z", "in BST"],
  ])("%s claimed %s, actual %s → %s (%s)", (date, claimed, actual, iso) => {
    expect(actualStartOn(date, claimed, actual).toISOString()).toBe(iso);
  });
});

describe("findOverlap and visitKey", () => {
  const base = stored();
  it.each([
    ["ends as the other starts", "2026-11-16T08:37:00Z", 10, false],
    ["starts as the other ends", "2026-11-16T07:55:00Z", 10, false],
    ["starts inside the other", "2026-11-16T08:36:00Z", 10, true],
    ["covers the other", "2026-11-16T07:00:00Z", 120, true],
    ["lasts no minutes", "2026-11-16T08:10:00Z", 0, false],
  ])("a visit that %s → %s", (_name, iso, minutes, overlaps) => {
    const found = findOverlap({ id: "x", actualStart: at(iso), actualMinutes: minutes }, [base]);
    expect(found !== null).toBe(overlaps);
  });

  it("names a visit by its order, date and claimed start", () => {
    expect(visitKey(base)).toBe("order-1|2026-11-16|08:00");
  });
});
