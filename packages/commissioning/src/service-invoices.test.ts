import { describe, expect, it } from "vitest";
import type { Commissioning } from "./service.ts";
import {
  acceptedOrder,
  callVisit,
  fresh,
  paidOakwoodInvoice,
  staffOf,
  value,
} from "./service-test-support.ts";
import {
  at,
  financeOfficer,
  OAKWOOD,
  OAKWOOD_PROVIDER,
  oakwoodManager,
  SUNRISE,
  SUNRISE_PROVIDER,
  sunriseManager,
} from "./test-support.ts";

/** The service's invoice lists, invoiceable periods and payment runs (the pages' reads). */

const nobody = { subject: "user-nobody", name: "No Role", roles: [], organisation: SUNRISE };

/** An accepted order with one 30-minute Monday visit on 16 November: £12.00 at £24.00 an hour. */
function visitFor(service: Commissioning, providerId: string, person: string) {
  const order = acceptedOrder(service, providerId, person);
  value(service.recordVisit(staffOf(providerId), callVisit(order.id), at("2026-11-16T12:00:00Z")));
}

/** Oakwood's first period paid in run PAY-20261210; Sunrise's drafted, not submitted. */
function records() {
  const h = fresh();
  const { service } = h;
  visitFor(service, OAKWOOD, "SU2001");
  visitFor(service, SUNRISE, "SU1001");
  const { invoice: oakwood, exported } = paidOakwoodInvoice(service);
  const sunrise = value(
    service.draftInvoice(sunriseManager, SUNRISE, "2026-11-16", at("2026-12-08T10:00:00Z")),
  );
  return { ...h, oakwood, sunrise, exported };
}

describe("the invoice lists", () => {
  it("gives finance every provider's invoices with the provider's name, and nobody else", () => {
    const { service, oakwood, sunrise } = records();
    const all = value(service.listAllInvoices(financeOfficer));
    expect(all.map((e) => [e.invoice.id, e.invoice.status, e.providerName])).toEqual([
      [oakwood.id, "paid", OAKWOOD_PROVIDER.name],
      [sunrise.id, "draft", SUNRISE_PROVIDER.name],
    ]);
    expect(service.listAllInvoices(sunriseManager)).toMatchObject({ ok: false, code: "forbidden" });
    expect(service.listAllInvoices(nobody)).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("shows a provider to its own staff and finance, and another provider as not found", () => {
    const { service } = fresh();
    expect(value(service.viewProvider(sunriseManager, SUNRISE))).toEqual(SUNRISE_PROVIDER);
    expect(value(service.viewProvider(financeOfficer, OAKWOOD))).toEqual(OAKWOOD_PROVIDER);
    expect(service.viewProvider(sunriseManager, OAKWOOD)).toMatchObject({ ok: false, code: "not-found" });
    expect(service.viewProvider(financeOfficer, "Nobody Ltd")).toMatchObject({
      ok: false,
      code: "not-found",
    });
  });
});

describe("the periods a provider may invoice", () => {
  it("offers ended periods without an invoice, newest first, from the first visit no live invoice holds", () => {
    const { service } = records();
    // 8 December is in period 2 (from 7 December): only period 1 has ended, and both have invoiced it.
    expect(value(service.invoiceablePeriods(sunriseManager, SUNRISE, "2026-12-08"))).toEqual([]);
    expect(value(service.invoiceablePeriods(oakwoodManager, OAKWOOD, "2026-12-08"))).toEqual([]);
    // 4 January 2027 starts period 3: period 2 has ended. Sunrise's draft holds nothing until it is
    // submitted, so its visit could still go on period 2's invoice; Oakwood's is on a paid invoice.
    expect(value(service.invoiceablePeriods(sunriseManager, SUNRISE, "2027-01-04"))).toEqual([
      { number: 2, start: "2026-12-07", end: "2027-01-03" },
    ]);
    expect(value(service.invoiceablePeriods(oakwoodManager, OAKWOOD, "2027-01-04"))).toEqual([]);
    // The last day of period 2 is not yet the end of it.
    expect(value(service.invoiceablePeriods(sunriseManager, SUNRISE, "2027-01-03"))).toEqual([]);
  });

  it("offers nothing to a provider with no visits, and nothing before the first period", () => {
    const { service } = fresh();
    expect(value(service.invoiceablePeriods(sunriseManager, SUNRISE, "2027-01-04"))).toEqual([]);
    visitFor(service, SUNRISE, "SU1001");
    expect(value(service.invoiceablePeriods(sunriseManager, SUNRISE, "2027-01-04"))).toEqual([
      { number: 2, start: "2026-12-07", end: "2027-01-03" },
      { number: 1, start: "2026-11-09", end: "2026-12-06" },
    ]);
    expect(value(service.invoiceablePeriods(sunriseManager, SUNRISE, "2026-11-01"))).toEqual([]);
    expect(value(service.invoiceablePeriods(sunriseManager, SUNRISE, "2026-11-20"))).toEqual([]);
    // A year at most.
    expect(value(service.invoiceablePeriods(sunriseManager, SUNRISE, "2030-01-01"))).toHaveLength(13);
  });

  it("is not found for another provider's periods", () => {
    const { service } = fresh();
    expect(service.invoiceablePeriods(sunriseManager, OAKWOOD, "2027-01-04")).toMatchObject({
      ok: false,
      code: "not-found",
    });
    expect(service.invoiceablePeriods(nobody, SUNRISE, "2027-01-04")).toMatchObject({
      ok: false,
      code: "not-found",
    });
  });
});

describe("past payment runs", () => {
  it("lists each run once with its invoices and total, for finance only", () => {
    const { service, oakwood } = records();
    expect(value(service.paymentRuns(financeOfficer))).toEqual([
      {
        paymentRun: "PAY-20261210",
        paidAt: at("2026-12-10T09:00:00Z"),
        invoiceCount: 1,
        totalPence: oakwood.totalPence,
      },
    ]);
    expect(oakwood.totalPence).toBe(1200);
    expect(service.paymentRuns(oakwoodManager)).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("rebuilds a run's file exactly as it was exported, changing nothing but the audit", () => {
    const { service, store, exported, oakwood } = records();
    const later = at("2026-12-11T09:00:00Z");
    const again = value(service.paymentRunFile(financeOfficer, "PAY-20261210", later));
    expect(again).toEqual(exported);
    expect(again.csv).toContain("OAK01-20261109");
    expect(value(service.viewInvoice(financeOfficer, oakwood.id))).toMatchObject({ status: "paid" });
    expect(store.audit.listForItem("PAY-20261210").map((e) => [e.action, e.actorSubject])).toEqual([
      ["payments-exported", financeOfficer.subject],
      ["payments-file-downloaded", financeOfficer.subject],
    ]);
    expect(service.paymentRunFile(financeOfficer, "PAY-NOPE", later)).toMatchObject({
      ok: false,
      code: "not-found",
    });
    expect(service.paymentRunFile(oakwoodManager, "PAY-20261210", later)).toMatchObject({
      ok: false,
      code: "forbidden",
    });
  });
});
