import { describe, expect, it } from "vitest";
import {
  checkTerms,
  issueOrder,
  ORDER_COMMAND_TYPES,
  ORDER_STATUSES,
  type OrderCommand,
  type OrderStatus,
  orderAllows,
  orderStatus,
  orderTransition,
  plannedVisits,
  type ServiceOrder,
  termsInForce,
} from "./orders.ts";
import {
  acceptedSunriseOrder,
  at,
  financeOfficer,
  NOV_16,
  newSunriseOrder,
  oakwoodManager,
  orderTerms,
  sunriseManager,
} from "./test-support.ts";

const NOW = at("2026-11-01T12:00:00Z");
const provider = { actor: sunriseManager, now: NOW };
const council = { actor: financeOfficer, now: NOW };

const accept: OrderCommand = { type: "accept" };
const reject: OrderCommand = {
  type: "reject",
  reason: "We cannot staff Saturday double-handed calls",
  authenticatedAt: at("2026-11-01T11:58:00Z"),
};
const change: OrderCommand = {
  type: "change",
  effectiveFrom: "2026-11-23",
  terms: orderTerms({ calls: [{ weekday: 2, start: "10:00", minutes: 45, carers: 1 }] }),
};

function ordered(status: OrderStatus): ServiceOrder {
  const order = newSunriseOrder();
  const decide = (cmd: OrderCommand) => {
    const result = orderTransition(order, cmd, provider);
    if (!result.ok) throw new Error(result.message);
    return result.value;
  };
  const changed = (from: ServiceOrder) => {
    const result = orderTransition(from, change, council);
    if (!result.ok) throw new Error(result.message);
    return result.value;
  };
  switch (status) {
    case "new":
      return order;
    case "accepted":
      return decide(accept);
    case "rejected":
      return decide(reject);
    case "changed":
      return changed(decide(accept));
  }
}

