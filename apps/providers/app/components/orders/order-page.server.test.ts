import type { Actor, OrderVersion, ServiceOrder } from "@portal/commissioning";
import { describe, expect, it } from "vitest";
import { orderChanges, orderPage, ordersPage, rejectPage, statusFilterOf } from "./order-page.server.ts";

const sunrise: Actor = {
  subject: "sunrise-1",
  name: "Sam",
  roles: ["provider:user"],
  organisation: "Sunrise Care Ltd",
};
const oakwood: Actor = { ...sunrise, subject: "oak-1", organisation: "Oakwood Homecare" };
const finance: Actor = { subject: "fin-1", name: "Fin", roles: ["finance:officer"], organisation: null };

const at = (iso: string) => new Date(iso);
const CONTRACT = { number: "HC-2026-001", serviceType: "HOME CARE" };

const v1: OrderVersion = {
  version: 1,
  effectiveFrom: "2026-11-02",
  terms: {
    startDate: "2026-11-02",
    endDate: null,
    calls: [
      { weekday: 3, start: "08:00", minutes: 30, carers: 1 },
      { weekday: 1, start: "08:00", minutes: 45, carers: 2 },
    ],
  },
  issuedAt: at("2026-10-20T10:00:00Z"),
  decision: null,
};

const order = (id: string, person: string, versions: OrderVersion[], providerId = "Sunrise Care Ltd") =>
  ({ id, providerId, contractId: "c-1", serviceUserRef: person, versions }) satisfies ServiceOrder;

const accepted = {
  ...v1,
  decision: { outcome: "accepted" as const, by: "sunrise-1", at: at("2026-10-21T09:00:00Z"), reason: null },
};
const v2: OrderVersion = {
  version: 2,
  effectiveFrom: "2026-11-16",
  terms: {
    startDate: "2026-11-02",
    endDate: "2027-03-31",
    calls: [
      { weekday: 1, start: "08:00", minutes: 60, carers: 2 },
      { weekday: 5, start: "18:00", minutes: 30, carers: 1 },
    ],
  },
  issuedAt: at("2026-11-10T10:00:00Z"),
  decision: null,
};

describe("the orders list", () => {
  const orders = [
    order("o-1", "P-200", [accepted]),
    order("o-2", "P-100", [accepted, v2]),
    order("o-3", "P-300", [v1], "Oakwood Homecare"),
  ];

  it("puts the orders waiting for a decision first, and names the provider only for finance", () => {
    const page = ordersPage(orders.slice(0, 2), sunrise, "");
    expect(page.finance).toBe(false);
    expect(page.waitingCount).toBe(1);
    expect(page.waiting.map((row) => [row.person, row.status.text])).toEqual([["P-100", "Changed"]]);
    expect(page.others.map((row) => row.person)).toEqual(["P-200"]);
    expect(page.others[0]).toMatchObject({
      calls: "2",
      hours: "1 hour 15 minutes",
      start: "2 November 2026",
      end: "No end date",
    });
    expect(ordersPage(orders, finance, "").finance).toBe(true);
  });

  it("filters by status from the address, ignoring anything else", () => {
    expect(statusFilterOf(new URLSearchParams("status=accepted"))).toBe("accepted");
    expect(statusFilterOf(new URLSearchParams("status=waiting"))).toBe("waiting");
    expect(statusFilterOf(new URLSearchParams("status=nonsense"))).toBe("");
    const page = ordersPage(orders, finance, "accepted");
    expect(page.waiting).toEqual([]);
    expect(page.others.map((row) => row.person)).toEqual(["P-200"]);
    expect(page.waitingCount).toBe(2);
  });
});

describe("one order", () => {
  it("offers the provider the decision on a new order, and finance never", () => {
    const page = orderPage(order("o-3", "P-300", [v1]), CONTRACT, sunrise, null);
    expect(page.mayDecide).toBe(true);
    expect(page.links).toEqual({ actuals: false, query: true });
    expect(page.plan.map((row) => row.day)).toEqual(["Monday", "Wednesday"]);
    expect(page.summary.find((row) => row.key === "Contract")?.lines).toEqual(["HC-2026-001 (home care)"]);
    const seen = orderPage(order("o-3", "P-300", [v1]), CONTRACT, finance, null);
    expect(seen.mayDecide).toBe(false);
    expect(seen.links).toEqual({ actuals: false, query: false });
  });

  it("links to the actuals once a version is accepted, and shows the banner asked for", () => {
    const page = orderPage(order("o-2", "P-100", [accepted, v2]), CONTRACT, sunrise, "accepted");
    expect(page.links.actuals).toBe(true);
    expect(page.done).toBe("You accepted this order");
    expect(orderPage(order("o-2", "P-100", [accepted]), CONTRACT, sunrise, "nonsense").done).toBeNull();
    expect(orderPage(order("o-2", "P-100", [accepted]), CONTRACT, sunrise, "constructor").done).toBeNull();
  });

  it("says what a waiting change alters from the version in force", () => {
    const changes = orderChanges(order("o-2", "P-100", [accepted, v2]));
    expect(changes?.beforeHeading).toBe("Version 1 (accepted)");
    expect(changes?.rows).toEqual([
      { what: "End date", before: "No end date", after: "31 March 2027" },
      { what: "Monday 08:00 call", before: "45 minutes, 2 carers", after: "60 minutes, 2 carers" },
      { what: "Wednesday 08:00 call", before: "30 minutes, 1 carer", after: "No call" },
      { what: "Friday 18:00 call", before: "No call", after: "30 minutes, 1 carer" },
      { what: "Time a week", before: "1 hour 15 minutes", after: "1 hour 30 minutes" },
    ]);
    expect(orderChanges(order("o-1", "P-200", [accepted]))).toBeNull();
  });

  it("tells the history newest first, with the reason for a rejection", () => {
    const rejected = {
      ...v2,
      decision: {
        outcome: "rejected" as const,
        by: "sunrise-2",
        at: at("2026-11-11T10:00:00Z"),
        reason: "No carers",
      },
    };
    const history = orderPage(order("o-2", "P-100", [accepted, rejected]), CONTRACT, sunrise, null).history;
    expect(history.map((entry) => entry.heading)).toEqual(["Version 2: Rejected", "Version 1: Accepted"]);
    expect(history[0]?.reason).toBe("No carers");
    expect(history[0]?.lines[1]?.text).toMatch(/^Rejected by Sunrise Care Ltd staff on /);
    expect(history[1]?.lines[1]?.text).toMatch(/^Accepted by you on /);
  });
});

describe("the reject page", () => {
  it("is only for the order's own provider, and says when the order cannot be rejected", () => {
    expect(rejectPage(order("o-3", "P-300", [v1]), finance)).toBeNull();
    expect(rejectPage(order("o-3", "P-300", [v1]), oakwood)).toBeNull();
    expect(rejectPage(order("o-3", "P-300", [v1]), sunrise)).toMatchObject({
      rejectable: true,
      signInMinutes: 5,
    });
    expect(rejectPage(order("o-1", "P-200", [accepted]), sunrise)).toMatchObject({
      rejectable: false,
      notRejectable: "This order is accepted. Only a new or changed order can be rejected.",
    });
  });
});
