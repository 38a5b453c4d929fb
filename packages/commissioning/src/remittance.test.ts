import { describe, expect, it } from "vitest";
import { remittanceAdvice } from "./remittance.ts";
import { at, sunriseInvoice, visitPayment } from "./test-support.ts";

const PAYMENTS = [
  visitPayment(),
  visitPayment({
    visitId: "visit-2",
    date: "2026-11-18",
    basis: "capped",
    explanation: "Paid at the planned 30 minutes and 1 carer: Not agreed in advance",
    carerMinutes: 30,
    paidPence: 1200,
    claimedPence: 2000,
  }),
  visitPayment({
    visitId: "visit-3",
    date: "2026-11-20",
    basis: "not-delivered",
    explanation: "Not paid: the visit was missed (No answer at the door)",
    carerMinutes: 0,
    paidPence: 0,
    claimedPence: 0,
  }),
  visitPayment({
    visitId: "visit-4",
    orderId: "order-2",
    serviceUserRef: "SU1002",
    basis: "rejected",
    explanation: "Not paid: finance rejected it: Duplicate of visit-1",
    carerMinutes: 0,
    paidPence: 0,
    claimedPence: 1200,
  }),
  visitPayment({
    visitId: "visit-5",
    orderId: "order-2",
    serviceUserRef: "SU1002",
    date: "2026-11-19",
    explanation: "Paid as delivered: 25 of the 30 minutes claimed",
    carerMinutes: 25,
    paidPence: 1000,
    claimedPence: 1200,
  }),
];

describe("remittanceAdvice", () => {
  it("says what was paid, line by line, once the invoice is paid", () => {
    const advice = remittanceAdvice(sunriseInvoice("paid", PAYMENTS));
    expect(advice).toMatchObject({
      invoiceNumber: "SUN01-20261109",
      period: { start: "2026-11-09", end: "2026-12-06" },
      paidAt: at("2026-12-08T09:00:00Z"),
      paymentRun: "PAY-20261210",
      claimedPence: 5600,
      paidPence: 3400,
    });
    expect(advice?.lines).toEqual([
      {
        orderId: "order-1",
        serviceUserRef: "SU1001",
        contractNumber: "HC-2026-001",
        visits: 3,
        carerMinutes: 60,
        pence: 2400,
      },
      {
        orderId: "order-2",
        serviceUserRef: "SU1002",
        contractNumber: "HC-2026-001",
        visits: 2,
        carerMinutes: 25,
        pence: 1000,
      },
    ]);
  });

  it("lists every visit not paid in full, and why, in invoice order", () => {
    const advice = remittanceAdvice(sunriseInvoice("paid", PAYMENTS));
    expect(advice?.notPaid).toEqual([
      {
        visitId: "visit-2",
        serviceUserRef: "SU1001",
        date: "2026-11-18",
        claimedPence: 2000,
        paidPence: 1200,
        unpaidPence: 800,
        reason: "Paid at the planned 30 minutes and 1 carer: Not agreed in advance",
      },
      {
        visitId: "visit-3",
        serviceUserRef: "SU1001",
        date: "2026-11-20",
        claimedPence: 0,
        paidPence: 0,
        unpaidPence: 0,
        reason: "Not paid: the visit was missed (No answer at the door)",
      },
      {
        visitId: "visit-4",
        serviceUserRef: "SU1002",
        date: "2026-11-16",
        claimedPence: 1200,
        paidPence: 0,
        unpaidPence: 1200,
        reason: "Not paid: finance rejected it: Duplicate of visit-1",
      },
      {
        visitId: "visit-5",
        serviceUserRef: "SU1002",
        date: "2026-11-19",
        claimedPence: 1200,
        paidPence: 1000,
        unpaidPence: 200,
        reason: "Paid as delivered: 25 of the 30 minutes claimed",
      },
    ]);
  });

  it("adds up: what was paid plus what was not equals what was claimed", () => {
    const advice = remittanceAdvice(sunriseInvoice("paid", PAYMENTS));
    const unpaid = advice?.notPaid.reduce((sum, v) => sum + v.unpaidPence, 0) ?? -1;
    expect((advice?.paidPence ?? 0) + unpaid).toBe(advice?.claimedPence);
  });

  it.each([["draft" as const], ["submitted" as const], ["approved" as const]])(
    "has no remittance for a %s invoice: nothing has been paid yet",
    (status) => {
      expect(remittanceAdvice(sunriseInvoice(status, PAYMENTS))).toBeNull();
    },
  );
});
