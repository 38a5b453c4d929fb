import { Table } from "@portal/govuk-react";
import { escapeHtml, formatDateTime, pageTitle } from "@portal/web";
import { useLoaderData } from "react-router";
import { forbidden, hub } from "../.server/hub.ts";
import { AGENCY_NAMES } from "../components/names.ts";
import type { Route } from "./+types/checks";

export async function loader({ request }: Route.LoaderArgs) {
  const { actor, triage } = await hub(request);
  const open = triage.checkTasks(actor, "open");
  const answered = triage.checkTasks(actor, "answered");
  if (!open || !answered) throw forbidden();
  const rows = (tasks: typeof open) =>
    tasks.map((task) => ({
      id: task.check.id,
      reference: task.reference,
      people: task.subjects.map((s) => s.name).join(", ") || "Not known",
      due: formatDateTime(task.check.dueAt),
      answered: task.check.respondedAt ? formatDateTime(task.check.respondedAt) : "",
    }));
  const agency = open[0]?.check.agency ?? answered[0]?.check.agency;
  return {
    desk: actor.organisation,
    agency: agency ? AGENCY_NAMES[agency] : null,
    open: rows(open),
    answered: rows(answered),
  };
}

export default function Checks() {
  const { desk, open, answered } = useLoaderData<typeof loader>();
  return (
    <>
      <title>{pageTitle("mash", "Checks for your agency")}</title>
      <span className="govuk-caption-l">{desk}</span>
      <h1 className="govuk-heading-l">Checks for your agency</h1>
      <p className="govuk-body">
        The hub has asked your agency what it knows about these people. You see only who each check is about
        and the question.
      </p>
      <h2 className="govuk-heading-m">Waiting for your answer</h2>
      {open.length === 0 ? (
        <p className="govuk-body">There are no checks waiting for your agency.</p>
      ) : (
        <Table
          head={[{ text: "Reference" }, { text: "About" }, { text: "Due" }]}
          rows={open.map((row) => [
            {
              html: `<a class="govuk-link" href="/checks/${encodeURIComponent(row.id)}">${escapeHtml(row.reference)}</a>`,
            },
            { text: row.people },
            { text: row.due },
          ])}
        />
      )}
      <h2 className="govuk-heading-m">Answered</h2>
      {answered.length === 0 ? (
        <p className="govuk-body">Your agency has not answered any checks yet.</p>
      ) : (
        <Table
          head={[{ text: "Reference" }, { text: "About" }, { text: "Answered" }]}
          rows={answered.map((row) => [
            {
              html: `<a class="govuk-link" href="/checks/${encodeURIComponent(row.id)}">${escapeHtml(row.reference)}</a>`,
            },
            { text: row.people },
            { text: row.answered },
          ])}
        />
      )}
    </>
  );
}
