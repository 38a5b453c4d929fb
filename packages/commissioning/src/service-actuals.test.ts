import { describe, expect, it } from "vitest";
import { acceptedOrder, callVisit, fresh, value } from "./service-test-support.ts";
import {
  at,
  financeOfficer,
  NOV_16,
  OAKWOOD,
  oakwoodManager,
  SUNRISE,
  sunriseManager,
} from "./test-support.ts";

const recordedAt = at("2026-11-23T09:00:00Z");

describe("the week of actuals", () => {
  it("shows an order's planned calls and its visits with what each is paid, as the provider sees it", () => {
    const { service } = fresh();
    const order = acceptedOrder(service, SUNRISE, "SU1001");
    value(service.recordVisit(sunriseManager, callVisit(order.id), recordedAt));
    value(
      service.recordVisit(
        sunriseManager,
        callVisit(order.id, { date: "2026-11-18", claimedMinutes: 50, actualMinutes: 50 }),
        recordedAt,
      ),
    );
    value(
      service.recordVisit(
        sunriseManager,
        callVisit(order.id, {
          date: "2026-11-20",
          claimedStart: "18:30",
          claimedMinutes: 0,
          actualMinutes: 0,
          status: "missed",
          reason: "No answer at the door",
        }),
        recordedAt,
      ),
    );

    const week = value(service.viewWeek(sunriseManager, order.id, NOV_16));
    expect(week.locked).toBe(false);
    expect(week.planned.map((p) => [p.date, p.start, p.minutes, p.carers])).toEqual([
      ["2026-11-16", "08:00", 30, 1],
      ["2026-11-18", "08:00", 30, 1],
      ["2026-11-20", "18:30", 60, 1],
      ["2026-11-21", "09:00", 45, 2],
    ]);
    expect(week.visits.map((v) => [v.date, v.settlement.basis, v.settlement.explanation])).toEqual([
      ["2026-11-16", "delivered", "Paid as delivered"],
      ["2026-11-18", "awaiting-decision", "Waiting for a finance decision: 20 minutes over the 30 planned"],
      ["2026-11-20", "not-delivered", "Not paid: the visit was missed (No answer at the door)"],
    ]);
    // Finance sees the same week; the week before the order started has nothing planned.
    expect(value(service.viewWeek(financeOfficer, order.id, NOV_16)).visits).toHaveLength(3);
    expect(value(service.viewWeek(sunriseManager, order.id, "2026-10-26")).planned).toEqual([]);
  });

  it("shows a decision the finance officer made, and only this order's visits for the person", () => {
    const { service } = fresh();
    const order = acceptedOrder(service, SUNRISE, "SU1001");
    const other = acceptedOrder(service, SUNRISE, "SU1001");
    const visit = value(
      service.recordVisit(
        sunriseManager,
        callVisit(order.id, { claimedMinutes: 45, actualMinutes: 45 }),
        recordedAt,
      ),
    );
    value(
      service.decideException(
        financeOfficer,
        visit.id,
        { outcome: "cap", reason: "Plan is 30 minutes" },
        at("2026-11-24T09:00:00Z"),
      ),
    );
    const week = value(service.viewWeek(sunriseManager, order.id, NOV_16));
    expect(week.visits.map((v) => v.settlement.explanation)).toEqual([
      "Paid at the planned 30 minutes and 1 carer: Plan is 30 minutes",
    ]);
    expect(value(service.viewWeek(sunriseManager, other.id, NOV_16)).visits).toEqual([]);
  });

  it("gives another provider 'not found' for the order's week and leaves its orders off their list", () => {
    const { service } = fresh();
    const oakwood = acceptedOrder(service, OAKWOOD, "SU2001");
    value(service.recordVisit(oakwoodManager, callVisit(oakwood.id), recordedAt));
    const sunrise = acceptedOrder(service, SUNRISE, "SU1001");

    expect(service.viewWeek(sunriseManager, oakwood.id, NOV_16)).toEqual({
      ok: false,
      code: "not-found",
      message: "Page not found",
    });
    expect(service.viewWeek(sunriseManager, "no-such-order", NOV_16)).toMatchObject({ code: "not-found" });
    expect(value(service.listWeek(sunriseManager, NOV_16)).map((w) => w.order.id)).toEqual([sunrise.id]);
    expect(value(service.listWeek(oakwoodManager, NOV_16)).map((w) => w.order.id)).toEqual([oakwood.id]);
    expect(
      value(service.listWeek(financeOfficer, NOV_16))
        .map((w) => w.order.id)
        .sort(),
    ).toEqual([oakwood.id, sunrise.id].sort());
    const stranger = { subject: "x", name: "X", roles: [], organisation: OAKWOOD };
    expect(service.listWeek(stranger, NOV_16)).toMatchObject({ ok: false, code: "forbidden" });
    expect(service.viewWeek(stranger, oakwood.id, NOV_16)).toMatchObject({ ok: false, code: "not-found" });
  });

  it("lists only orders with something planned or recorded that week", () => {
    const { service } = fresh();
    acceptedOrder(service, SUNRISE, "SU1001");
    // The plan starts on 2 November 2026.
    expect(value(service.listWeek(sunriseManager, "2026-10-26"))).toEqual([]);
    expect(value(service.listWeek(sunriseManager, "2026-11-02"))).toHaveLength(1);
  });

  it("marks a week on a submitted invoice as locked", () => {
    const { service } = fresh();
    const order = acceptedOrder(service, OAKWOOD, "SU2001");
    value(service.recordVisit(oakwoodManager, callVisit(order.id), recordedAt));
    const draft = value(service.draftInvoice(oakwoodManager, OAKWOOD, NOV_16, at("2026-12-08T09:00:00Z")));
    expect(value(service.viewWeek(oakwoodManager, order.id, NOV_16)).locked).toBe(false);
    value(service.runInvoice(oakwoodManager, draft.id, { type: "submit" }, at("2026-12-08T09:05:00Z")));
    expect(value(service.viewWeek(oakwoodManager, order.id, NOV_16)).locked).toBe(true);
    expect(value(service.listWeek(oakwoodManager, NOV_16)).map((w) => w.locked)).toEqual([true]);
    expect(value(service.viewWeek(oakwoodManager, order.id, "2026-12-07")).locked).toBe(false);
  });

  it("refuses a week that does not start on a Monday", () => {
    const { service } = fresh();
    const order = acceptedOrder(service, SUNRISE, "SU1001");
    expect(() => service.viewWeek(sunriseManager, order.id, "2026-11-17")).toThrow(/Monday/);
    expect(() => service.listWeek(sunriseManager, "2026-11-17")).toThrow(/Monday/);
  });
});
