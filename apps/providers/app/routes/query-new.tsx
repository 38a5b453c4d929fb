import { assertSameOrigin } from "@portal/auth";
import { Button } from "@portal/govuk-react";
import { pageTitle } from "@portal/web";
import { smallLegend } from "@portal/web/casework/action-form.tsx";
import { InputField, RadiosField, TextareaField } from "@portal/web/casework/bound-fields.tsx";
import { commandAction } from "@portal/web/casework/command-action.server.ts";
import { formState } from "@portal/web/casework/form-state.ts";
import { PageTop } from "@portal/web/casework/page-top.tsx";
import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { office } from "../.server/office.ts";
import { aboutParam, raiseCommands, raiseRefusalField } from "../.server/query-commands.ts";
import { runResult } from "../.server/run-result.ts";
import { MAX_TITLE, RAISE_FIELDS } from "../components/queries/fields.ts";
import { newQuerySubject } from "../components/queries/rows.server.ts";
import type { Route } from "./+types/query-new";

export async function loader({ request }: Route.LoaderArgs) {
  const { portal, actor, commissioning } = await office(request);
  const about = new URL(request.url).searchParams.get("about");
  const { subject, shown } = newQuerySubject(commissioning, actor, about);
  return {
    postTo: `/queries/new?about=${encodeURIComponent(aboutParam(subject))}`,
    about: shown,
    teams: portal.env.PROVIDER_QUERY_TEAMS,
  };
}

export async function action({ request }: Route.ActionArgs) {
  const { portal, actor, commissioning, now } = await office(request);
  assertSameOrigin(request, portal.auth.origin);
  const about = new URL(request.url).searchParams.get("about");
  const { subject } = newQuerySubject(commissioning, actor, about);
  return commandAction(
    raiseCommands.parse(await request.formData(), { teams: portal.env.PROVIDER_QUERY_TEAMS }),
    (input) => runResult(commissioning.raiseQuery(actor, { about: subject, ...input }, now)),
    raiseRefusalField,
    (_intent, { value }) => redirect(`/queries/${encodeURIComponent(value.id)}?done=raised`),
  );
}

export default function QueryNew() {
  const { postTo, about, teams } = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>();
  const state = formState(refusal, "raise");
  const title = pageTitle("providers", "Ask the council a question");
  return (
    <>
      <PageTop
        title={title}
        refusal={refusal}
        back={
          about.href
            ? {
                href: about.href,
                text: `Back to ${about.text.charAt(0).toLowerCase()}${about.text.slice(1)}`,
              }
            : null
        }
      />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">
            <span className="govuk-caption-l">{about.text}</span>
            Ask the council a question
          </h1>
          <Form method="post" action={postTo} noValidate>
            <input type="hidden" name="intent" value="raise" />
            <RadiosField
              state={state}
              name={RAISE_FIELDS.team}
              fieldset={smallLegend("Which team is your question for?")}
              items={teams.map((team) => ({ value: team, text: team }))}
            />
            <InputField
              state={state}
              name={RAISE_FIELDS.title}
              label={{ text: "Subject", classes: "govuk-label--s" }}
              hint={{ text: `A few words, up to ${MAX_TITLE} characters` }}
            />
            <TextareaField
              state={state}
              name={RAISE_FIELDS.text}
              label={{ text: "Your question", classes: "govuk-label--s" }}
              rows={6}
            />
            <Button text="Send question" preventDoubleClick />
          </Form>
        </div>
      </div>
    </>
  );
}
