import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  draftInvoice,
  INVOICE_COMMAND_TYPES,
  INVOICE_STATUSES,
  type Invoice,
  type InvoiceCommand,
  type InvoiceStatus,
  invoiceAllows,
  invoicedVisitIds,
  invoiceLines,
  invoiceTransition,
  lockedWeeks,
  periodContaining,
  periodWeeks,
  selectForInvoice,
} from "./invoices.ts";
import type { Actor } from "./permissions.ts";
import {
  at,
  financeOfficer,
  oakwoodManager,
  SUNRISE,
  SUNRISE_PROVIDER,
  sunriseManager,
  visitPayment,
} from "./test-support.ts";

const ANCHOR = "2026-01-05"; // a Monday
const PERIOD = periodContaining("2026-11-16", ANCHOR); // 9 November – 6 December 2026
const AFTER_PERIOD = at("2026-12-07T09:00:00Z");

const PAYMENTS = [
  visitPayment(),
  visitPayment({ visitId: "visit-2", date: "2026-11-18", paidPence: 1350, carerMinutes: 34 }),
  visitPayment({
    visitId: "visit-3",
    orderId: "order-2",
    serviceUserRef: "SU1002",
    paidPence: 2520,
    carerMinutes: 60,
  }),
  visitPayment({
    visitId: "visit-4",
    date: "2026-11-20",
    basis: "not-delivered",
    explanation: "Not paid: the visit was missed (No answer)",
    paidPence: 0,
    carerMinutes: 0,
  }),
];

describe("4-weekly periods from the anchor Monday", () => {
  it.each([
    ["2026-01-05", 1, "2026-01-05", "2026-02-01"],
    ["2026-02-01", 1, "2026-01-05", "2026-02-01"],
    ["2026-02-02", 2, "2026-02-02", "2026-03-01"],
    ["2026-11-16", 12, "2026-11-09", "2026-12-06"],
    ["2026-12-31", 13, "2026-12-07", "2027-01-03"],
  ])("%s is in period %i, %s to %s", (date, number, start, end) => {
    expect(periodContaining(date, ANCHOR)).toEqual({ number, start, end });
  });

  it("has four Monday–Sunday weeks", () => {
    expect(periodWeeks(PERIOD)).toEqual(["2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30"]);
  });

  it("refuses a date before the first period, and an anchor that is not a Monday", () => {
    expect(() => periodContaining("2026-01-04", ANCHOR)).toThrow(/before the first invoice period/);
    expect(() => periodContaining("2026-11-16", "2026-01-06")).toThrow(/Monday/);
  });
});

describe("selectForInvoice", () => {
  it("takes payable visits up to the period's end that no other invoice has, carrying late decisions forward", () => {
    const payments = [
      visitPayment({ visitId: "earlier-decided", date: "2026-10-20" }),
      visitPayment({ visitId: "in-period" }),
      visitPayment({ visitId: "pending", status: "pending", basis: "awaiting-decision", paidPence: 0 }),
      visitPayment({ visitId: "next-period", date: "2026-12-07" }),
      visitPayment({ visitId: "already-invoiced", date: "2026-10-21" }),
    ];
    const selected = selectForInvoice(payments, PERIOD, new Set(["already-invoiced"]));
    expect(selected.included.map((p) => p.visitId)).toEqual(["earlier-decided", "in-period"]);
    expect(selected.awaitingDecision.map((p) => p.visitId)).toEqual(["pending"]);
  });
});

describe("invoiceLines", () => {
  it("makes one line per order with its visits, carer minutes and pence", () => {
    const lines = invoiceLines(PAYMENTS);
    expect(lines.map((l) => [l.orderId, l.serviceUserRef, l.visits.length, l.carerMinutes, l.pence])).toEqual(
      [
        ["order-1", "SU1001", 3, 64, 2550],
        ["order-2", "SU1002", 1, 60, 2520],
      ],
    );
  });

  const arbitraryPayment = fc.record({
    visitId: fc.uuid(),
    orderId: fc.constantFrom("order-1", "order-2", "order-3", "order-4"),
    paidPence: fc.integer({ min: 0, max: 500_000 }),
    carerMinutes: fc.integer({ min: 0, max: 1440 }),
  });

  it("totals the sum of its lines, and the lines the sum of their visits, to the penny", () => {
    fc.assert(
      fc.property(fc.array(arbitraryPayment, { maxLength: 200 }), (parts) => {
        const payments = parts.map((p) => visitPayment({ ...p, serviceUserRef: `SU-${p.orderId}` }));
        const result = draftInvoice(
          { id: "inv-1", provider: SUNRISE_PROVIDER, period: PERIOD, payments, invoicedVisitIds: new Set() },
          { actor: sunriseManager, now: AFTER_PERIOD },
        );
        if (!result.ok) throw new Error(result.message);
        const invoice = result.value;
        const linesTotal = invoice.lines.reduce((sum, line) => sum + line.pence, 0);
        const visitsTotal = payments.reduce((sum, p) => sum + p.paidPence, 0);
        expect(invoice.totalPence).toBe(linesTotal);
        expect(invoice.totalPence).toBe(visitsTotal);
        for (const line of invoice.lines) {
          expect(line.pence).toBe(line.visits.reduce((sum, v) => sum + v.paidPence, 0));
        }
      }),
    );
  });
});

