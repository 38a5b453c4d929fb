import { assertSameOrigin } from "@portal/auth";
import { Button, ErrorSummary, NotificationBanner, SummaryList, Textarea } from "@portal/govuk-react";
import { formatDate, formatDateTime, pageTitle } from "@portal/web";
import { data, redirect, useActionData, useLoaderData } from "react-router";
import { hub, notFound } from "../.server/hub.ts";
import { AGENCY_NAMES } from "../components/names.ts";
import type { Route } from "./+types/check";

const RESPONSE_MAX = 5000;

/** A partner desk's one check: who it is about and the question, never the referral itself. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { actor, triage, now } = await hub(request);
  const task = triage.viewCheck(actor, params.id, "mash", now);
  if (!task) throw notFound();
  const { check } = task;
  return {
    answeredNow: new URL(request.url).searchParams.get("done") === "answered",
    reference: task.reference,
    agency: AGENCY_NAMES[check.agency],
    question: check.question,
    due: formatDateTime(check.dueAt),
    open: check.status === "open",
    status: check.status,
    response: check.response,
    respondedAt: check.respondedAt ? formatDateTime(check.respondedAt) : null,
    respondedBy: check.respondedBy?.name ?? null,
    people: task.subjects.map((person) => ({
      name: person.name,
      role: person.role,
      dateOfBirth: person.dateOfBirth ? formatDate(person.dateOfBirth) : "Not given",
      postcode: person.postcode ?? "Not given",
    })),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { actor, triage, now, portal } = await hub(request);
  assertSameOrigin(request, portal.auth.origin);
  const form = await request.formData();
  const response = String(form.get("response") ?? "");
  const message =
    response.trim() === ""
      ? "Enter your agency's response"
      : response.length > RESPONSE_MAX
        ? `Your response must be ${RESPONSE_MAX} characters or less`
        : null;
  if (message) return data({ error: message, response }, { status: 400 });
  const outcome = triage.answerCheck(actor, params.id, response, "mash", now);
  if (!outcome.ok && outcome.reason === "not-found") throw notFound();
  if (!outcome.ok) return data({ error: outcome.error.message, response }, { status: 400 });
  return redirect(`/checks/${encodeURIComponent(params.id)}?done=answered`);
}

export default function Check() {
  const check = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const title = `Check for ${check.reference}`;
  return (
    <>
      <title>{pageTitle("mash", failed ? `Error: ${title}` : title)}</title>
      <a href="/checks" className="govuk-back-link">
        Back to your checks
      </a>
      {check.answeredNow && !failed && (
        <NotificationBanner
          type="success"
          titleText="Success"
          text="Your response has been sent to the hub"
        />
      )}
      {failed && (
        <ErrorSummary
          titleText="There is a problem"
          errorList={[{ text: failed.error, href: "#response" }]}
        />
      )}
      <span className="govuk-caption-l">{check.agency} check</span>
      <h1 className="govuk-heading-l">{check.reference}</h1>
      <h2 className="govuk-heading-m">The question</h2>
      <p className="govuk-body app-preserve-lines">{check.question}</p>
      <p className="govuk-body">Answer by {check.due}.</p>
      <h2 className="govuk-heading-m">Who it is about</h2>
      {check.people.map((person, index) => (
        <SummaryList
          key={`${person.name}-${index}`}
          card={{ title: { text: person.name } }}
          rows={[
            { key: { text: "Role" }, value: { text: person.role ?? "Not given" } },
            { key: { text: "Date of birth" }, value: { text: person.dateOfBirth } },
            { key: { text: "Postcode" }, value: { text: person.postcode } },
          ]}
        />
      ))}
      {check.open ? (
        <form method="post" noValidate>
          <Textarea
            id="response"
            name="response"
            label={{ text: "Your agency's response", classes: "govuk-label--m", isPageHeading: false }}
            hint={{
              text: "What your agency knows about these people that helps the hub decide. Say if nothing is known.",
            }}
            value={failed?.response ?? ""}
            errorMessage={failed ? { text: failed.error } : undefined}
            rows={8}
          />
          <Button text="Send response" preventDoubleClick />
        </form>
      ) : (
        <>
          <h2 className="govuk-heading-m">
            {check.status === "answered" ? "Your agency's response" : "Withdrawn"}
          </h2>
          {check.response && <p className="govuk-body app-preserve-lines">{check.response}</p>}
          {check.respondedAt && (
            <p className="govuk-body-s">
              Answered by {check.respondedBy} on {check.respondedAt}.
            </p>
          )}
        </>
      )}
    </>
  );
}
