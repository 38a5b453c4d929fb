import { describe, expect, it } from "vitest";
import { ACTUALS_COLUMNS } from "./csv-import.ts";
import type { Result } from "./service.ts";
import {
  acceptedOrder,
  callVisit,
  fresh,
  type Harness,
  OAKWOOD_CONTRACT,
  overrun,
  paidOakwoodInvoice,
  unplanned,
  value,
} from "./service-test-support.ts";
import { at, financeOfficer, OAKWOOD, oakwoodManager, SUNRISE, sunriseManager } from "./test-support.ts";

/**
 * Oakwood's month: an order, a 45-minute visit on a 30-minute call (an exception finance caps), an
 * invoice submitted, approved and paid, and a query about the order.
 */
function oakwoodRecords(h: Harness) {
  const { service } = h;
  const order = acceptedOrder(service, OAKWOOD, "SU2001");
  const visit = overrun(service, OAKWOOD, order.id);
  value(
    service.decideException(
      financeOfficer,
      visit.id,
      { outcome: "cap", reason: "Plan is 30 minutes" },
      at("2026-11-17T09:00:00Z"),
    ),
  );
  const { invoice } = paidOakwoodInvoice(service);
  const query = value(
    service.raiseQuery(
      oakwoodManager,
      { about: { kind: "order", id: order.id }, team: "Brokerage", title: "Times", text: "Can it move?" },
      at("2026-12-11T09:00:00Z"),
    ),
  );
  return { order, visit, invoiceId: invoice.id, query };
}

