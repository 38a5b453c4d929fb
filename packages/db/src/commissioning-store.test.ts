import { describe, expect, it } from "vitest";
import { createSqliteCommissioningStore } from "./commissioning-store.ts";
import type { Contract, Invoice, Query, ServiceOrder, Visit } from "./commissioning-types.ts";
import { openDatabase } from "./connection.ts";
import { applyMigrations } from "./migrate.ts";
import { auditEvents, visits } from "./schema.ts";

function fresh() {
  const db = openDatabase(":memory:");
  applyMigrations(db);
  const store = createSqliteCommissioningStore(db);
  store.providers.save({
    id: "Sunrise Care Ltd",
    name: "Sunrise Care Ltd",
    ref: "SUN01",
    supplierRef: "100234",
  });
  store.contracts.save(contract);
  store.orders.save(order);
  return { db, store };
}

const contract: Contract = {
  id: "contract-1",
  providerId: "Sunrise Care Ltd",
  number: "HC-2026-001",
  serviceType: "HOME CARE",
  costCentre: "ASC-HC-01",
  rates: {
    bandStarts: { day: 420, evening: 1140, night: 1320 },
    pencePerHour: {
      weekday: { day: 2400, evening: 2640, night: 2880 },
      weekend: { day: 2700, evening: 2940, night: 3180 },
      "bank-holiday": { day: 3600, evening: 3960, night: 4320 },
    },
  },
  tolerance: { minutes: 5, percent: 10 },
};

const order: ServiceOrder = {
  id: "order-1",
  providerId: "Sunrise Care Ltd",
  contractId: "contract-1",
  serviceUserRef: "SU1001",
  versions: [
    {
      version: 1,
      effectiveFrom: "2026-11-02",
      terms: {
        startDate: "2026-11-02",
        endDate: null,
        calls: [{ weekday: 1, start: "08:00", minutes: 30, carers: 1 }],
      },
      issuedAt: new Date("2026-10-30T10:00:00Z"),
      decision: {
        outcome: "accepted",
        by: "user-sunrise",
        at: new Date("2026-10-30T11:00:00Z"),
        reason: null,
      },
    },
    {
      version: 2,
      effectiveFrom: "2026-11-23",
      terms: { startDate: "2026-11-02", endDate: "2027-03-31", calls: [] },
      issuedAt: new Date("2026-11-20T10:00:00Z"),
      decision: null,
    },
  ],
};

const visit: Visit = {
  id: "visit-1",
  providerId: "Sunrise Care Ltd",
  orderId: "order-1",
  serviceUserRef: "SU1001",
  date: "2026-11-16",
  claimedStart: "08:00",
  claimedMinutes: 30,
  actualStart: new Date("2026-11-16T08:02:00Z"),
  actualMinutes: 31,
  carers: 1,
  status: "completed",
  reason: null,
  plannedVisitId: "order-1:2026-11-16:08:00",
  source: { kind: "file", fileReference: "SUN-W47", row: 2 },
  recordedAt: new Date("2026-11-16T10:00:00Z"),
  recordedBy: "user-sunrise",
};

const invoice: Invoice = {
  id: "inv-1",
  number: "SUN01-20261109",
  providerId: "Sunrise Care Ltd",
  period: { number: 12, start: "2026-11-09", end: "2026-12-06" },
  status: "rejected",
  lines: [
    {
      orderId: "order-1",
      serviceUserRef: "SU1001",
      contractNumber: "HC-2026-001",
      costCentre: "ASC-HC-01",
      visits: [
        {
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
          carerMinutes: 30,
          paidPence: 1200,
          claimedPence: 1200,
        },
      ],
      carerMinutes: 30,
      pence: 1200,
    },
  ],
  totalPence: 1200,
  submittedAt: new Date("2026-12-08T09:00:00Z"),
  approvedAt: null,
  paidAt: null,
  paymentRun: null,
  rejection: { reason: "Wrong week", by: "user-finance", at: new Date("2026-12-09T09:00:00Z") },
};

