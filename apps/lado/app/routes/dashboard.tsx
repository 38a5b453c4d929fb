import { Table } from "@portal/govuk-react";
import { KCSIE_TARGETS, KCSIE_TIMESCALES } from "@portal/intake";
import { pageTitle } from "@portal/web";
import { useLoaderData } from "react-router";
import { desk, forbidden } from "../.server/desk.ts";
import { KCSIE_NAMES } from "../components/names.ts";
import type { Route } from "./+types/dashboard";

const percent = (share: number | null) => (share === null ? "No cases yet" : `${Math.round(share * 100)}%`);

/** The KCSIE timescales over every case, for the LADO team only. */
export async function loader({ request }: Route.LoaderArgs) {
  const { actor, lado, now } = await desk(request);
  const dashboard = lado.dashboard(actor, now);
  if (!dashboard) throw forbidden();
  return {
    resolved: dashboard.resolved,
    open: dashboard.open,
    targets: KCSIE_TARGETS.map((target) => {
      const t = dashboard.targets[target];
      const expected = KCSIE_TIMESCALES[target].share;
      return {
        target: KCSIE_NAMES[target],
        cases: t.cases,
        within: t.within,
        share: percent(t.share),
        expected:
          expected === null
            ? target === "twelveMonths"
              ? "Nearly all"
              : "All"
            : `${Math.round(expected * 100)}%`,
        below: expected !== null && t.share !== null && t.share < expected,
      };
    }),
    openPast: [
      { label: "Open for more than 1 month", count: dashboard.openPastTarget.oneMonth },
      { label: "Open for more than 3 months", count: dashboard.openPastTarget.threeMonths },
      { label: "Open for more than 12 months", count: dashboard.openPastTarget.twelveMonths },
    ],
  };
}

export default function Dashboard() {
  const { resolved, open, targets, openPast } = useLoaderData<typeof loader>();
  return (
    <>
      <title>{pageTitle("lado", "KCSIE timescales")}</title>
      <a href="/cases" className="govuk-back-link">
        Back to cases
      </a>
      <h1 className="govuk-heading-l">KCSIE timescales</h1>
      <p className="govuk-body">
        How quickly allegations are resolved, measured from the referral arriving to the outcome being
        recorded. Concerns below the threshold are not counted.
      </p>
      <Table
        caption={`Resolved allegations: ${resolved}`}
        captionClasses="govuk-table__caption--m"
        head={[
          { text: "Target" },
          { text: "Cases", format: "numeric" },
          { text: "Within target", format: "numeric" },
          { text: "Share", format: "numeric" },
          { text: "KCSIE expects", format: "numeric" },
        ]}
        rows={targets.map((t) => [
          { text: t.target },
          { text: String(t.cases), format: "numeric" },
          { text: String(t.within), format: "numeric" },
          {
            html: t.below
              ? `${t.share} <strong class="govuk-tag govuk-tag--red">Below target</strong>`
              : t.share,
            format: "numeric",
          },
          { text: t.expected, format: "numeric" },
        ])}
      />
      <Table
        caption={`Open allegations: ${open}`}
        captionClasses="govuk-table__caption--m"
        head={[{ text: "How long open" }, { text: "Cases", format: "numeric" }]}
        rows={openPast.map((row) => [{ text: row.label }, { text: String(row.count), format: "numeric" }])}
      />
    </>
  );
}
