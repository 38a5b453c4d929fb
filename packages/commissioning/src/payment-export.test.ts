import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv.ts";
import { paymentExport } from "./payment-export.ts";
import {
  at,
  financeOfficer,
  OAKWOOD,
  OAKWOOD_PROVIDER,
  SUNRISE_PROVIDER,
  sunriseInvoice,
  sunriseManager,
  visitPayment,
} from "./test-support.ts";

const NOW = at("2026-12-10T15:00:00Z");
const ctx = { actor: financeOfficer, now: NOW, paymentRun: "PAY-20261210" };

const sunrise = sunriseInvoice("approved", [
  visitPayment(),
  visitPayment({ visitId: "visit-2", date: "2026-11-18", paidPence: 123_456 }),
  visitPayment({
    visitId: "visit-3",
    orderId: "order-2",
    serviceUserRef: "SU1002",
    contractNumber: "HC-2026-002",
    costCentre: "ASC-HC-02",
    paidPence: 2520,
  }),
  visitPayment({
    visitId: "visit-4",
    orderId: "order-3",
    serviceUserRef: "SU1003",
    contractNumber: "HC-2026-003",
    costCentre: "ASC-HC-03",
    basis: "not-delivered",
    paidPence: 0,
  }),
]);
const oakwood = sunriseInvoice(
  "approved",
  [visitPayment({ paidPence: 5, providerId: OAKWOOD })],
  OAKWOOD_PROVIDER,
);

describe("paymentExport", () => {
  it("writes one row per invoice and contract, amounts in pounds to 2 decimal places", () => {
    const result = paymentExport(
      [
        { invoice: sunrise, provider: SUNRISE_PROVIDER },
        { invoice: oakwood, provider: OAKWOOD_PROVIDER },
      ],
      ctx,
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.value.csv).toBe(
      [
        "SupplierRef,InvoiceNumber,InvoiceDate,PeriodStart,PeriodEnd,ContractNumber,CostCentre,Amount",
        "100234,SUN01-20261109,2026-12-08,2026-11-09,2026-12-06,HC-2026-001,ASC-HC-01,1246.56",
        "100234,SUN01-20261109,2026-12-08,2026-11-09,2026-12-06,HC-2026-002,ASC-HC-02,25.20",
        "100871,OAK01-20261109,2026-12-08,2026-11-09,2026-12-06,HC-2026-001,ASC-HC-01,0.05",
        "",
      ].join("\r\n"),
    );
    expect(result.value).toMatchObject({
      paymentRun: "PAY-20261210",
      invoiceIds: ["inv-SUN01", "inv-OAK01"],
      totalPence: 127_181,
    });
    expect(result.events).toEqual([
      {
        type: "payments-exported",
        paymentRun: "PAY-20261210",
        invoiceIds: ["inv-SUN01", "inv-OAK01"],
        totalPence: 127_181,
        at: NOW,
        by: financeOfficer.subject,
      },
    ]);
  });

  it("leaves out a contract with nothing to pay, and its rows add up to the invoice total", () => {
    const result = paymentExport([{ invoice: sunrise, provider: SUNRISE_PROVIDER }], ctx);
    if (!result.ok) throw new Error(result.message);
    const parsed = parseCsv(result.value.csv);
    if (!parsed.ok) throw new Error(parsed.message);
    const amounts = parsed.records.slice(1).map((r) => r.fields[7]!);
    expect(amounts).toEqual(["1246.56", "25.20"]);
    const pence = amounts.reduce((sum, a) => sum + Number(a.replace(".", "")), 0);
    expect(pence).toBe(sunrise.totalPence);
  });

  it.each([
    [
      "a provider exports",
      [{ invoice: sunrise, provider: SUNRISE_PROVIDER }],
      { ...ctx, actor: sunriseManager },
      "forbidden",
    ],
    ["there is nothing to export", [], ctx, "nothing-to-export"],
    [
      "an invoice is not approved",
      [{ invoice: sunriseInvoice("submitted", [visitPayment()]), provider: SUNRISE_PROVIDER }],
      ctx,
      "not-approved",
    ],
    [
      "an invoice is already paid",
      [{ invoice: sunriseInvoice("paid", [visitPayment()]), provider: SUNRISE_PROVIDER }],
      ctx,
      "not-approved",
    ],
  ])("refuses when %s", (_name, entries, context, code) => {
    expect(paymentExport(entries, context)).toMatchObject({ ok: false, code });
  });

  it("says which invoice is not approved", () => {
    const result = paymentExport(
      [{ invoice: sunriseInvoice("submitted", [visitPayment()]), provider: SUNRISE_PROVIDER }],
      ctx,
    );
    if (result.ok) throw new Error("expected a refusal");
    expect(result.message).toBe("Invoice SUN01-20261109 is submitted: only approved invoices can be paid");
  });

  it("refuses a provider that is not the invoice's", () => {
    expect(() => paymentExport([{ invoice: sunrise, provider: OAKWOOD_PROVIDER }], ctx)).toThrow(
      /not Oakwood Homecare's/,
    );
  });
});
