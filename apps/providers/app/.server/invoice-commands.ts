import type { InvoiceRefusal } from "@portal/commissioning";
import {
  commandForm,
  commandParser,
  type FieldError,
  optionalText,
  requiredText,
  submitField,
} from "@portal/web/casework/command-forms.ts";
import {
  MAX_REJECT_REASON,
  PAYMENT_RUN,
  PREPARE_PERIOD,
  REJECT_REASON,
} from "../components/invoices/fields.ts";

/**
 * The forms of the invoice pages: the invoice's own commands (the provider refreshes and submits,
 * finance approves or rejects with a reason), preparing an invoice for a period, and naming a
 * payment run. Each form posts a hidden `intent` and fields named after it.
 */

export type InvoiceRequest =
  | { type: "refresh" }
  | { type: "submit" }
  | { type: "approve" }
  | { type: "reject"; reason: string };

const INVOICE_FORMS = {
  refresh: commandForm({}, (): InvoiceRequest => ({ type: "refresh" })),
  submit: commandForm({}, (): InvoiceRequest => ({ type: "submit" })),
  approve: commandForm({}, (): InvoiceRequest => ({ type: "approve" })),
  reject: commandForm(
    {
      [REJECT_REASON]: requiredText(
        "Enter why you are rejecting this invoice",
        "Why you are rejecting this invoice",
        MAX_REJECT_REASON,
      ),
    },
    (fields): InvoiceRequest => ({ type: "reject", reason: fields[REJECT_REASON] }),
  ),
};

export type InvoiceIntent = keyof typeof INVOICE_FORMS;

/** The buttons and the rejection form on an invoice's page. */
export const invoiceCommands = commandParser<InvoiceIntent, InvoiceRequest, null>(INVOICE_FORMS);

/** Where a refusal's message goes: a missing reason by the reason, anything else by the form's button. */
export function invoiceRefusalField(intent: InvoiceIntent, code: InvoiceRefusal | string): string {
  if (intent === "reject" && code === "reason-required") return REJECT_REASON;
  return submitField(intent);
}

/** What the banner says after each command went through. */
export const INVOICE_DONE: Record<InvoiceIntent | "prepared", string> = {
  prepared: "Invoice prepared: check its lines, then submit it",
  refresh: "Invoice updated from the latest actuals",
  submit: "Invoice submitted",
  approve: "Invoice approved",
  reject: "Invoice rejected and returned to the provider",
};

/** The banner for `?done=`, or none for anything the pages did not send. */
export function invoiceDone(done: string | null): string | null {
  return done !== null && Object.hasOwn(INVOICE_DONE, done)
    ? INVOICE_DONE[done as keyof typeof INVOICE_DONE]
    : null;
}

/** The periods the form offered: the post must name one of them (the service checks the rest). */
export interface PrepareContext {
  periods: readonly string[];
}

const choosePeriod = (periods: readonly string[], value: unknown): FieldError[] =>
  typeof value === "string" && periods.includes(value)
    ? []
    : [{ field: PREPARE_PERIOD, message: "Select the period to invoice" }];

/** "Prepare an invoice": the start date of an ended period not yet invoiced. */
export const prepareCommands = commandParser<"prepare", { periodStart: string }, PrepareContext>({
  prepare: commandForm(
    { [PREPARE_PERIOD]: optionalText("The period", 10) },
    (fields) => ({ periodStart: fields[PREPARE_PERIOD] }),
    { check: (values, { periods }) => choosePeriod(periods, values[PREPARE_PERIOD]) },
  ),
});

/** Where a refusal of a draft goes: by the period chosen. */
export const prepareRefusalField = (): string => PREPARE_PERIOD;

/** Letters, digits, hyphens and underscores, starting with a letter or digit: safe as a file name. */
export const PAYMENT_RUN_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;

/** The name a run gets unless finance types another: PAY- and today's London date, e.g. PAY-20261210. */
export const defaultPaymentRun = (today: string): string => `PAY-${today.replaceAll("-", "")}`;

/** The names of the runs already exported: a run's name is used once, so its file can be found again. */
export interface ExportContext {
  usedRuns: readonly string[];
}

/** "Export payments": the payment run's name. */
export const exportCommands = commandParser<"export", { paymentRun: string }, ExportContext>({
  export: commandForm(
    {
      [PAYMENT_RUN]: requiredText("Enter a name for the payment run", "The payment run name", 40).regex(
        PAYMENT_RUN_PATTERN,
        {
          error:
            "Payment run name must start with a letter or number and use only letters, numbers, hyphens and underscores, like PAY-20261210",
        },
      ),
    },
    (fields) => ({ paymentRun: fields[PAYMENT_RUN] }),
    {
      check: (values, { usedRuns }) => {
        const name = typeof values[PAYMENT_RUN] === "string" ? values[PAYMENT_RUN].trim().toUpperCase() : "";
        return usedRuns.some((run) => run.toUpperCase() === name)
          ? [
              {
                field: PAYMENT_RUN,
                message: "A payment run with this name has already been exported: enter another name",
              },
            ]
          : [];
      },
    },
  ),
});

/** Where a refusal of an export goes: by the run's name. */
export const exportRefusalField = (): string => PAYMENT_RUN;

/** A payment run's file as a download, never shown in the page; nothing keeps a copy. */
export function csvDownload(paymentRun: string, csv: string): Response {
  const bytes = new TextEncoder().encode(csv);
  // The run's name is letters, digits, hyphens and underscores (PAYMENT_RUN_PATTERN); anything else is replaced.
  const filename = `${paymentRun.replace(/[^\w-]/g, "_")}.csv`;
  return new Response(bytes, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Length": String(bytes.length),
      "Content-Disposition": `attachment; filename="${filename}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
}
