import { Table } from "@portal/govuk-react";
import { pageTitle } from "@portal/web";
import { useLoaderData } from "react-router";
import { weekChoice } from "../.server/actuals-commands.ts";
import { forbidden, office } from "../.server/office.ts";
import { weekLinks, weekRows } from "../components/actuals/week-page.server.ts";
import { WeekPagination } from "../components/actuals/week-pagination.tsx";
import { linkHtml, tagHtml } from "../components/table-cells.ts";
import type { Route } from "./+types/actuals";

/** A provider's orders with something planned or recorded in a week (finance sees every provider's). */
export async function loader({ request }: Route.LoaderArgs) {
  const { actor, commissioning, now } = await office(request);
  const choice = weekChoice(new URL(request.url).searchParams.get("week"), now);
  const weeks = commissioning.listWeek(actor, choice.monday);
  if (!weeks.ok) throw forbidden();
  const finance = actor.roles.includes("finance:officer");
  return {
    week: weekLinks(choice, "/actuals"),
    finance,
    rows: weekRows(weeks.value, choice.monday),
  };
}

export default function Actuals() {
  const { week, finance, rows } = useLoaderData<typeof loader>();
  return (
    <>
      <title>{pageTitle("providers", "Actuals", week.heading)}</title>
      <span className="govuk-caption-l">{week.heading}</span>
      <h1 className="govuk-heading-l">Actuals</h1>
      <p className="govuk-body">
        {finance
          ? "The visits each provider recorded against its orders in this week."
          : "Record the visits you made for each order in this week, or upload a call monitoring file. You can change a week until it has been invoiced."}
      </p>
      {!finance && (
        <p className="govuk-body">
          <a
            className="govuk-button govuk-button--secondary"
            href="/actuals/upload"
            draggable="false"
            data-module="govuk-button"
          >
            Upload a call monitoring file
          </a>
        </p>
      )}
      <WeekPagination previous={week.previous} next={week.next} />
      {rows.length === 0 ? (
        <p className="govuk-body" data-testid="actuals-empty">
          No accepted orders have visits planned or recorded in this week.
        </p>
      ) : (
        <Table
          caption="Orders with visits planned or recorded this week"
          captionClasses="govuk-table__caption--m"
          head={[
            ...(finance ? [{ text: "Provider" }] : []),
            { text: "Person" },
            { text: "Planned visits", format: "numeric" },
            { text: "Recorded", format: "numeric" },
            { text: "Waiting for finance", format: "numeric" },
            { text: "Week" },
            { text: "Visits" },
          ]}
          rows={rows.map((row) => [
            ...(finance ? [{ text: row.provider }] : []),
            { text: row.person },
            { text: String(row.planned), format: "numeric" },
            { text: String(row.recorded), format: "numeric" },
            { text: String(row.waiting), format: "numeric" },
            row.locked
              ? { html: tagHtml({ text: "Invoiced", classes: "govuk-tag--grey" }) }
              : { text: "Open for changes" },
            {
              html: linkHtml(row.href, finance || row.locked ? "View visits" : "Record visits", {
                hidden: ` for ${row.person}`,
              }),
            },
          ])}
        />
      )}
    </>
  );
}
