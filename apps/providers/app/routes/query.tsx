import { assertSameOrigin } from "@portal/auth";
import { SummaryList } from "@portal/govuk-react";
import { escapeHtml, pageTitle } from "@portal/web";
import { ActionForm, SubmitOnly } from "@portal/web/casework/action-form.tsx";
import { TextareaField } from "@portal/web/casework/bound-fields.tsx";
import { commandAction } from "@portal/web/casework/command-action.server.ts";
import { formState } from "@portal/web/casework/form-state.ts";
import { PageTop } from "@portal/web/casework/page-top.tsx";
import { redirect, useActionData, useLoaderData } from "react-router";
import { office } from "../.server/office.ts";
import { threadCommands, threadRefusalField } from "../.server/query-commands.ts";
import { runResult } from "../.server/run-result.ts";
import { REPLY_TEXT } from "../components/queries/fields.ts";
import { queryPage } from "../components/queries/rows.server.ts";
import { QueryStatusTag } from "../components/queries/status-tag.tsx";
import { Thread } from "../components/queries/thread.tsx";
import type { Route } from "./+types/query";

/** One query's thread, for its provider's staff and finance; anyone else's is not found. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { actor, commissioning } = await office(request);
  return queryPage(commissioning, actor, params.id, new URL(request.url).searchParams.get("done"));
}

/** A reply from either side, or closing an answered query. */
export async function action({ request, params }: Route.ActionArgs) {
  const { portal, actor, commissioning, now } = await office(request);
  assertSameOrigin(request, portal.auth.origin);
  return commandAction(
    threadCommands.parse(await request.formData(), undefined),
    (command) => runResult(commissioning.runQuery(actor, params.id, command, now)),
    threadRefusalField,
    (intent) =>
      redirect(`/queries/${encodeURIComponent(params.id)}?done=${intent === "close" ? "closed" : "replied"}`),
  );
}

export default function QueryThread() {
  const page = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>();
  const title = pageTitle("providers", page.title);
  const reply = formState(refusal, "reply");
  const close = formState(refusal, "close");
  return (
    <>
      <PageTop
        title={title}
        refusal={refusal}
        back={{ href: "/queries", text: "Back to queries" }}
        done={page.done}
      />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">
            <span className="govuk-caption-l">Query</span>
            {page.title}
          </h1>
          <p className="govuk-body">
            <QueryStatusTag status={page.status} />
          </p>
          <SummaryList
            rows={[
              page.provider ? { key: { text: "Provider" }, value: { text: page.provider } } : null,
              {
                key: { text: "About" },
                value: page.about.href
                  ? {
                      html: `<a class="govuk-link" href="${escapeHtml(page.about.href)}">${escapeHtml(page.about.text)}</a>`,
                    }
                  : { text: page.about.text },
              },
              { key: { text: "Team" }, value: { text: page.team } },
              { key: { text: "Raised" }, value: { text: page.raised } },
            ]}
          />
          <Thread messages={page.messages} />
          {/* A new message means a command went through: the reply box starts empty again. */}
          <div key={page.messages.length}>
            {page.canReply && (
              <ActionForm action={page.href} intent="reply" heading="Reply">
                <TextareaField
                  state={reply}
                  name={REPLY_TEXT}
                  label={{ text: "Your reply", classes: "govuk-visually-hidden" }}
                  rows={5}
                />
                <SubmitOnly state={reply} id="reply-submit" text="Send reply" />
              </ActionForm>
            )}
            {page.canClose && (
              <ActionForm action={page.href} intent="close" heading="Close this query">
                <p className="govuk-body">
                  Close the query if the answer settles it. A closed query takes no more replies: ask a new
                  question if you need to.
                </p>
                <SubmitOnly
                  state={close}
                  id="close-submit"
                  text="Close query"
                  classes="govuk-button--secondary"
                />
              </ActionForm>
            )}
            {page.closed && (
              <p className="govuk-body" data-testid="query-closed">
                This query is closed{page.closedAt ? ` (${page.closedAt})` : ""}. To ask something more, raise
                a new query from the order or invoice.
              </p>
            )}
          </div>
        </div>
      </div>
    </>
  );
}
