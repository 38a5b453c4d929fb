import { Button, Input, Select, Table } from "@portal/govuk-react";
import { LADO_STAGES, type LadoListFilters } from "@portal/intake";
import { escapeHtml, formatShortDateTime, pageTitle } from "@portal/web";
import { useLoaderData } from "react-router";
import { desk, forbidden } from "../.server/desk.ts";
import { OUTCOME_NAMES, STAGE_NAMES } from "../components/names.ts";
import type { Route } from "./+types/cases";

const STAGE_OPTIONS = ["open", ...LADO_STAGES] as const;

/** The list's filters live in its address; anything unrecognised is ignored, never trusted. */
function filtersOf(params: URLSearchParams): Omit<LadoListFilters, "now"> {
  const stage = STAGE_OPTIONS.find((s) => s === params.get("stage"));
  const employer = (params.get("employer") ?? "").trim().slice(0, 200);
  return {
    ...(stage ? { stage } : {}),
    ...(params.get("deadline") === "overdue" ? { overdue: true } : {}),
    ...(employer ? { employer } : {}),
  };
}

/** The LADO team's cases, most urgent deadline first; a 403 for anyone else. */
export async function loader({ request }: Route.LoaderArgs) {
  const { actor, lado, now } = await desk(request);
  const params = new URL(request.url).searchParams;
  const filters = filtersOf(params);
  const page = lado.cases(actor, filters, now);
  if (!page) throw forbidden();
  return {
    stages: STAGE_OPTIONS.map((stage) => ({
      value: stage,
      text: stage === "open" ? "All open cases" : STAGE_NAMES[stage],
    })),
    filters: {
      stage: filters.stage ?? "open",
      deadline: filters.overdue ? "overdue" : "",
      employer: filters.employer ?? "",
    },
    rows: page.rows.map((row) => ({
      id: row.id,
      reference: row.reference,
      adult: row.adultName,
      employer: row.employerName,
      received: formatShortDateTime(row.receivedAt),
      due: row.dueAt ? formatShortDateTime(row.dueAt) : "Nothing owed",
      overdue: row.dueAt !== null && row.dueAt.getTime() < now.getTime(),
      stage: STAGE_NAMES[row.stage],
      outcome: row.outcome ? OUTCOME_NAMES[row.outcome].text : null,
      assignee: row.assigneeName ?? "Unassigned",
      waitingForReferrer: row.waitingForReferrer,
    })),
  };
}

export default function Cases() {
  const { stages, filters, rows } = useLoaderData<typeof loader>();
  return (
    <>
      <title>{pageTitle("lado", "Cases")}</title>
      <h1 className="govuk-heading-l">LADO cases</h1>
      <p className="govuk-body">
        {rows.length === 1 ? "1 case" : `${rows.length} cases`} matching these filters, the most urgent
        deadline first.{" "}
        <a className="govuk-link" href="/dashboard">
          See the KCSIE timescales dashboard
        </a>
        .
      </p>
      <form method="get" action="/cases" className="app-filters">
        <h2 className="govuk-heading-s govuk-!-margin-bottom-2">Filter the cases</h2>
        <div className="app-filters__row">
          <Select
            id="filter-stage"
            name="stage"
            label={{ text: "Stage" }}
            value={filters.stage}
            items={stages}
          />
          <Select
            id="filter-deadline"
            name="deadline"
            label={{ text: "Deadline" }}
            value={filters.deadline}
            items={[
              { value: "", text: "Any" },
              { value: "overdue", text: "Overdue" },
            ]}
          />
          <Input
            id="filter-employer"
            name="employer"
            label={{ text: "Employer" }}
            value={filters.employer}
            classes="govuk-input--width-20"
            spellcheck={false}
          />
        </div>
        <div className="govuk-button-group">
          <Button text="Apply filters" classes="govuk-button--secondary" />
          <a className="govuk-link" href="/cases">
            Clear filters
          </a>
        </div>
      </form>
      {rows.length === 0 ? (
        <p className="govuk-body" data-testid="cases-empty">
          There are no cases matching these filters.
        </p>
      ) : (
        <Table
          caption="Cases, most urgent first"
          captionClasses="govuk-visually-hidden"
          classes="app-queue"
          head={[
            { text: "Reference" },
            { text: "Adult" },
            { text: "Employer" },
            { text: "Received" },
            { text: "Next deadline" },
            { text: "Stage" },
            { text: "Assigned to" },
          ]}
          rows={rows.map((row) => [
            {
              html: `<a class="govuk-link app-nowrap" href="/cases/${encodeURIComponent(row.id)}">${escapeHtml(row.reference)}</a>`,
            },
            { text: row.adult },
            { text: row.employer },
            { text: row.received },
            {
              html: `${escapeHtml(row.due)}${row.overdue ? ` <strong class="govuk-tag govuk-tag--red">Overdue</strong>` : ""}`,
            },
            {
              html: `${escapeHtml(row.outcome ? `${row.stage}: ${row.outcome}` : row.stage)}${
                row.waitingForReferrer
                  ? `<br><strong class="govuk-tag govuk-tag--purple">Waiting for referrer</strong>`
                  : ""
              }`,
            },
            { text: row.assignee },
          ])}
        />
      )}
    </>
  );
}
