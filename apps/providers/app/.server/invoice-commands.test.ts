import { describe, expect, it } from "vitest";
import { durationText } from "../components/duration.ts";
import { londonDate, periodText } from "../components/invoices/format.server.ts";
import {
  csvDownload,
  defaultPaymentRun,
  exportCommands,
  invoiceCommands,
  invoiceDone,
  invoiceRefusalField,
  prepareCommands,
} from "./invoice-commands.ts";

const post = (entries: Record<string, string>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(entries)) form.append(name, value);
  return form;
};

describe("the invoice page's forms", () => {
  it("makes the provider's and finance's commands from their buttons", () => {
    for (const type of ["refresh", "submit", "approve"] as const)
      expect(invoiceCommands.parse(post({ intent: type }), null)).toMatchObject({
        ok: true,
        command: { type },
      });
  });

  it("needs a reason to reject, trimmed, and puts the message by the reason", () => {
    expect(invoiceCommands.parse(post({ intent: "reject", "reject-reason": "  " }), null)).toMatchObject({
      ok: false,
      intent: "reject",
      errors: [{ field: "reject-reason", message: "Enter why you are rejecting this invoice" }],
    });
    expect(
      invoiceCommands.parse(
        post({ intent: "reject", "reject-reason": " Visit on 16 Nov double counted " }),
        null,
      ),
    ).toMatchObject({ ok: true, command: { type: "reject", reason: "Visit on 16 Nov double counted" } });
    expect(
      invoiceCommands.parse(post({ intent: "reject", "reject-reason": "x".repeat(2001) }), null),
    ).toMatchObject({ ok: false, errors: [{ field: "reject-reason" }] });
  });

  it("refuses a post the page did not offer", () => {
    expect(invoiceCommands.parse(post({ intent: "mark-paid" }), null)).toMatchObject({
      ok: false,
      intent: null,
    });
    expect(invoiceCommands.parse(post({}), null)).toMatchObject({ ok: false, intent: null });
  });

  it("puts the workflow's refusals by the button that was pressed, a missing reason by the reason", () => {
    expect(invoiceRefusalField("submit", "period-not-ended")).toBe("submit-submit");
    expect(invoiceRefusalField("submit", "nothing-to-pay")).toBe("submit-submit");
    expect(invoiceRefusalField("approve", "not-allowed-now")).toBe("approve-submit");
    expect(invoiceRefusalField("reject", "reason-required")).toBe("reject-reason");
  });

  it("says what was done only for what the pages send", () => {
    expect(invoiceDone("submit")).toBe("Invoice submitted");
    expect(invoiceDone("prepared")).toMatch(/^Invoice prepared/);
    expect(invoiceDone("toString")).toBeNull();
    expect(invoiceDone(null)).toBeNull();
  });
});

describe("preparing an invoice", () => {
  const context = { periods: ["2026-12-07", "2026-11-09"] };

  it("takes one of the periods offered", () => {
    expect(
      prepareCommands.parse(post({ intent: "prepare", "prepare-period": "2026-11-09" }), context),
    ).toMatchObject({ ok: true, command: { periodStart: "2026-11-09" } });
  });

  it("asks for a period when none, or one not offered, is posted", () => {
    const message = [{ field: "prepare-period", message: "Select the period to invoice" }];
    expect(prepareCommands.parse(post({ intent: "prepare" }), context)).toMatchObject({
      ok: false,
      errors: message,
    });
    expect(
      prepareCommands.parse(post({ intent: "prepare", "prepare-period": "2027-01-04" }), context),
    ).toMatchObject({ ok: false, errors: message });
  });
});

describe("exporting payments", () => {
  const context = { usedRuns: ["PAY-20261210"] };

  it("names the run PAY- and today's date unless finance types another", () => {
    expect(defaultPaymentRun("2026-12-24")).toBe("PAY-20261224");
    expect(
      exportCommands.parse(post({ intent: "export", "export-run": " PAY-20261224 " }), context),
    ).toMatchObject({ ok: true, command: { paymentRun: "PAY-20261224" } });
  });

  it("needs a name of letters, digits, hyphens and underscores, used once", () => {
    const field = (value: string) =>
      exportCommands.parse(post({ intent: "export", "export-run": value }), context);
    expect(field("")).toMatchObject({
      errors: [{ field: "export-run", message: "Enter a name for the payment run" }],
    });
    for (const bad of ["PAY 1", "../etc", "-PAY", "x".repeat(41), 'PAY"1'])
      expect(field(bad)).toMatchObject({ ok: false, errors: [{ field: "export-run" }] });
    expect(field("pay-20261210")).toMatchObject({
      ok: false,
      errors: [{ message: "A payment run with this name has already been exported: enter another name" }],
    });
  });
});

describe("the payment file", () => {
  it("sends a payment file as a CSV download named after the run", async () => {
    const response = csvDownload("PAY-20261210", "SupplierRef\r\n");
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="PAY-20261210.csv"');
    expect(await response.text()).toBe("SupplierRef\r\n");
  });
});

describe("invoice display formats", () => {
  it("writes carer time in hours and minutes", () => {
    expect(durationText(0)).toBe("0 minutes");
    expect(durationText(1)).toBe("1 minute");
    expect(durationText(45)).toBe("45 minutes");
    expect(durationText(60)).toBe("1 hour");
    expect(durationText(135)).toBe("2 hours 15 minutes");
  });

  it("writes London dates and periods in the GOV.UK style, in summer time too", () => {
    expect(londonDate("2026-11-09")).toBe("9 November 2026");
    expect(londonDate("2027-03-29")).toBe("29 March 2027");
    expect(periodText({ number: 1, start: "2026-11-09", end: "2026-12-06" })).toBe(
      "9 November 2026 to 6 December 2026",
    );
  });
});
