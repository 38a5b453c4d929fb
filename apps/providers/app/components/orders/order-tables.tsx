import { Table } from "@portal/govuk-react";
import { linkHtml, tagHtml } from "../table-cells.ts";
import type { OrderRow, PlanRow } from "./order-page.server.ts";

/** A table of orders: each person's reference opens the order; finance also sees the provider. */
export function OrdersTable({
  caption,
  rows,
  finance,
}: {
  caption: string;
  rows: readonly OrderRow[];
  finance: boolean;
}) {
  return (
    <Table
      caption={caption}
      captionClasses="govuk-table__caption--m"
      head={[
        { text: "Person" },
        ...(finance ? [{ text: "Provider" }] : []),
        { text: "Status" },
        { text: "Start date" },
        { text: "End date" },
        { text: "Calls per week", format: "numeric" },
        { text: "Time per week" },
      ]}
      rows={rows.map((row) => [
        {
          html: linkHtml(`/orders/${encodeURIComponent(row.id)}`, row.person, { classes: "app-nowrap" }),
        },
        ...(finance ? [{ text: row.provider }] : []),
        { html: tagHtml(row.status) },
        { text: row.start },
        { text: row.end },
        { text: row.calls, format: "numeric" },
        { text: row.hours },
      ])}
    />
  );
}

/** The weekly pattern of calls, Monday first. */
export function PlanTable({ caption, rows }: { caption: string; rows: readonly PlanRow[] }) {
  return (
    <Table
      caption={caption}
      captionClasses="govuk-table__caption--s"
      head={[
        { text: "Day" },
        { text: "Start" },
        { text: "Minutes", format: "numeric" },
        { text: "Carers", format: "numeric" },
      ]}
      rows={rows.map((row) => [
        { text: row.day },
        { text: row.start },
        { text: row.minutes, format: "numeric" },
        { text: row.carers, format: "numeric" },
      ])}
    />
  );
}
