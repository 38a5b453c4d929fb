import { assertSameOrigin } from "@portal/auth";
import { canView } from "@portal/intake";
import { pageTitle } from "@portal/web";
import { Answers } from "@portal/web/casework/answers.tsx";
import { CaseFrame } from "@portal/web/casework/case-frame.tsx";
import { commandAction } from "@portal/web/casework/command-action.server.ts";
import { formState } from "@portal/web/casework/form-state.ts";
import { History } from "@portal/web/casework/history.tsx";
import { Messages } from "@portal/web/casework/messages.tsx";
import { redirect, useActionData, useLoaderData } from "react-router";
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
  return commandAction(
    commands.parse(await request.formData(), { actor, now }),
    (command) => triage.run(actor, params.id, command, portal.name, now),
    refusalField,
    (intent, { item }) =>
      // Sent to a team this person is not in: the item has left their queue, so say where it went.
      canView(actor, item)
        ? redirect(`/items/${encodeURIComponent(params.id)}?done=${intent}`)
        : redirect(`/queue?sent=${encodeURIComponent(item.reference)}&to=${item.service}`),
  );
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
      <CaseFrame
        title={title}
        back={{ href: "/queue", text: "Back to the queue" }}
        refusal={refusal}
        done={page.done}
        header={<ItemHeader page={page} />}
        contents={CONTENTS}
        summary={page.summary}
      />
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
