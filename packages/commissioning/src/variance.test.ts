import { describe, expect, it } from "vitest";
import { at, financeOfficer, MONDAY_CALL, sunriseManager, sunriseVisit } from "./test-support.ts";
import {
  assessVisit,
  DEFAULT_TOLERANCE,
  decideException,
  type ExceptionDecision,
  settleVisit,
  type Tolerance,
  toleranceMinutes,
  withinTolerance,
} from "./variance.ts";

const NOW = at("2026-11-24T09:00:00Z");
const call = (minutes: number, carers = 1) => ({ ...MONDAY_CALL, minutes, carers });

describe("tolerance: 5 minutes or 10% of the planned time, whichever is more", () => {
  it.each([
    // planned, overrun, within?
    [30, 5, true, "30 planned: 10% is 3, so 5 minutes wins; exactly 5 over is within"],
    [30, 6, false, "30 planned: 6 over is beyond"],
    [45, 5, true, "45 planned: 10% is 4.5, so 5 minutes wins"],
    [45, 6, false, "45 planned: 6 over is beyond"],
    [60, 6, true, "60 planned: 10% is 6, a tie; exactly 6 over is within"],
    [60, 7, false, "60 planned: 7 over is beyond"],
    [120, 12, true, "120 planned: 10% is 12, more than 5; exactly 12 over is within"],
    [120, 13, false, "120 planned: 13 over is beyond"],
    [30, 0, true, "on time"],
  ])("%i planned, %i over → %s (%s)", (planned, over, within) => {
    expect(withinTolerance(planned, planned + over, DEFAULT_TOLERANCE)).toBe(within);
  });

  it.each([
    [{ minutes: 0, percent: 10 }, 45, 4, "percent only: 10% of 45 is 4.5, so 4 whole minutes"],
    [{ minutes: 5, percent: 0 }, 120, 5, "minutes only"],
    [{ minutes: 0, percent: 0 }, 30, 0, "no tolerance"],
    [{ minutes: 5, percent: 10 }, 240, 24, "10% of 4 hours"],
  ])("%j on %i planned minutes allows %i over (%s)", (tolerance: Tolerance, planned, allowed) => {
    expect(toleranceMinutes(planned, tolerance)).toBe(allowed);
    expect(withinTolerance(planned, planned + allowed, tolerance)).toBe(true);
    expect(withinTolerance(planned, planned + allowed + 1, tolerance)).toBe(false);
  });
});

describe("assessVisit", () => {
  it.each([
    ["on plan", {}, call(30), "auto-accepted", [], 30],
    [
      "shorter than planned: paid as delivered",
      { actualMinutes: 20, claimedMinutes: 20 },
      call(30),
      "auto-accepted",
      [],
      20,
    ],
    [
      "5 over, within tolerance",
      { actualMinutes: 35, claimedMinutes: 35 },
      call(30),
      "auto-accepted",
      [],
      35,
    ],
    [
      "6 over, beyond tolerance",
      { actualMinutes: 36, claimedMinutes: 36 },
      call(30),
      "exception",
      ["overrun"],
      36,
    ],
    [
      "50 delivered but 30 claimed: the claim is the ceiling, so on plan",
      { actualMinutes: 50, claimedMinutes: 30 },
      call(30),
      "auto-accepted",
      [],
      30,
    ],
    ["a second carer the plan does not have", { carers: 2 }, call(30), "exception", ["extra-carer"], 30],
    ["two carers where the plan says two", { carers: 2 }, call(30, 2), "auto-accepted", [], 30],
    ["one carer where the plan says two: paid for one", { carers: 1 }, call(30, 2), "auto-accepted", [], 30],
    [
      "over and with an extra carer",
      { actualMinutes: 50, claimedMinutes: 50, carers: 2 },
      call(30),
      "exception",
      ["overrun", "extra-carer"],
      50,
    ],
    ["unplanned", { plannedVisitId: null }, null, "exception", ["unplanned"], 30],
    [
      "missed",
      { status: "missed" as const, reason: "No answer", actualMinutes: 0 },
      call(30),
      "not-delivered",
      [],
      0,
    ],
    [
      "aborted after 10 minutes, unplanned: nothing to decide",
      { status: "aborted" as const, reason: "Refused entry", actualMinutes: 10, plannedVisitId: null },
      null,
      "not-delivered",
      [],
      10,
    ],
  ])("%s", (_name, overrides, planned, kind, exceptions, delivered) => {
    const assessment = assessVisit(sunriseVisit(overrides), planned, DEFAULT_TOLERANCE);
    expect(assessment).toMatchObject({ kind, exceptions, deliveredMinutes: delivered });
  });

  it("refuses a planned call that is not the visit's", () => {
    expect(() => assessVisit(sunriseVisit({ plannedVisitId: "other" }), call(30), DEFAULT_TOLERANCE)).toThrow(
      /not the planned call/,
    );
  });
});

function decision(outcome: ExceptionDecision["outcome"], visit = sunriseVisit()): ExceptionDecision {
  return {
    visitId: visit.id,
    outcome,
    reason: "Agreed with the care manager",
    by: financeOfficer.subject,
    at: NOW,
    visitRecordedAt: visit.recordedAt,
  };
}

