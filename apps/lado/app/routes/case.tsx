import { assertSameOrigin } from "@portal/auth";
import { ErrorSummary, NotificationBanner } from "@portal/govuk-react";
import { pageTitle } from "@portal/web";
import { Answers } from "@portal/web/casework/answers.tsx";
import type { Refusal } from "@portal/web/casework/command-forms.ts";
import { History } from "@portal/web/casework/history.tsx";
import { LinesList } from "@portal/web/casework/lines-list.tsx";
import { Messages } from "@portal/web/casework/messages.tsx";
import { data, redirect, useActionData, useLoaderData } from "react-router";
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
  const parsed = commands.parse(await request.formData(), { actor, now });
  if (!parsed.ok) {
    if (parsed.intent === null) throw new Response("Bad Request", { status: 400 });
    return data<Refusal>(
      { intent: parsed.intent, errors: parsed.errors, values: parsed.values },
      { status: 400 },
    );
  }
  const { intent, command, values } = parsed;
  const outcome = lado.run(actor, params.id, command, portal.name, now);
  if (!outcome.ok) {
    if (outcome.reason === "not-found") throw notFound();
    const { code, message } = outcome.error;
    if (code === "forbidden") throw forbidden();
    return data<Refusal>(
      { intent, errors: [{ field: refusalField(intent, code), message }], values },
      { status: 400 },
    );
  }
  return redirect(`/cases/${encodeURIComponent(params.id)}?done=${intent}`);
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
      <title>{refusal ? `Error: ${title}` : title}</title>
      <a href="/cases" className="govuk-back-link">
        Back to cases
      </a>
      {refusal && (
        <ErrorSummary
          titleText="There is a problem"
          errorList={refusal.errors.map((error) => ({ text: error.message, href: `#${error.field}` }))}
        />
      )}
      {page.done && !refusal && <NotificationBanner type="success" text={page.done} />}
      <CaseHeader page={page} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <nav aria-labelledby="contents">
            <h2 className="govuk-heading-s govuk-!-margin-bottom-1" id="contents">
              On this page
            </h2>
            <ul className="govuk-list">
              {CONTENTS.map((link) => (
                <li key={link.href}>
                  <a className="govuk-link" href={link.href}>
                    {link.text}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <h2 className="govuk-visually-hidden">Summary</h2>
          <LinesList rows={page.summary} classes="govuk-!-margin-bottom-9" />
        </div>
      </div>
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
