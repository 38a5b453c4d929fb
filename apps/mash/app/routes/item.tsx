import { assertSameOrigin } from "@portal/auth";
import { ErrorSummary, NotificationBanner } from "@portal/govuk-react";
import { canView } from "@portal/intake";
import { pageTitle } from "@portal/web";
import { Answers } from "@portal/web/casework/answers.tsx";
import type { Refusal } from "@portal/web/casework/command-forms.ts";
import { formState } from "@portal/web/casework/form-state.ts";
import { History } from "@portal/web/casework/history.tsx";
import { LinesList } from "@portal/web/casework/lines-list.tsx";
import { Messages } from "@portal/web/casework/messages.tsx";
import { data, redirect, useActionData, useLoaderData } from "react-router";
import { commands, refusalField } from "../.server/commands.ts";
import { forbidden, hub, notFound } from "../.server/hub.ts";
import { Actions } from "../components/item/actions.tsx";
import { Checks } from "../components/item/checks.tsx";
import { ItemHeader } from "../components/item/header.tsx";
import { itemPage } from "../components/item/page.server.ts";
import { People } from "../components/item/people.tsx";
import type { Route } from "./+types/item";

/** The whole item for someone whose service it is; a partner desk, or anyone else, gets a 403. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { portal, actor, triage, now } = await hub(request);
  const outcome = triage.viewItem(actor, params.id, portal.name, now);
  if (!outcome.ok) throw outcome.reason === "forbidden" ? forbidden() : notFound();
  return itemPage(outcome.view, actor, now, new URL(request.url).searchParams.get("done"));
}

/** One command from one of the page's forms; a refusal changes nothing and comes back with its messages. */
export async function action({ request, params }: Route.ActionArgs) {
  const { portal, actor, triage, now } = await hub(request);
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
  const outcome = triage.run(actor, params.id, command, portal.name, now);
  if (!outcome.ok) {
    if (outcome.reason === "not-found") throw notFound();
    const { code, message } = outcome.error;
    if (code === "forbidden") throw forbidden();
    return data<Refusal>(
      { intent, errors: [{ field: refusalField(intent, code), message }], values },
      { status: 400 },
    );
  }
  // Sent to a team this person is not in: the item has left their queue, so say where it went.
  if (!canView(actor, outcome.item))
    return redirect(`/queue?sent=${encodeURIComponent(outcome.item.reference)}&to=${outcome.item.service}`);
  return redirect(`/items/${encodeURIComponent(params.id)}?done=${intent}`);
}

const CONTENTS = [
  { href: "#people", text: "People in this referral" },
  { href: "#checks", text: "Partner agency checks" },
  { href: "#answers", text: "What the referrer told us" },
  { href: "#messages", text: "Messages with the referrer" },
  { href: "#history", text: "History" },
  { href: "#actions", text: "Actions" },
];

export default function Item() {
  const page = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>();
  const title = pageTitle("mash", page.reference, page.service);
  return (
    <>
      <title>{refusal ? `Error: ${title}` : title}</title>
      <a href="/queue" className="govuk-back-link">
        Back to the queue
      </a>
      {refusal && (
        <ErrorSummary
          titleText="There is a problem"
          errorList={refusal.errors.map((error) => ({ text: error.message, href: `#${error.field}` }))}
        />
      )}
      {page.done && !refusal && <NotificationBanner type="success" text={page.done} />}
      <ItemHeader page={page} />
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
      <People
        itemId={page.id}
        people={page.people}
        link={formState(refusal, "link")}
        duplicate={formState(refusal, "mark-duplicate")}
      />
      <Checks checks={page.checks} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Answers answers={page.answers} heading="What the referrer told us" />
          <Messages messages={page.messages} heading="Messages with the referrer" />
          <History history={page.history} />
          {/* A new history entry means a command went through: the forms start empty again. */}
          <Actions key={page.history.length} itemId={page.id} forms={page.actions} refusal={refusal} />
        </div>
      </div>
    </>
  );
}