describe("the commissioning service", () => {
  it("takes an order through to payment, auditing every change against its record", () => {
    const h = fresh();
    const { order, visit, invoiceId } = oakwoodRecords(h);
    const actions = (id: string) => h.store.audit.listForItem(id).map((e) => [e.action, e.actorSubject]);
    expect(actions(order.id)).toEqual([
      ["order-issued", financeOfficer.subject],
      ["order-accepted", oakwoodManager.subject],
    ]);
    expect(actions(visit.id)).toEqual([
      ["visit-recorded", oakwoodManager.subject],
      ["exception-decided", financeOfficer.subject],
    ]);
    expect(actions(invoiceId)).toEqual([
      ["invoice-drafted", oakwoodManager.subject],
      ["invoice-submitted", oakwoodManager.subject],
      ["invoice-approved", financeOfficer.subject],
      ["invoice-paid", financeOfficer.subject],
    ]);
    expect(actions("PAY-20261210")).toEqual([["payments-exported", financeOfficer.subject]]);
    // Capped at the planned 30 minutes, Monday daytime at £24.00 an hour.
    const invoice = value(h.service.viewInvoice(financeOfficer, invoiceId));
    expect(invoice).toMatchObject({ status: "paid", paymentRun: "PAY-20261210", totalPence: 1200 });
    const advice = value(h.service.remittance(oakwoodManager, invoiceId));
    expect(advice.notPaid).toEqual([
      expect.objectContaining({ visitId: visit.id, claimedPence: 1800, paidPence: 1200 }),
    ]);
  });

  it("puts an exception on finance's list until it is decided, and only finance may see the list", () => {
    const h = fresh();
    const order = acceptedOrder(h.service, SUNRISE, "SU1001");
    const visit = unplanned(h.service, SUNRISE, order.id, "2026-11-16");
    expect(
      value(h.service.listExceptions(financeOfficer)).map((e) => [e.visit.id, e.assessment.exceptions]),
    ).toEqual([[visit.id, ["unplanned"]]]);
    expect(h.service.listExceptions(sunriseManager)).toMatchObject({ ok: false, code: "forbidden" });
    const capped = h.service.decideException(
      financeOfficer,
      visit.id,
      { outcome: "cap", reason: "x" },
      at("2026-11-17T09:00:00Z"),
    );
    expect(capped).toMatchObject({ ok: false, code: "cannot-cap" });
    value(
      h.service.decideException(
        financeOfficer,
        visit.id,
        { outcome: "approve", reason: "Agreed by phone" },
        at("2026-11-17T09:00:00Z"),
      ),
    );
    expect(value(h.service.listExceptions(financeOfficer))).toEqual([]);
  });

  it("gives a Sunrise user 'not found' for every Oakwood record, in every read and command, and writes nothing", () => {
    const h = fresh();
    const { order, visit, invoiceId, query } = oakwoodRecords(h);
    const before = h.auditCount();
    const now = at("2026-12-12T09:00:00Z");
    const s = h.service;
    const attempts: Result<unknown>[] = [
      s.viewOrder(sunriseManager, order.id),
      s.viewContract(sunriseManager, order.contractId),
      s.runOrder(sunriseManager, order.id, { type: "accept" }, now),
      s.runOrder(sunriseManager, order.id, { type: "reject", reason: "No", authenticatedAt: now }, now),
      s.recordVisit(sunriseManager, callVisit(order.id, { date: "2026-11-18", plannedVisitId: null }), now),
      s.decideException(sunriseManager, visit.id, { outcome: "approve", reason: "Mine" }, now),
      s.listInvoices(sunriseManager, OAKWOOD),
      s.viewInvoice(sunriseManager, invoiceId),
      s.draftInvoice(sunriseManager, OAKWOOD, "2026-12-07", now),
      s.runInvoice(sunriseManager, invoiceId, { type: "refresh" }, now),
      s.runInvoice(sunriseManager, invoiceId, { type: "submit" }, now),
      s.remittance(sunriseManager, invoiceId),
      s.viewQuery(sunriseManager, query.id),
      s.runQuery(sunriseManager, query.id, { type: "reply", text: "Hello" }, now),
      s.raiseQuery(
        sunriseManager,
        { about: { kind: "order", id: order.id }, team: "Brokerage", title: "T", text: "X" },
        now,
      ),
      s.raiseQuery(
        sunriseManager,
        { about: { kind: "invoice", id: invoiceId }, team: "Brokerage", title: "T", text: "X" },
        now,
      ),
    ];
    for (const attempt of attempts)
      expect(attempt).toEqual({ ok: false, code: "not-found", message: "Page not found" });
    expect(s.listOrders(sunriseManager)).toEqual([]);
    expect(s.listQueries(sunriseManager)).toEqual([]);
    expect(s.listOrders(financeOfficer).map((o) => o.id)).toEqual([order.id]);
    expect(value(s.viewContract(financeOfficer, order.contractId)).number).toBe(OAKWOOD_CONTRACT.number);
    expect(value(s.viewContract(oakwoodManager, order.contractId)).number).toBe(OAKWOOD_CONTRACT.number);
    expect(h.auditCount()).toEqual(before);
    expect(h.store.visits.listForProvider(OAKWOOD, null)).toHaveLength(1);
  });

  it("imports a file, updates (never duplicates) on a second file, and refuses a repeated reference writing nothing", () => {
    const h = fresh();
    acceptedOrder(h.service, SUNRISE, "SU1001");
    const header = ACTUALS_COLUMNS.join(",");
    const file = (reference: string, wednesdayMinutes: number) =>
      [
        header,
        `${reference},SUN01,HC-2026-001,SU1001,22/11/2026,HOME CARE,16/11/2026,08:00,00:30:00,08:00,00:30:00,False,1`,
        `${reference},SUN01,HC-2026-001,SU1001,22/11/2026,HOME CARE,18/11/2026,08:00,00:30:00,08:05,00:${wednesdayMinutes}:00,False,1`,
      ].join("\r\n");
    const now = at("2026-11-23T09:00:00Z");

    const first = value(h.service.importActuals(sunriseManager, file("SUN-W47", 28), now));
    expect(first.summary).toMatchObject({ read: 2, new: 2, updated: 0, rejected: 0 });
    const ids = h.store.visits.listForProvider(SUNRISE, null).map((v) => v.id);
    expect(ids).toHaveLength(2);

    const second = value(h.service.importActuals(sunriseManager, file("SUN-W47B", 25), now));
    expect(second.summary).toMatchObject({ read: 2, new: 0, updated: 1, unchanged: 1 });
    const after = h.store.visits.listForProvider(SUNRISE, null);
    expect(after.map((v) => v.id)).toEqual(ids);
    expect(after.map((v) => v.actualMinutes)).toEqual([30, 25]);
    expect(after[1]?.source).toEqual({ kind: "file", fileReference: "SUN-W47B", row: 3 });
    expect(h.store.audit.listForItem(first.fileId).map((e) => e.action)).toEqual(["actuals-imported"]);
    expect(h.store.audit.listForItem(ids[1]!).map((e) => e.action)).toEqual([
      "visit-recorded",
      "visit-updated",
    ]);

    const auditBefore = h.auditCount();
    const repeated = h.service.importActuals(sunriseManager, file("sun-w47", 40), at("2026-11-23T10:00:00Z"));
    expect(repeated).toMatchObject({ ok: false, code: "duplicate-file" });
    expect(h.store.visits.listForProvider(SUNRISE, null)).toEqual(after);
    expect(h.store.imports.references(SUNRISE)).toEqual(["SUN-W47", "SUN-W47B"]);
    expect(h.auditCount()).toEqual(auditBefore);
  });

  it("lets only a provider's own staff import, and nobody without a role do anything", () => {
    const h = fresh();
    const stranger = { subject: "x", name: "X", roles: [], organisation: SUNRISE };
    expect(h.service.importActuals(financeOfficer, "a", at("2026-11-23T09:00:00Z"))).toMatchObject({
      code: "forbidden",
    });
    expect(h.service.importActuals(stranger, "a", at("2026-11-23T09:00:00Z"))).toMatchObject({
      code: "forbidden",
    });
    expect(h.service.listOrders(stranger)).toEqual([]);
    expect(h.service.listInvoices(stranger, SUNRISE)).toMatchObject({ code: "not-found" });
  });
});
