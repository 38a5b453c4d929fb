import { assertSameOrigin, signInLocation } from "@portal/auth";
import { Button, CharacterCount, ErrorMessage, WarningText } from "@portal/govuk-react";
import { pageTitle } from "@portal/web";
import { CaseHeading } from "@portal/web/casework/case-heading.tsx";
import { commandAction } from "@portal/web/casework/command-action.server.ts";
import { formState } from "@portal/web/casework/form-state.ts";
import { LinesList } from "@portal/web/casework/lines-list.tsx";
import { PageTop } from "@portal/web/casework/page-top.tsx";
import { requireRecentSignIn } from "@portal/web/guard.server.ts";
import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { forbidden, notFound, office } from "../.server/office.ts";
import { orderCommands, orderRefusalField } from "../.server/order-commands.ts";
import { runResult } from "../.server/run-result.ts";
import { REJECT_SIGN_IN_MINUTES, rejectPage } from "../components/orders/order-page.server.ts";
import type { Route } from "./+types/order-reject";

/**
 * Rejecting an order stops care being arranged, so it needs the person, not just their open
 * session: the page opens only within a few minutes of a sign-in, and the domain checks again when
 * the rejection is posted. Only the order's provider may reject it; finance gets a 403.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { user, actor, commissioning, now } = await office(request);
  const result = commissioning.viewOrder(actor, params.id);
  if (!result.ok) throw result.code === "forbidden" ? forbidden() : notFound();
  const page = rejectPage(result.value, actor);
  if (!page) throw forbidden();
  // An order that cannot be rejected says so without asking anyone to sign in for nothing.
  if (page.rejectable) requireRecentSignIn(request, user, REJECT_SIGN_IN_MINUTES, now);
  return { ...page, signInAgain: signInLocation(request, { fresh: true }) };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { portal, user, actor, commissioning, now } = await office(request);
  assertSameOrigin(request, portal.auth.origin);
  const parsed = orderCommands.parse(await request.formData(), { authenticatedAt: user.authenticatedAt });
  if (parsed.intent !== "reject") throw new Response("Bad Request", { status: 400 });
  return commandAction(
    parsed,
    (command) => runResult(commissioning.runOrder(actor, params.id, command, now)),
    orderRefusalField,
    () => redirect(`/orders/${encodeURIComponent(params.id)}?done=rejected`),
  );
}

export default function OrderReject() {
  const page = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>();
  const state = formState(refusal, "reject");
  const orderHref = `/orders/${encodeURIComponent(page.id)}`;
  const title = pageTitle("providers", `Reject the order for ${page.person}`);
  const signInError = state.error("reject-sign-in");
  const submitError = state.error("reject-submit");
  return (
    <>
      <PageTop title={title} refusal={refusal} back={{ href: orderHref, text: "Back to the order" }} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <CaseHeading
            caption={`Service order for ${page.person}`}
            reference={page.rejectable ? "Reject this order" : "You cannot reject this order"}
            tags={[{ label: "Status", ...page.status }]}
          />
          <h2 className="govuk-visually-hidden">The order</h2>
          <LinesList rows={page.summary} classes="govuk-!-margin-bottom-6" />
          {page.rejectable ? (
            <>
              <p className="govuk-body">
                We asked you to sign in again because rejecting an order stops this care being arranged with
                you. You must have signed in within the last {page.signInMinutes} minutes to reject an order.
              </p>
              <p className="govuk-body">The council will see your reason and may change the order.</p>
              <Form method="post" action={`${orderHref}/reject`} noValidate>
                <input type="hidden" name="intent" value="reject" />
                <CharacterCount
                  id="reject-reason"
                  name="reject-reason"
                  maxlength={page.maxReason}
                  label={{ text: "Why are you rejecting this order?", classes: "govuk-label--s" }}
                  hint={{ text: "For example, you cannot staff the calls at these times." }}
                  value={state.text("reject-reason") ?? ""}
                  errorMessage={state.error("reject-reason")}
                />
                {signInError && (
                  <div className="govuk-form-group govuk-form-group--error">
                    <ErrorMessage id="reject-sign-in-error" text={signInError.text} />
                    <p className="govuk-body">
                      <a
                        className="govuk-link"
                        id="reject-sign-in"
                        href={page.signInAgain}
                        aria-describedby="reject-sign-in-error"
                      >
                        Sign in again
                      </a>{" "}
                      and then give your reason again.
                    </p>
                  </div>
                )}
                <WarningText text="Rejecting the order cannot be undone. The council would have to issue a change for you to accept." />
                <div className={submitError ? "govuk-form-group govuk-form-group--error" : undefined}>
                  {submitError && <ErrorMessage id="reject-submit-error" text={submitError.text} />}
                  <div className="govuk-button-group">
                    <Button
                      id="reject-submit"
                      text="Reject order"
                      classes="govuk-button--warning"
                      preventDoubleClick
                      attributes={submitError ? { "aria-describedby": "reject-submit-error" } : undefined}
                    />
                    <a className="govuk-link" href={orderHref}>
                      Cancel
                    </a>
                  </div>
                </div>
              </Form>
            </>
          ) : (
            <>
              <p className="govuk-body">{page.notRejectable}</p>
              <p className="govuk-body">
                <a className="govuk-link" href={orderHref}>
                  Go back to the order
                </a>
              </p>
            </>
          )}
        </div>
      </div>
    </>
  );
}