describe("the order acceptance workflow", () => {
  const Y = true;
  const N = false;
  // Written out by hand: which command each status allows. Columns follow ORDER_COMMAND_TYPES:
  // accept, reject, change.
  const expected: Record<OrderStatus, boolean[]> = {
    new: [Y, Y, Y],
    changed: [Y, Y, Y],
    accepted: [N, N, Y],
    rejected: [N, N, Y],
  };
  const commands: Record<OrderCommand["type"], { command: OrderCommand; ctx: typeof provider }> = {
    accept: { command: accept, ctx: provider },
    reject: { command: reject, ctx: provider },
    change: { command: change, ctx: council },
  };

  for (const status of ORDER_STATUSES) {
    ORDER_COMMAND_TYPES.forEach((type, i) => {
      const allowed = expected[status][i];
      it(`${status} × ${type} → ${allowed ? "allowed" : "refused"}`, () => {
        const order = ordered(status);
        expect(orderStatus(order)).toBe(status);
        expect(orderAllows(order, type)).toBe(allowed);
        const { command, ctx } = commands[type];
        const result = orderTransition(order, command, ctx);
        expect(result.ok).toBe(allowed);
        if (!result.ok) expect(result.code).toBe("not-allowed-now");
      });
    });
  }

  it("accepting records who accepted the version and when", () => {
    const result = orderTransition(newSunriseOrder(), accept, provider);
    if (!result.ok) throw new Error(result.message);
    expect(result.value.versions[0]?.decision).toEqual({
      outcome: "accepted",
      by: sunriseManager.subject,
      at: NOW,
      reason: null,
    });
    expect(result.events).toEqual([
      {
        type: "order-accepted",
        orderId: "order-1",
        version: 1,
        at: NOW,
        by: sunriseManager.subject,
        reason: null,
      },
    ]);
  });

  it("a change records a new version and waits for the provider, while the accepted one stays in force", () => {
    const changed = ordered("changed");
    expect(changed.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(changed.versions[1]).toMatchObject({ effectiveFrom: "2026-11-23", decision: null, issuedAt: NOW });
    expect(termsInForce(changed, "2026-11-24")?.version).toBe(1);
  });

  it("rejecting a change leaves the last accepted version in force", () => {
    const result = orderTransition(ordered("changed"), reject, provider);
    if (!result.ok) throw new Error(result.message);
    expect(orderStatus(result.value)).toBe("rejected");
    expect(termsInForce(result.value, "2026-11-24")?.version).toBe(1);
    expect(result.value.versions[1]?.decision).toMatchObject({ outcome: "rejected", reason: reject.reason });
  });

  it("an accepted change takes over from its effective date", () => {
    const result = orderTransition(ordered("changed"), accept, provider);
    if (!result.ok) throw new Error(result.message);
    expect(termsInForce(result.value, "2026-11-22")?.version).toBe(1);
    expect(termsInForce(result.value, "2026-11-23")?.version).toBe(2);
  });
});

describe("rejecting an order", () => {
  it.each([
    ["no reason", { reason: "  " }, "reason-required", /Enter why you are rejecting/],
    [
      "a sign-in 5 minutes and 1 second ago",
      { authenticatedAt: at("2026-11-01T11:54:59Z") },
      "sign-in-again",
      /Sign in again.*within the last 5 minutes/,
    ],
  ])("is refused with %s", (_name, overrides, code, message) => {
    const result = orderTransition(newSunriseOrder(), { ...reject, ...overrides } as OrderCommand, provider);
    expect(result).toMatchObject({ ok: false, code });
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it("accepts a sign-in exactly 5 minutes ago", () => {
    const result = orderTransition(
      newSunriseOrder(),
      { ...reject, authenticatedAt: at("2026-11-01T11:55:00Z") },
      provider,
    );
    expect(result.ok).toBe(true);
  });

  it("uses the configured maximum age of a sign-in", () => {
    const command = { ...reject, authenticatedAt: at("2026-11-01T11:58:00Z") };
    const strict = orderTransition(newSunriseOrder(), command, {
      ...provider,
      policy: { signInMaxAgeMinutes: 1 },
    });
    expect(strict).toMatchObject({ ok: false, code: "sign-in-again" });
    if (!strict.ok) expect(strict.message).toMatch(/within the last minute/);
  });

  it("keeps the trimmed reason on the version and in the event", () => {
    const result = orderTransition(newSunriseOrder(), { ...reject, reason: "  No capacity  " }, provider);
    if (!result.ok) throw new Error(result.message);
    expect(result.value.versions[0]?.decision?.reason).toBe("No capacity");
    expect(result.events[0]).toMatchObject({ type: "order-rejected", reason: "No capacity" });
  });
});

describe("who may do what to an order", () => {
  it.each([
    ["another provider accepts", accept, { actor: oakwoodManager, now: NOW }],
    ["finance accepts on the provider's behalf", accept, council],
    ["the provider changes its own order", change, provider],
  ])("refuses when %s", (_name, command, ctx) => {
    expect(orderTransition(newSunriseOrder(), command, ctx)).toMatchObject({ ok: false, code: "forbidden" });
  });
});

describe("issueOrder and checkTerms", () => {
  const input = {
    id: "order-9",
    providerId: "Sunrise Care Ltd",
    contractId: "contract-1",
    serviceUserRef: "SU2002",
    terms: orderTerms(),
  };

  it("issues version 1 in force from the start date, waiting for the provider", () => {
    const result = issueOrder(input, council);
    if (!result.ok) throw new Error(result.message);
    expect(orderStatus(result.value)).toBe("new");
    expect(result.value.versions).toEqual([
      { version: 1, effectiveFrom: "2026-11-02", terms: input.terms, issuedAt: NOW, decision: null },
    ]);
    expect(result.events).toEqual([
      {
        type: "order-issued",
        orderId: "order-9",
        version: 1,
        at: NOW,
        by: financeOfficer.subject,
        reason: null,
      },
    ]);
  });

  it("only the council issues orders", () => {
    expect(issueOrder(input, provider)).toMatchObject({ ok: false, code: "forbidden" });
  });

  it.each([
    ["an end before the start", { endDate: "2026-11-01" }, "The end date must be on or after the start date"],
    [
      "a start that is not a date",
      { startDate: "2026-02-30" },
      "The start date must be a date written YYYY-MM-DD",
    ],
    ["no calls", { calls: [] }, "An order must plan at least one call a week"],
    [
      "a call on day 8",
      { calls: [{ weekday: 8, start: "08:00", minutes: 30, carers: 1 }] },
      "Call 1: the day must be 1 (Monday) to 7 (Sunday)",
    ],
    [
      "a call at 8am written 8:00",
      { calls: [{ weekday: 1, start: "8:00", minutes: 30, carers: 1 }] },
      "Call 1: the start must be a 24-hour time written HH:MM",
    ],
    [
      "a call of no minutes",
      { calls: [{ weekday: 1, start: "08:00", minutes: 0, carers: 1 }] },
      "Call 1: a call lasts from 1 to 1440 whole minutes",
    ],
    [
      "a call with no carers",
      { calls: [{ weekday: 1, start: "08:00", minutes: 30, carers: 0 }] },
      "Call 1: a call needs 1 or more carers",
    ],
    [
      "two calls that overlap",
      {
        calls: [
          { weekday: 1, start: "08:00", minutes: 30, carers: 1 },
          { weekday: 1, start: "08:15", minutes: 30, carers: 1 },
        ],
      },
      "Calls 1 and 2 overlap",
    ],
    [
      "a Sunday night call running into Monday's first call",
      {
        calls: [
          { weekday: 7, start: "23:30", minutes: 60, carers: 1 },
          { weekday: 1, start: "00:15", minutes: 30, carers: 1 },
        ],
      },
      "Calls 1 and 2 overlap",
    ],
  ])("refuses %s", (_name, overrides, message) => {
    const terms = orderTerms(overrides);
    expect(checkTerms(terms)).toContain(message);
    expect(issueOrder({ ...input, terms }, council)).toMatchObject({ ok: false, code: "invalid" });
  });

  it("finds nothing wrong with sound terms", () => {
    expect(checkTerms(orderTerms())).toEqual([]);
  });

  it("refuses a change that takes effect outside its own terms", () => {
    const result = orderTransition(
      acceptedSunriseOrder(),
      { type: "change", effectiveFrom: "2026-10-01", terms: orderTerms() },
      council,
    );
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    if (!result.ok) expect(result.message).toMatch(/must take effect on a date its terms cover/);
  });
});

describe("plannedVisits", () => {
  it("lists the week's calls, Monday to Sunday, with London instants", () => {
    const visits = plannedVisits(acceptedSunriseOrder(), NOV_16);
    expect(visits.map((v) => `${v.date} ${v.start} ${v.minutes} ×${v.carers}`)).toEqual([
      "2026-11-16 08:00 30 ×1",
      "2026-11-18 08:00 30 ×1",
      "2026-11-20 18:30 60 ×1",
      "2026-11-21 09:00 45 ×2",
    ]);
    expect(visits[0]).toEqual({
      id: "order-1:2026-11-16:08:00",
      orderId: "order-1",
      version: 1,
      date: "2026-11-16",
      start: "08:00",
      startsAt: at("2026-11-16T08:00:00Z"),
      minutes: 30,
      carers: 1,
    });
  });

  it("plans nothing for an order the provider has not accepted: it cannot be paid yet", () => {
    expect(plannedVisits(newSunriseOrder(), NOV_16)).toEqual([]);
  });

  it("respects the start and end dates within a week", () => {
    const order = acceptedSunriseOrder();
    const bounded = {
      ...order,
      versions: order.versions.map((v) => ({
        ...v,
        effectiveFrom: "2026-11-18",
        terms: { ...v.terms, startDate: "2026-11-18", endDate: "2026-11-20" },
      })),
    };
    expect(plannedVisits(bounded, NOV_16).map((v) => v.date)).toEqual(["2026-11-18", "2026-11-20"]);
  });

  it("switches to an accepted change on its effective date, mid-week", () => {
    const changed = orderTransition(
      acceptedSunriseOrder(),
      { ...change, effectiveFrom: "2026-11-19" } as OrderCommand,
      council,
    );
    if (!changed.ok) throw new Error(changed.message);
    const accepted = orderTransition(changed.value, accept, provider);
    if (!accepted.ok) throw new Error(accepted.message);
    const visits = plannedVisits(accepted.value, NOV_16);
    // Monday and Wednesday from version 1; Friday and Saturday's calls are gone; the new Tuesday call
    // starts the next week.
    expect(visits.map((v) => `${v.date} v${v.version}`)).toEqual(["2026-11-16 v1", "2026-11-18 v1"]);
    expect(
      plannedVisits(accepted.value, "2026-11-23").map((v) => `${v.date} ${v.start} v${v.version}`),
    ).toEqual(["2026-11-24 10:00 v2"]);
  });

  it("gives BST instants in summer", () => {
    const order = acceptedSunriseOrder();
    const summer = plannedVisits(
      {
        ...order,
        versions: order.versions.map((v) => ({
          ...v,
          effectiveFrom: "2026-06-01",
          terms: { ...v.terms, startDate: "2026-06-01" },
        })),
      },
      "2026-06-01",
    );
    expect(summer[0]?.startsAt).toEqual(at("2026-06-01T08:00:00+01:00"));
  });

  it("refuses a week that does not start on a Monday", () => {
    expect(() => plannedVisits(acceptedSunriseOrder(), "2026-11-17")).toThrow(/Monday/);
  });
});
