import { describe, expect, it } from "vitest";
import {
  acceptedOrder,
  fresh,
  issuedOrder,
  overrun,
  submittedOakwoodInvoice,
  unplanned,
  value,
} from "./service-test-support.ts";
import { at, financeOfficer, OAKWOOD, oakwoodManager, SUNRISE, sunriseManager } from "./test-support.ts";

/** The home page's counts and finance's exceptions queue, as the providers portal reads them. */

describe("finance's exceptions queue", () => {
  it("lists each exception oldest first with its provider and the planned call, and drops it once decided", () => {
    const { service } = fresh();
    const sunrise = acceptedOrder(service, SUNRISE, "SU1001");
    const oakwood = acceptedOrder(service, OAKWOOD, "SU2001");
    const late = unplanned(service, SUNRISE, sunrise.id, "2026-11-18");
    const early = overrun(service, OAKWOOD, oakwood.id);
    const queue = value(service.exceptionQueue(financeOfficer));
    expect(
      queue.map((e) => [
        e.visit.id,
        e.provider.name,
        e.visit.serviceUserRef,
        e.planned,
        e.assessment.exceptions,
      ]),
    ).toEqual([
      [
        early.id,
        "Oakwood Homecare",
        "SU2001",
        expect.objectContaining({ start: "08:00", minutes: 30, carers: 1 }),
        ["overrun"],
      ],
      [late.id, "Sunrise Care Ltd", "SU1001", null, ["unplanned"]],
    ]);
    expect(queue[0]?.explanation).toBe("Waiting for a finance decision: 15 minutes over the 30 planned");
    value(
      service.decideException(
        financeOfficer,
        early.id,
        { outcome: "cap", reason: "Plan is 30 minutes" },
        at("2026-11-19T09:00:00Z"),
      ),
    );
    expect(value(service.exceptionQueue(financeOfficer)).map((e) => e.visit.id)).toEqual([late.id]);
  });

  it("is finance's only: a provider's staff are refused", () => {
    const { service } = fresh();
    const order = acceptedOrder(service, SUNRISE, "SU1001");
    overrun(service, SUNRISE, order.id);
    expect(service.exceptionQueue(sunriseManager)).toMatchObject({ ok: false, code: "forbidden" });
    expect(service.exceptionQueue(oakwoodManager)).toMatchObject({ ok: false, code: "forbidden" });
  });
});

describe("viewing a provider", () => {
  it("shows a provider to its own staff and finance, and is 'not found' to another provider", () => {
    const { service } = fresh();
    expect(value(service.viewProvider(sunriseManager, SUNRISE)).name).toBe("Sunrise Care Ltd");
    expect(value(service.viewProvider(financeOfficer, OAKWOOD)).ref).toBe("OAK01");
    expect(service.viewProvider(sunriseManager, OAKWOOD)).toEqual({
      ok: false,
      code: "not-found",
      message: "Page not found",
    });
    expect(service.viewProvider(financeOfficer, "No such provider")).toMatchObject({ code: "not-found" });
  });
});

describe("the home page summary", () => {
  function world() {
    const h = fresh();
    const { service } = h;
    // Sunrise: one order waiting, one accepted with an exception and a query answered by finance.
    issuedOrder(service, SUNRISE, "SU1003");
    const sunrise = acceptedOrder(service, SUNRISE, "SU1001");
    overrun(service, SUNRISE, sunrise.id);
    const query = value(
      service.raiseQuery(
        sunriseManager,
        { about: { kind: "order", id: sunrise.id }, team: "Brokerage", title: "Times", text: "Can it move?" },
        at("2026-11-20T09:00:00Z"),
      ),
    );
    value(
      service.runQuery(financeOfficer, query.id, { type: "reply", text: "Yes" }, at("2026-11-20T10:00:00Z")),
    );
    // Oakwood: two orders waiting, one accepted; an unplanned visit approved, invoiced and submitted; two open queries.
    issuedOrder(service, OAKWOOD, "SU2002");
    issuedOrder(service, OAKWOOD, "SU2003");
    const oakwood = acceptedOrder(service, OAKWOOD, "SU2001");
    const extra = unplanned(service, OAKWOOD, oakwood.id, "2026-11-18");
    value(
      service.decideException(
        financeOfficer,
        extra.id,
        { outcome: "approve", reason: "Agreed" },
        at("2026-11-19T09:00:00Z"),
      ),
    );
    const draft = submittedOakwoodInvoice(service);
    for (const title of ["One", "Two"])
      value(
        service.raiseQuery(
          oakwoodManager,
          { about: { kind: "invoice", id: draft.id }, team: "Finance", title, text: "Why?" },
          at("2026-12-08T10:00:00Z"),
        ),
      );
    return h;
  }

  it("gives finance the council's queues across every provider", () => {
    const { service } = world();
    expect(service.homeSummary(financeOfficer, "2026-12-09")).toEqual({
      kind: "finance",
      exceptions: 1,
      invoicesToApprove: 1,
      invoicesToPay: 0,
      queriesToAnswer: 2,
    });
  });

  it("gives a provider's staff their own provider's counts only", () => {
    const { service } = world();
    // 9 December 2026 is in period 2 (7 December to 3 January): period 1 (9 Nov to 6 Dec) has ended.
    expect(service.homeSummary(sunriseManager, "2026-12-09")).toEqual({
      kind: "provider",
      ordersToDecide: 1,
      lastWeek: "2026-11-30",
      invoicesToSubmit: 0,
      periodToInvoice: { number: 1, start: "2026-11-09", end: "2026-12-06" },
      queriesAnswered: 1,
      queriesOpen: 0,
    });
    expect(service.homeSummary(oakwoodManager, "2026-12-09")).toEqual({
      kind: "provider",
      ordersToDecide: 2,
      lastWeek: "2026-11-30",
      invoicesToSubmit: 0,
      periodToInvoice: null,
      queriesAnswered: 0,
      queriesOpen: 2,
    });
  });

  it("offers no period to invoice before the first has ended, and gives anyone else nothing", () => {
    const { service } = world();
    expect(service.homeSummary(sunriseManager, "2026-11-20")).toMatchObject({ periodToInvoice: null });
    expect(service.homeSummary(sunriseManager, "2026-10-01")).toMatchObject({ periodToInvoice: null });
    const stranger = { subject: "x", name: "X", roles: ["lado:officer"], organisation: SUNRISE };
    expect(service.homeSummary(stranger, "2026-12-09")).toEqual({ kind: "none" });
    const noOrganisation = { ...sunriseManager, organisation: null };
    expect(service.homeSummary(noOrganisation, "2026-12-09")).toEqual({ kind: "none" });
  });
});