function draft(): Invoice {
  const result = draftInvoice(
    {
      id: "inv-1",
      provider: SUNRISE_PROVIDER,
      period: PERIOD,
      payments: PAYMENTS,
      invoicedVisitIds: new Set(),
    },
    { actor: sunriseManager, now: AFTER_PERIOD },
  );
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe("draftInvoice", () => {
  it("numbers the invoice by provider and period and totals its lines", () => {
    const invoice = draft();
    expect(invoice).toMatchObject({
      number: "SUN01-20261109",
      providerId: SUNRISE,
      status: "draft",
      totalPence: 5070,
      submittedAt: null,
      rejection: null,
    });
  });

  it.each([
    ["another provider", oakwoodManager],
    ["someone with no roles", { ...sunriseManager, roles: [] } as Actor],
  ])("refuses %s", (_name, actor) => {
    const result = draftInvoice(
      {
        id: "inv-1",
        provider: SUNRISE_PROVIDER,
        period: PERIOD,
        payments: PAYMENTS,
        invoicedVisitIds: new Set(),
      },
      { actor, now: AFTER_PERIOD },
    );
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("refuses another provider's visits", () => {
    expect(() =>
      draftInvoice(
        {
          id: "inv-1",
          provider: SUNRISE_PROVIDER,
          period: PERIOD,
          payments: [visitPayment({ providerId: "Oakwood Homecare" })],
          invoicedVisitIds: new Set(),
        },
        { actor: sunriseManager, now: AFTER_PERIOD },
      ),
    ).toThrow(/not Sunrise Care Ltd's/);
  });
});

const COMMANDS: Record<InvoiceCommand["type"], { command: InvoiceCommand; actor: Actor }> = {
  refresh: {
    command: { type: "refresh", payments: PAYMENTS, invoicedVisitIds: new Set() },
    actor: sunriseManager,
  },
  submit: { command: { type: "submit" }, actor: sunriseManager },
  approve: { command: { type: "approve" }, actor: financeOfficer },
  reject: {
    command: { type: "reject", reason: "Visit on 20 November is a duplicate" },
    actor: financeOfficer,
  },
  "mark-paid": { command: { type: "mark-paid", paymentRun: "PAY-20261210" }, actor: financeOfficer },
};

function run(invoice: Invoice, type: InvoiceCommand["type"]): Invoice {
  const { command, actor } = COMMANDS[type];
  const result = invoiceTransition(invoice, command, { actor, now: AFTER_PERIOD });
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

function invoiceIn(status: InvoiceStatus): Invoice {
  const paths: Record<InvoiceStatus, InvoiceCommand["type"][]> = {
    draft: [],
    submitted: ["submit"],
    approved: ["submit", "approve"],
    paid: ["submit", "approve", "mark-paid"],
    rejected: ["submit", "reject"],
  };
  return paths[status].reduce(run, draft());
}

describe("the invoice workflow", () => {
  const Y = true;
  const N = false;
  // Written out by hand. Columns follow INVOICE_COMMAND_TYPES: refresh, submit, approve, reject, mark-paid.
  const expected: Record<InvoiceStatus, boolean[]> = {
    draft: [Y, Y, N, N, N],
    submitted: [N, N, Y, Y, N],
    approved: [N, N, N, N, Y],
    paid: [N, N, N, N, N],
    rejected: [Y, Y, N, N, N],
  };

  for (const status of INVOICE_STATUSES) {
    INVOICE_COMMAND_TYPES.forEach((type, i) => {
      const allowed = expected[status][i];
      it(`${status} × ${type} → ${allowed ? "allowed" : "refused"}`, () => {
        const invoice = invoiceIn(status);
        expect(invoice.status).toBe(status);
        expect(invoiceAllows(invoice, type)).toBe(allowed);
        const { command, actor } = COMMANDS[type];
        const result = invoiceTransition(invoice, command, { actor, now: AFTER_PERIOD });
        expect(result.ok).toBe(allowed);
        if (!result.ok) expect(result.code).toBe("not-allowed-now");
      });
    });
  }

  it("records each step's time, and the payment run", () => {
    const paid = invoiceIn("paid");
    expect(paid).toMatchObject({
      submittedAt: AFTER_PERIOD,
      approvedAt: AFTER_PERIOD,
      paidAt: AFTER_PERIOD,
      paymentRun: "PAY-20261210",
    });
  });

  it("returns a rejected invoice to the provider with the reason, to correct and submit again", () => {
    const rejected = invoiceIn("rejected");
    expect(rejected.rejection).toEqual({
      reason: "Visit on 20 November is a duplicate",
      by: financeOfficer.subject,
      at: AFTER_PERIOD,
    });
    const corrected = invoiceTransition(
      rejected,
      { type: "refresh", payments: PAYMENTS.slice(0, 3), invoicedVisitIds: new Set() },
      { actor: sunriseManager, now: AFTER_PERIOD },
    );
    if (!corrected.ok) throw new Error(corrected.message);
    expect(corrected.value.totalPence).toBe(5070);
    expect(corrected.value.lines.flatMap((l) => l.visits.map((v) => v.visitId))).toEqual([
      "visit-1",
      "visit-2",
      "visit-3",
    ]);
    const resubmitted = invoiceTransition(
      corrected.value,
      { type: "submit" },
      { actor: sunriseManager, now: AFTER_PERIOD },
    );
    expect(resubmitted).toMatchObject({ ok: true, value: { status: "submitted" } });
  });

  it.each([
    [
      "the provider approves its own invoice",
      "submitted" as const,
      { type: "approve" } as InvoiceCommand,
      sunriseManager,
      "forbidden",
    ],
    [
      "finance submits for the provider",
      "draft" as const,
      { type: "submit" } as InvoiceCommand,
      financeOfficer,
      "forbidden",
    ],
    [
      "another provider submits",
      "draft" as const,
      { type: "submit" } as InvoiceCommand,
      oakwoodManager,
      "forbidden",
    ],
    [
      "finance rejects without a reason",
      "submitted" as const,
      { type: "reject", reason: " " } as InvoiceCommand,
      financeOfficer,
      "reason-required",
    ],
  ])("refuses when %s", (_name, status, command, actor, code) => {
    expect(invoiceTransition(invoiceIn(status), command, { actor, now: AFTER_PERIOD })).toMatchObject({
      ok: false,
      code,
    });
  });

  it("refuses to submit before the period has ended", () => {
    const result = invoiceTransition(
      draft(),
      { type: "submit" },
      { actor: sunriseManager, now: at("2026-12-06T23:30:00Z") },
    );
    expect(result).toMatchObject({ ok: false, code: "period-not-ended" });
    if (!result.ok)
      expect(result.message).toBe(
        "You can submit this invoice from 7 December 2026, when its period has ended",
      );
  });

  it("refuses to submit an invoice with nothing to pay", () => {
    const empty = invoiceTransition(
      draft(),
      { type: "refresh", payments: [PAYMENTS[3]!], invoicedVisitIds: new Set() },
      { actor: sunriseManager, now: AFTER_PERIOD },
    );
    if (!empty.ok) throw new Error(empty.message);
    const result = invoiceTransition(
      empty.value,
      { type: "submit" },
      { actor: sunriseManager, now: AFTER_PERIOD },
    );
    expect(result).toMatchObject({ ok: false, code: "nothing-to-pay" });
  });
});

describe("lockedWeeks and invoicedVisitIds", () => {
  const carried = invoiceTransition(
    draft(),
    {
      type: "refresh",
      payments: [...PAYMENTS, visitPayment({ visitId: "late", date: "2026-10-28" })],
      invoicedVisitIds: new Set(),
    },
    { actor: sunriseManager, now: AFTER_PERIOD },
  );
  if (!carried.ok) throw new Error(carried.message);
  const submitted = invoiceTransition(
    carried.value,
    { type: "submit" },
    { actor: sunriseManager, now: AFTER_PERIOD },
  );
  if (!submitted.ok) throw new Error(submitted.message);

  it("locks the period's weeks and the weeks of visits carried forward, once submitted", () => {
    expect([...lockedWeeks([submitted.value])].sort()).toEqual([
      "2026-10-26",
      "2026-11-09",
      "2026-11-16",
      "2026-11-23",
      "2026-11-30",
    ]);
    expect([...invoicedVisitIds([submitted.value])].sort()).toEqual([
      "late",
      "visit-1",
      "visit-2",
      "visit-3",
      "visit-4",
    ]);
  });

  it.each([["draft" as const], ["rejected" as const]])("locks nothing while the invoice is %s", (status) => {
    expect(lockedWeeks([invoiceIn(status)]).size).toBe(0);
    expect(invoicedVisitIds([invoiceIn(status)]).size).toBe(0);
  });

  it.each([["approved" as const], ["paid" as const]])("still locks when %s", (status) => {
    expect(lockedWeeks([invoiceIn(status)]).has("2026-11-16")).toBe(true);
  });
});
