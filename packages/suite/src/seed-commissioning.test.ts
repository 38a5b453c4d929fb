import { type Actor, orderStatus, periodContaining, sumPence } from "@portal/commissioning";
import { openCommissioning } from "@portal/commissioning/open";
import type { Commissioning, Result } from "@portal/commissioning/service";
import { parseEnv } from "@portal/config";
import { applyMigrations, createSqliteCommissioningStore, openDatabase } from "@portal/db";
import { addDays, londonDateOf, londonInstant, weekStarting } from "@portal/intake/london-clock";
import { beforeAll, describe, expect, it } from "vitest";
import {
  E2E_SERVICE_USER,
  lastCompletedPeriod,
  OAKWOOD,
  SUNRISE,
  seedDemoCommissioning,
} from "./seed-commissioning.ts";

const env = parseEnv({});
const finance: Actor = {
  subject: "finance@council.example.org",
  name: "Fran Ali",
  roles: ["finance:officer"],
  organisation: "Council finance",
};
const sunrise: Actor = {
  subject: "manager@sunrise-care.example.org",
  name: "Ruth Green",
  roles: ["provider:user"],
  organisation: SUNRISE.id,
};

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.value;
}

function count(db: ReturnType<typeof openDatabase>, table: string): number {
  return (db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

const NOWS = [
  // A Thursday in the middle of period 9 (16 November – 13 December 2026 from the default anchor).
  "2026-12-03T12:00:00Z",
  // 08:00 on the Monday period 10 starts: period 9 ended last night, before Oakwood's 10:00 submission.
  "2026-12-14T08:00:00Z",
  // British Summer Time, in the last week of a period.
  "2027-07-15T09:30:00+01:00",
];

describe.each(NOWS)("the demo commissioning seed at %s", (iso) => {
  const now = new Date(iso);
  const today = londonDateOf(now);
  const thisWeek = weekStarting(today);
  const last = lastCompletedPeriod(env.INVOICE_PERIOD_ANCHOR, today);
  let db: ReturnType<typeof openDatabase>;
  let service: Commissioning;

  beforeAll(() => {
    db = openDatabase(":memory:");
    applyMigrations(db);
    service = openCommissioning(db, env);
    expect(seedDemoCommissioning(db, env, now)).not.toBeNull();
  }, 30_000);

  it("seeds only once", () => {
    const tables = [
      "providers",
      "provider_contracts",
      "service_orders",
      "visits",
      "invoices",
      "audit_events",
    ];
    const before = tables.map((t) => count(db, t));
    expect(seedDemoCommissioning(db, env, now)).toBeNull();
    expect(tables.map((t) => count(db, t))).toEqual(before);
  });

  it("makes about thirty orders for the two providers, in each state", () => {
    const orders = service.listOrders(finance);
    const statuses = (providerId: string) =>
      orders
        .filter((o) => o.providerId === providerId)
        .map(orderStatus)
        .sort()
        .join(",");
    expect(orders).toHaveLength(30);
    expect(statuses(SUNRISE.id)).toBe(`${"accepted,".repeat(16)}changed,new`);
    expect(statuses(OAKWOOD.id)).toBe(`${"accepted,".repeat(10)}new,rejected`);
    const rejected = orders.find((o) => orderStatus(o) === "rejected");
    expect(rejected?.versions.at(-1)?.decision?.reason).toMatch(/cannot staff/);
    expect(new Set(orders.map((o) => o.serviceUserRef)).size).toBe(30);
  });

  it("leaves SU1030 new for the end-to-end test, starting on the last completed period's first day", () => {
    const order = service.listOrders(sunrise).find((o) => o.serviceUserRef === E2E_SERVICE_USER);
    expect(order && orderStatus(order)).toBe("new");
    const version = order!.versions[0]!;
    expect(version.terms).toEqual({
      startDate: last.start,
      endDate: null,
      calls: [1, 3, 5].map((weekday) => ({ weekday, start: "09:00", minutes: 45, carers: 1 })),
    });
    expect(londonDateOf(version.issuedAt)).toBe(addDays(today, -1));
    const store = createSqliteCommissioningStore(db);
    expect(store.visits.listForPerson(SUNRISE.id, E2E_SERVICE_USER, "2000-01-01", "2999-12-31")).toEqual([]);
  });

  it("records visits for the eight complete weeks before this one, and none this week", () => {
    const store = createSqliteCommissioningStore(db);
    const visits = [SUNRISE.id, OAKWOOD.id].flatMap((p) => store.visits.listForProvider(p, null));
    expect(visits.length).toBeGreaterThan(1000);
    const dates = visits.map((v) => v.date).sort();
    expect(dates[0]).toBe(addDays(thisWeek, -56));
    expect(dates.at(-1)! < thisWeek).toBe(true);
    expect(visits.every((v) => v.actualStart.getTime() <= now.getTime())).toBe(true);
    expect(visits.every((v) => v.recordedAt.getTime() <= now.getTime())).toBe(true);
    const statuses = new Set(visits.map((v) => v.status));
    expect([...statuses].sort()).toEqual(["aborted", "completed", "hospital", "missed", "refused"]);
    expect(visits.some((v) => v.plannedVisitId === null)).toBe(true);
    expect(visits.some((v) => v.carers === 2)).toBe(true);
  });

  it("leaves a handful of exceptions waiting for finance and has decided the older ones", () => {
    const waiting = value(service.listExceptions(finance));
    expect(waiting.length).toBeGreaterThanOrEqual(5);
    expect(waiting.length).toBeLessThanOrEqual(10);
    expect(new Set(waiting.flatMap((e) => e.assessment.exceptions))).toEqual(
      new Set(["overrun", "extra-carer", "unplanned"]),
    );
    expect(count(db, "exception_decisions")).toBeGreaterThanOrEqual(8);
  });

  it("pays the earlier periods, leaves Oakwood's last period submitted and Sunrise's for the e2e", () => {
    const sunriseInvoices = value(service.listInvoices(finance, SUNRISE.id));
    const oakwoodInvoices = value(service.listInvoices(finance, OAKWOOD.id));
    expect(sunriseInvoices.find((i) => i.period.start === last.start)).toBeUndefined();
    expect(oakwoodInvoices.find((i) => i.period.start === last.start)?.status).toBe("submitted");
    const current = periodContaining(today, env.INVOICE_PERIOD_ANCHOR);
    const all = [...sunriseInvoices, ...oakwoodInvoices];
    expect(all.some((i) => i.period.start >= current.start)).toBe(false);
    const paid = all.filter((i) => i.period.end < last.start);
    expect(paid.length).toBeGreaterThanOrEqual(2);
    expect(new Set(paid.map((i) => i.providerId))).toEqual(new Set([SUNRISE.id, OAKWOOD.id]));
    for (const invoice of paid) {
      expect(invoice.status).toBe("paid");
      expect(invoice.paymentRun).toMatch(/^PAY-\d{8}$/);
      const advice = value(service.remittance(finance, invoice.id));
      expect(advice).toBeTruthy();
    }
    for (const invoice of all) {
      expect(invoice.totalPence).toBeGreaterThan(0);
      expect(invoice.totalPence).toBe(sumPence(invoice.lines.map((l) => l.pence)));
      for (const line of invoice.lines)
        expect(line.pence).toBe(sumPence(line.visits.map((v) => v.paidPence)));
    }
  });

  it("has Sunrise's answered query about a paid invoice and Oakwood's open one about an order", () => {
    const queries = service.listQueries(finance);
    const bySunrise = queries.filter((q) => q.providerId === SUNRISE.id);
    const byOakwood = queries.filter((q) => q.providerId === OAKWOOD.id);
    expect(bySunrise.map((q) => [q.about.kind, q.status])).toEqual([["invoice", "answered"]]);
    expect(value(service.viewInvoice(finance, bySunrise[0]!.about.id)).status).toBe("paid");
    expect(byOakwood.map((q) => [q.about.kind, q.status])).toEqual([["order", "open"]]);
  });

  it("lets the e2e accept SU1030, record its visits and invoice the last completed period", () => {
    const order = service.listOrders(sunrise).find((o) => o.serviceUserRef === E2E_SERVICE_USER)!;
    value(service.runOrder(sunrise, order.id, { type: "accept" }, now));
    for (const date of [last.start, addDays(last.start, 2), addDays(last.start, 4)]) {
      value(
        service.recordVisit(
          sunrise,
          {
            orderId: order.id,
            date,
            claimedStart: "09:00",
            claimedMinutes: 45,
            actualStart: londonInstant(date, 9 * 60),
            actualMinutes: 45,
            carers: 1,
            status: "completed",
            reason: null,
            plannedVisitId: `${order.id}:${date}:09:00`,
          },
          now,
        ),
      );
    }
    const invoice = value(service.draftInvoice(sunrise, SUNRISE.id, last.start, now));
    expect(invoice.lines.some((l) => l.serviceUserRef === E2E_SERVICE_USER)).toBe(true);
    expect(value(service.runInvoice(sunrise, invoice.id, { type: "submit" }, now)).status).toBe("submitted");
  });
});
