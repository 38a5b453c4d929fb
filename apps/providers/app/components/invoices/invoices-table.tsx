import { Table } from "@portal/govuk-react";
import { linkHtml, numeric, tagHtml } from "../table-cells.ts";
import type { InvoiceRow } from "./invoice-list.server.ts";

/** Invoices as a table; the provider column only when the list spans providers (finance's). */
export function InvoicesTable({
  rows,
  caption,
  withProvider,
}: {
  rows: readonly InvoiceRow[];
  caption: string;
  withProvider: boolean;
}) {
  return (
    <Table
      attributes={{ "data-testid": "invoices" }}
      caption={caption}
      captionClasses="govuk-table__caption--m"
      head={[
        { text: "Invoice" },
        ...(withProvider ? [{ text: "Provider" }] : []),
        { text: "Period" },
        { text: "Status" },
        numeric("Total"),
        { text: "Submitted" },
        { text: "Paid" },
      ]}
      rows={rows.map((row) => [
        { html: linkHtml(`/invoices/${encodeURIComponent(row.id)}`, row.number, { classes: "app-nowrap" }) },
        ...(withProvider ? [{ text: row.provider ?? "" }] : []),
        { text: row.period },
        { html: tagHtml(row.status) },
        numeric(row.total),
        { text: row.submitted },
        { text: row.paid },
      ])}
    />
  );
}
