import { Table } from "@portal/govuk-react";
import { escapeHtml, pageTitle } from "@portal/web";
import { useLoaderData } from "react-router";
import { office } from "../.server/office.ts";
import { queryList } from "../components/queries/rows.server.ts";
import { statusTagHtml } from "../components/queries/status-tag.tsx";
import type { QueryRow } from "../components/queries/types.ts";
import { linkHtml } from "../components/table-cells.ts";
import type { Route } from "./+types/queries";

/** A provider's own queries, or every provider's for finance, the latest message first. */
export async function loader({ request }: Route.LoaderArgs) {
  const { actor, commissioning } = await office(request);
  return queryList(commissioning, actor);
}

const link = (href: string | null, text: string) => (href ? linkHtml(href, text) : escapeHtml(text));

function cells(row: QueryRow, finance: boolean) {
  return [
    { html: link(`/queries/${encodeURIComponent(row.id)}`, row.title) },
    ...(finance ? [{ text: row.provider ?? "" }] : []),
    { html: link(row.about.href, row.about.text) },
    { text: row.team },
    { html: statusTagHtml(row.status) },
    { text: row.lastMessage },
  ];
}

export default function Queries() {
  const { finance, rows } = useLoaderData<typeof loader>();
  const count = rows.length === 1 ? "1 query" : `${rows.length} queries`;
  return (
    <>
      <title>{pageTitle("providers", "Queries")}</title>
      <h1 className="govuk-heading-l">Queries</h1>
      <p className="govuk-body">
        {finance
          ? "Questions from care providers to council teams. Open queries are waiting for the council's answer."
          : "Your questions to council teams about your orders and invoices. To ask a new question, go to the order or invoice it is about and choose \u201cAsk the council a question\u201d."}
      </p>
      {rows.length === 0 ? (
        <p className="govuk-body" data-testid="queries-empty">
          There are no queries yet.
        </p>
      ) : (
        <Table
          caption={`${count}, the latest message first`}
          captionClasses="govuk-table__caption--m"
          head={[
            { text: "Subject" },
            ...(finance ? [{ text: "Provider" }] : []),
            { text: "About" },
            { text: "Team" },
            { text: "Status" },
            { text: "Last message" },
          ]}
          rows={rows.map((row) => cells(row, finance))}
        />
      )}
    </>
  );
}