describe("the SQLite commissioning store", () => {
  it("keeps providers, contracts (rate card JSON) and orders (versions with their instants) as given", () => {
    const { store } = fresh();
    expect(store.providers.load("Sunrise Care Ltd")?.ref).toBe("SUN01");
    expect(store.contracts.load("contract-1")).toEqual(contract);
    expect(store.contracts.listForProvider("Sunrise Care Ltd")).toEqual([contract]);
    expect(store.orders.load("order-1")).toEqual(order);
    expect(store.orders.list("Sunrise Care Ltd")).toEqual([order]);
    expect(store.orders.list("Oakwood Homecare")).toEqual([]);
    expect(store.orders.list(null)).toEqual([order]);
    expect(store.orders.load("nope")).toBeUndefined();
  });

  it("keeps a visit and its source, and saving it again updates the one row", () => {
    const { store } = fresh();
    store.visits.save(visit, true);
    expect(store.visits.load("visit-1")).toEqual(visit);
    expect(store.visits.findByKey("order-1", "2026-11-16", "08:00")).toEqual(visit);
    expect(store.visits.listAwaitingDecision().map((v) => v.id)).toEqual(["visit-1"]);
    const edited = { ...visit, actualMinutes: 40, source: { kind: "calendar" as const } };
    store.visits.save(edited, false);
    expect(store.visits.listForProvider("Sunrise Care Ltd", null)).toEqual([edited]);
    expect(store.visits.listForPerson("Sunrise Care Ltd", "SU1001", "2026-11-15", "2026-11-17")).toEqual([
      edited,
    ]);
    expect(store.visits.listForPerson("Sunrise Care Ltd", "SU1001", "2026-11-17", "2026-11-18")).toEqual([]);
    expect(store.visits.listForProvider("Sunrise Care Ltd", "2026-11-15")).toEqual([]);
    expect(store.visits.listAwaitingDecision()).toEqual([]);
  });

  it("stores visits and audit events column for column as drizzle does (its hand-written SQL)", () => {
    const { db, store } = fresh();
    const raw = (from: typeof db, table: string) =>
      from.$client.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all();
    const calendar = {
      ...visit,
      id: "visit-2",
      claimedStart: "09:00",
      source: { kind: "calendar" as const },
    };
    store.visits.save(visit, true);
    store.visits.save(calendar, false);
    const events = [
      {
        occurredAt: new Date("2026-11-16T10:00:00Z"),
        action: "visit-recorded",
        actorSubject: "user-sunrise",
        actorRoles: ["provider:user"],
        actorOrganisation: "Sunrise Care Ltd",
        portal: "providers",
        itemId: "visit-1",
        details: { orderId: "order-1", row: 2, nested: { a: [1, null, "x"] } },
      },
      {
        occurredAt: new Date("2026-11-16T10:00:01Z"),
        action: "sign-in",
        actorSubject: null,
        actorRoles: null,
        portal: "providers",
        itemId: null,
        details: null,
      },
    ];
    for (const event of events) store.audit.append(event);

    const other = fresh();
    for (const [v, flag] of [
      [visit, true],
      [calendar, false],
    ] as const) {
      const { source, ...rest } = v;
      other.db
        .insert(visits)
        .values({
          ...rest,
          fileReference: source.kind === "file" ? source.fileReference : null,
          fileRow: source.kind === "file" ? source.row : null,
          awaitingDecision: flag,
        })
        .run();
    }
    for (const event of events)
      other.db
        .insert(auditEvents)
        .values({ ...event, actorOrganisation: event.actorOrganisation ?? null })
        .run();
    expect(raw(db, "visits")).toEqual(raw(other.db, "visits"));
    expect(raw(db, "audit_events")).toEqual(raw(other.db, "audit_events"));
    expect(store.audit.listForItem("visit-1")).toEqual(other.store.audit.listForItem("visit-1"));
  });

  it("refuses a second visit with the same order, date and claimed start", () => {
    const { store } = fresh();
    store.visits.save(visit, false);
    expect(() => store.visits.save({ ...visit, id: "visit-2" }, false)).toThrow(/UNIQUE/);
  });

  it("keeps the current exception decision and takes the visit off finance's list", () => {
    const { store } = fresh();
    store.visits.save(visit, true);
    const decision = {
      visitId: "visit-1",
      outcome: "cap" as const,
      reason: "Plan is 30 minutes",
      by: "user-finance",
      at: new Date("2026-11-18T09:00:00Z"),
      visitRecordedAt: visit.recordedAt,
    };
    store.decisions.save(decision);
    expect(store.decisions.load("visit-1")).toEqual(decision);
    expect(store.visits.listAwaitingDecision()).toEqual([]);
    store.decisions.save({ ...decision, outcome: "approve" });
    expect(store.decisions.load("visit-1")?.outcome).toBe("approve");
  });

  it("refuses a file reference the provider has used, whatever its case or spaces", () => {
    const { store } = fresh();
    const file = {
      id: "file-1",
      providerId: "Sunrise Care Ltd",
      fileReference: "SUN-W47",
      uploadedAt: new Date("2026-11-23T09:00:00Z"),
      uploadedBy: "user-sunrise",
      summary: { read: 1, new: 1, updated: 0, unchanged: 0, additionalCarers: 0, rejected: 0 },
    };
    expect(store.imports.insert(file)).toBe("inserted");
    expect(store.imports.insert({ ...file, id: "file-2", fileReference: " sun-w47 " })).toBe("duplicate");
    expect(store.imports.references("Sunrise Care Ltd")).toEqual(["SUN-W47"]);
  });

  it("keeps an invoice with its lines and snapshot, one per provider per period", () => {
    const { store } = fresh();
    expect(store.invoices.insert(invoice)).toBe("inserted");
    expect(store.invoices.load("inv-1")).toEqual(invoice);
    expect(store.invoices.insert({ ...invoice, id: "inv-2", number: "other" })).toBe("period-taken");
    const paid: Invoice = {
      ...invoice,
      status: "paid",
      lines: [],
      totalPence: 0,
      paidAt: new Date("2026-12-10T09:00:00Z"),
      paymentRun: "PAY-1",
    };
    store.invoices.update(paid);
    expect(store.invoices.load("inv-1")).toEqual(paid);
    expect(store.invoices.listForProvider("Sunrise Care Ltd")).toEqual([paid]);
    expect(store.invoices.listByStatus("paid")).toEqual([paid]);
    expect(store.invoices.listByStatus("approved")).toEqual([]);
    expect(() => store.invoices.update({ ...paid, id: "nope" })).toThrow(/No invoice/);
  });

  it("keeps a query and appends its replies", () => {
    const { store } = fresh();
    const query: Query = {
      id: "query-1",
      providerId: "Sunrise Care Ltd",
      about: { kind: "order", id: "order-1" },
      team: "Brokerage",
      title: "Start time",
      status: "open",
      messages: [
        {
          at: new Date("2026-11-20T09:00:00Z"),
          by: "user-sunrise",
          name: "Ruth",
          side: "provider",
          text: "Can it be 08:30?",
        },
      ],
      raisedAt: new Date("2026-11-20T09:00:00Z"),
      closedAt: null,
    };
    store.queries.save(query);
    const answered: Query = {
      ...query,
      status: "answered",
      messages: [
        ...query.messages,
        {
          at: new Date("2026-11-20T10:00:00Z"),
          by: "user-finance",
          name: "Fran",
          side: "council",
          text: "Yes",
        },
      ],
    };
    store.queries.save(answered);
    expect(store.queries.load("query-1")).toEqual(answered);
    expect(store.queries.list("Sunrise Care Ltd")).toEqual([answered]);
    expect(store.queries.list("Oakwood Homecare")).toEqual([]);
  });

  it("rolls a durable transaction back whole when the work throws", () => {
    const { store } = fresh();
    expect(() =>
      store.durably(() => {
        store.visits.save(visit, false);
        throw new Error("stop");
      }),
    ).toThrow("stop");
    expect(store.visits.load("visit-1")).toBeUndefined();
  });
});
