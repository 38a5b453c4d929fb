import { applyMigrations, createSqliteCommissioningStore, openDatabase } from "@portal/db";
import { describe, expect, it } from "vitest";
import type { Contract } from "./contracts.ts";
import { type Commissioning, createCommissioning, type Result } from "./service.ts";
import {
  at,
  financeOfficer,
  OAKWOOD,
  OAKWOOD_PROVIDER,
  oakwoodManager,
  orderTerms,
  SUNRISE,
  SUNRISE_CONTRACT,
  SUNRISE_PROVIDER,
  sunriseManager,
} from "./test-support.ts";

const OAKWOOD_CONTRACT: Contract = {
  ...SUNRISE_CONTRACT,
  id: "contract-2",
  providerId: OAKWOOD,
  number: "HC-2026-002",
};

function fresh() {
  const db = openDatabase(":memory:");
  applyMigrations(db);
  const store = createSqliteCommissioningStore(db);
  store.providers.save(SUNRISE_PROVIDER);
  store.providers.save(OAKWOOD_PROVIDER);
  store.contracts.save(SUNRISE_CONTRACT);
  store.contracts.save(OAKWOOD_CONTRACT);
  let serial = 0;
  const service = createCommissioning({
    store,
    invoiceAnchor: "2026-11-09",
    teams: ["Brokerage", "Finance"],
    newId: () => `id-${++serial}`,
  });
  const auditCount = () =>
    db.$client.prepare("SELECT count(*) AS n FROM audit_events").get() as { n: number };
  return { db, store, service, auditCount };
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.value;
}

/** Finance issues an order on `contractId` and the provider accepts it. */
function acceptedOrder(service: Commissioning, contractId: string, person: string) {
  const issued = value(
    service.issueOrder(
      financeOfficer,
      { contractId, serviceUserRef: person, terms: orderTerms() },
      at("2026-10-30T10:00:00Z"),
    ),
  );
  const staff = contractId === OAKWOOD_CONTRACT.id ? oakwoodManager : sunriseManager;
  return value(service.runOrder(staff, issued.id, { type: "accept" }, at("2026-10-30T11:00:00Z")));
}

/**
 * Oakwood's month: an order, a 45-minute visit on a 30-minute call (an exception finance caps), an
 * invoice submitted, approved and paid, and a query about the order.
 */
function oakwoodRecords(h: ReturnType<typeof fresh>) {
  const { service } = h;
  const order = acceptedOrder(service, OAKWOOD_CONTRACT.id, "SU2001");
  const visit = value(
    service.recordVisit(
      oakwoodManager,
      {
        orderId: order.id,
        date: "2026-11-16",
        claimedStart: "08:00",
        claimedMinutes: 45,
        actualStart: at("2026-11-16T08:00:00Z"),
        actualMinutes: 45,
        carers: 1,
        status: "completed",
        reason: null,
        plannedVisitId: `${order.id}:2026-11-16:08:00`,
      },
      at("2026-11-16T12:00:00Z"),
    ),
  );
  value(
    service.decideException(
      financeOfficer,
      visit.id,
      { outcome: "cap", reason: "Plan is 30 minutes" },
      at("2026-11-17T09:00:00Z"),
    ),
  );
  const draft = value(
    service.draftInvoice(oakwoodManager, OAKWOOD, "2026-11-16", at("2026-12-08T09:00:00Z")),
  );
  value(service.runInvoice(oakwoodManager, draft.id, { type: "submit" }, at("2026-12-08T09:05:00Z")));
  value(service.runInvoice(financeOfficer, draft.id, { type: "approve" }, at("2026-12-09T09:00:00Z")));
  value(service.exportPayments(financeOfficer, "PAY-20261210", at("2026-12-10T09:00:00Z")));
  const query = value(
    service.raiseQuery(
      oakwoodManager,
      { about: { kind: "order", id: order.id }, team: "Brokerage", title: "Times", text: "Can it move?" },
      at("2026-12-11T09:00:00Z"),
    ),
  );
  return { order, visit, invoiceId: draft.id, query };
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
    const order = acceptedOrder(h.service, SUNRISE_CONTRACT.id, "SU1001");
    const visit = value(
      h.service.recordVisit(
        sunriseManager,
        {
          orderId: order.id,
          date: "2026-11-16",
          claimedStart: "12:00",
          claimedMinutes: 20,
          actualStart: at("2026-11-16T12:00:00Z"),
          actualMinutes: 20,
          carers: 1,
          status: "completed",
          reason: null,
          plannedVisitId: null,
        },
        at("2026-11-16T13:00:00Z"),
      ),
    );
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
      s.runOrder(sunriseManager, order.id, { type: "accept" }, now),
      s.runOrder(sunriseManager, order.id, { type: "reject", reason: "No", authenticatedAt: now }, now),
      s.recordVisit(
        sunriseManager,
        {
          orderId: order.id,
          date: "2026-11-18",
          claimedStart: "08:00",
          claimedMinutes: 30,
          actualStart: at("2026-11-18T08:00:00Z"),
          actualMinutes: 30,
          carers: 1,
          status: "completed",
          reason: null,
          plannedVisitId: null,
        },
        now,
      ),
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
    expect(h.auditCount()).toEqual(before);
    expect(h.store.visits.listForProvider(OAKWOOD, null)).toHaveLength(1);
  });

  it("imports a file, updates (never duplicates) on a second file, and refuses a repeated reference writing nothing", () => {
    const h = fresh();
    acceptedOrder(h.service, SUNRISE_CONTRACT.id, "SU1001");
    const header =
      "FileReference,ProviderRef,ContractNumber,ServiceUserRef,WeekEnding,ServiceType,VisitDate,StartTimeClaimed,DurationClaimed,ActualStartTime,ActualDuration,SecondaryVisit,NumberOfCarers";
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
