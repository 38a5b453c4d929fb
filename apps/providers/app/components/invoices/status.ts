import type { InvoiceStatus } from "@portal/commissioning";

/** How each invoice status reads and is tagged, the same on every page. */
export const INVOICE_STATUS_TAGS: Record<InvoiceStatus, { text: string; classes: string }> = {
  draft: { text: "Draft", classes: "govuk-tag--grey" },
  submitted: { text: "Waiting for approval", classes: "govuk-tag--blue" },
  approved: { text: "Approved", classes: "govuk-tag--turquoise" },
  paid: { text: "Paid", classes: "govuk-tag--green" },
  rejected: { text: "Rejected", classes: "govuk-tag--red" },
};

/** The order finance works in: what waits for them first, what is done last. */
export const FINANCE_ORDER: readonly InvoiceStatus[] = ["submitted", "approved", "rejected", "draft", "paid"];
