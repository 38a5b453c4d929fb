import { describe, expect, it } from "vitest";
import { MONDAY_CALL, SUNRISE_CONTRACT, sunriseVisit } from "./test-support.ts";
import { assessVisit, settleVisit } from "./variance.ts";
import { payVisit } from "./visit-payments.ts";

const HOLIDAYS = new Set<string>();

function paid(overrides: Parameters<typeof sunriseVisit>[0]) {
  const visit = sunriseVisit(overrides);
  const assessment = assessVisit(
    visit,
    visit.plannedVisitId ? MONDAY_CALL : null,
    SUNRISE_CONTRACT.tolerance,
  );
  return payVisit(visit, settleVisit(visit, assessment, null), SUNRISE_CONTRACT, HOLIDAYS);
}

describe("payVisit", () => {
  it("prices the payable minutes and carers at the contract's rates, from the actual start", () => {
    // 35 weekday day minutes at £24.00 an hour = £14.00; claimed the same.
    expect(paid({ actualMinutes: 35, claimedMinutes: 35 })).toEqual({
      visitId: "visit-1",
      providerId: "Sunrise Care Ltd",
      orderId: "order-1",
      serviceUserRef: "SU1001",
      date: "2026-11-16",
      contractNumber: "HC-2026-001",
      costCentre: "ASC-HC-01",
      status: "payable",
      basis: "delivered",
      explanation: "Paid as delivered",
      carerMinutes: 35,
      paidPence: 1400,
      claimedPence: 1400,
    });
  });

  it("prices what was claimed too, so the shortfall shows", () => {
    // 25 minutes paid (1000p) of 30 claimed (1200p).
    expect(paid({ actualMinutes: 25, claimedMinutes: 30 })).toMatchObject({
      paidPence: 1000,
      claimedPence: 1200,
    });
  });

  it("pays nothing while an exception waits for finance, though the claim is priced", () => {
    // 60 minutes over a 30-minute plan: 60 × 2400 ÷ 60 = 2400p claimed.
    expect(paid({ actualMinutes: 60, claimedMinutes: 60 })).toMatchObject({
      status: "pending",
      paidPence: 0,
      carerMinutes: 0,
      claimedPence: 2400,
    });
  });

  it("counts carer minutes: two carers for 30 minutes are 60", () => {
    const visit = sunriseVisit({ carers: 2 });
    const assessment = assessVisit(visit, { ...MONDAY_CALL, carers: 2 }, SUNRISE_CONTRACT.tolerance);
    expect(payVisit(visit, settleVisit(visit, assessment, null), SUNRISE_CONTRACT, HOLIDAYS)).toMatchObject({
      carerMinutes: 60,
      paidPence: 2400,
    });
  });

  it("refuses a contract that is not the visit provider's", () => {
    const visit = sunriseVisit();
    const settlement = settleVisit(visit, assessVisit(visit, MONDAY_CALL, SUNRISE_CONTRACT.tolerance), null);
    expect(() =>
      payVisit(visit, settlement, { ...SUNRISE_CONTRACT, providerId: "Oakwood Homecare" }, HOLIDAYS),
    ).toThrow(/not a contract of/);
  });
});