describe("settleVisit: what is payable", () => {
  const over = sunriseVisit({ actualMinutes: 50, claimedMinutes: 50, carers: 2 });
  const overAssessment = assessVisit(over, call(30), DEFAULT_TOLERANCE);

  it("pays an auto-accepted visit as delivered", () => {
    const visit = sunriseVisit({ actualMinutes: 35, claimedMinutes: 35 });
    expect(settleVisit(visit, assessVisit(visit, call(30), DEFAULT_TOLERANCE), null)).toMatchObject({
      status: "payable",
      basis: "delivered",
      minutes: 35,
      carers: 1,
    });
  });

  it.each([
    [
      null,
      "pending",
      "awaiting-decision",
      0,
      0,
      /Waiting for a finance decision: 20 minutes over the 30 planned; 2 carers where the plan has 1/,
    ],
    ["approve" as const, "payable", "approved", 50, 2, /Finance approved: Agreed with the care manager/],
    [
      "cap" as const,
      "payable",
      "capped",
      30,
      1,
      /Paid at the planned 30 minutes and 1 carer: Agreed with the care manager/,
    ],
    [
      "reject" as const,
      "payable",
      "rejected",
      0,
      0,
      /Not paid: finance rejected it: Agreed with the care manager/,
    ],
  ])(
    "an overrun with an extra carer, decision %s → %s %s, %i minutes × %i",
    (outcome, status, basis, minutes, carers, explanation) => {
      const settled = settleVisit(over, overAssessment, outcome ? decision(outcome, over) : null);
      expect(settled).toMatchObject({ status, basis, minutes, carers });
      expect(settled.explanation).toMatch(explanation);
    },
  );

  it("says when fewer minutes were delivered than claimed", () => {
    const visit = sunriseVisit({ actualMinutes: 25, claimedMinutes: 30 });
    const settled = settleVisit(visit, assessVisit(visit, call(30), DEFAULT_TOLERANCE), null);
    expect(settled).toMatchObject({
      minutes: 25,
      explanation: "Paid as delivered: 25 of the 30 minutes claimed",
    });
  });

  it("pays nothing for a visit that was not delivered, and says why", () => {
    const visit = sunriseVisit({ status: "hospital", reason: "Admitted on Sunday", actualMinutes: 0 });
    const settled = settleVisit(visit, assessVisit(visit, call(30), DEFAULT_TOLERANCE), null);
    expect(settled).toMatchObject({ status: "payable", basis: "not-delivered", minutes: 0, carers: 0 });
    expect(settled.explanation).toBe("Not paid: the person was in hospital (Admitted on Sunday)");
  });

  it("ignores a decision made about an earlier version of the visit", () => {
    const edited = { ...over, recordedAt: at("2026-11-20T10:00:00Z") };
    const stale = decision("approve", over);
    expect(settleVisit(edited, overAssessment, stale)).toMatchObject({ status: "pending", decision: null });
  });
});

describe("decideException", () => {
  const over = sunriseVisit({ actualMinutes: 50, claimedMinutes: 50 });
  const overAssessment = assessVisit(over, call(30), DEFAULT_TOLERANCE);
  const ctx = { actor: financeOfficer, now: NOW, invoiceNumber: null };

  it("records finance's decision with its reason, for the visit as it stands", () => {
    const result = decideException(
      over,
      overAssessment,
      { outcome: "approve", reason: " Agreed with the care manager " },
      ctx,
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.value).toEqual(decision("approve", over));
    expect(result.events).toEqual([
      {
        type: "exception-decided",
        visitId: "visit-1",
        outcome: "approve",
        at: NOW,
        by: financeOfficer.subject,
      },
    ]);
  });

  it.each([
    [
      "a provider decides",
      over,
      overAssessment,
      { outcome: "approve" as const, reason: "ok" },
      { ...ctx, actor: sunriseManager },
      "forbidden",
    ],
    [
      "there is no reason",
      over,
      overAssessment,
      { outcome: "cap" as const, reason: "" },
      ctx,
      "reason-required",
    ],
    [
      "the visit is not an exception",
      sunriseVisit(),
      assessVisit(sunriseVisit(), call(30), DEFAULT_TOLERANCE),
      { outcome: "approve" as const, reason: "ok" },
      ctx,
      "not-an-exception",
    ],
    [
      "an unplanned visit is capped: there is no plan to cap at",
      sunriseVisit({ plannedVisitId: null }),
      assessVisit(sunriseVisit({ plannedVisitId: null }), null, DEFAULT_TOLERANCE),
      { outcome: "cap" as const, reason: "ok" },
      ctx,
      "cannot-cap",
    ],
    [
      "the visit is already on a submitted invoice",
      over,
      overAssessment,
      { outcome: "reject" as const, reason: "ok" },
      { ...ctx, invoiceNumber: "SUN01-20261102" },
      "invoiced",
    ],
  ])("refuses when %s", (_name, visit, assessment, command, context, code) => {
    expect(decideException(visit, assessment, command, context)).toMatchObject({ ok: false, code });
  });
});
