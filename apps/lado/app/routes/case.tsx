import { assertSameOrigin } from "@portal/auth";
import { pageTitle } from "@portal/web";
import { Answers } from "@portal/web/casework/answers.tsx";
import { CaseFrame } from "@portal/web/casework/case-frame.tsx";
import { commandAction } from "@portal/web/casework/command-action.server.ts";
import { History } from "@portal/web/casework/history.tsx";
import { Messages } from "@portal/web/casework/messages.tsx";
import { redirect, useActionData, useLoaderData } from "react-router";
import { commands, refusalField } from "../.server/commands.ts";
import { desk, forbidden, notFound } from "../.server/desk.ts";
import { Actions } from "../components/case/actions.tsx";
import { casePage } from "../components/case/page.server.ts";
import {
  CaseHeader,
  Consideration,
  Enquiries,
  Meetings,
  Outcome,
  RepeatConcerns,
  Timescales,
} from "../components/case/sections.tsx";
import type { Route } from "./+types/case";

/** The whole case for the LADO team; anyone else gets a 403, and a case that is not there a 404. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { portal, actor, lado, now } = await desk(request);
  const outcome = lado.viewCase(actor, params.id, portal.name, now);
  if (!outcome.ok) throw outcome.reason === "forbidden" ? forbidden() : notFound();
  return casePage(outcome.view, actor, now, new URL(request.url).searchParams.get("done"));
}

/** One command from one of the page's forms; a refusal changes nothing and comes back with its messages. */
export async function action({ request, params }: Route.ActionArgs) {
  const { portal, actor, lado, now } = await desk(request);
  assertSameOrigin(request, portal.auth.origin);
  return commandAction(
    commands.parse(await request.formData(), { actor, now }),
    (command) => lado.run(actor, params.id, command, portal.name, now),
    refusalField,
    (intent) => redirect(`/cases/${encodeURIComponent(params.id)}?done=${intent}`),
  );
}

const CONTENTS = [
  { href: "#repeat-concerns", text: "Earlier concerns about this adult" },
  { href: "#answers", text: "What the employer told us" },
  { href: "#messages", text: "Requests for information" },
  { href: "#consideration", text: "Initial consideration" },
  { href: "#meetings", text: "Meetings" },
  { href: "#enquiries", text: "Enquiries" },
  { href: "#outcome", text: "Outcome and referrals" },
  { href: "#timescales", text: "KCSIE timescales" },
  { href: "#history", text: "History" },
  { href: "#actions", text: "Actions" },
];

export default function Case() {
  const page = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>();
  const title = pageTitle("lado", page.reference);
  return (
    <>
      <CaseFrame
        title={title}
        back={{ href: "/cases", text: "Back to cases" }}
        refusal={refusal}
        done={page.done}
        header={<CaseHeader page={page} />}
        contents={CONTENTS}
        summary={page.summary}
      />
      <RepeatConcerns rows={page.repeatConcerns} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Answers answers={page.answers} heading="What the employer told us" />
          <Messages messages={page.messages} heading="Requests for information" />
          <Consideration rows={page.consideration} />
          <Meetings meetings={page.meetings} />
          <Enquiries rows={page.enquiries} />
          <Outcome outcome={page.outcome} followOns={page.followOns} links={page.links} />
          <Timescales rows={page.kcsie} />
          <History history={page.history} />
          {/* A new history entry means a command went through: the forms start empty again. */}
          <Actions key={page.history.length} caseId={page.id} forms={page.actions} refusal={refusal} />
        </div>
      </div>
    </>
  );
}
