import { assertSameOrigin } from "@portal/auth";
import { pageTitle } from "@portal/web";
import { commandAction } from "@portal/web/casework/command-action.server.ts";
import { formState } from "@portal/web/casework/form-state.ts";
import { PageTop } from "@portal/web/casework/page-top.tsx";
import { redirect, useActionData, useLoaderData } from "react-router";
import { decisionRefusalField, parseDecision } from "../.server/exception-commands.ts";
import { forbidden, office } from "../.server/office.ts";
import { runResult } from "../.server/run-result.ts";
import { ExceptionDecision } from "../components/exceptions/decision-form.tsx";
import { exceptionRow } from "../components/exceptions/rows.server.ts";
import type { Route } from "./+types/exceptions";

const DONE: Record<string, string> = { decided: "Decision saved. The provider can see it with its reason." };

/** Finance's exceptions waiting for a decision, oldest first; a 403 for anyone else. */
export async function loader({ request }: Route.LoaderArgs) {
  const { actor, commissioning } = await office(request);
  const queue = commissioning.exceptionQueue(actor);
  if (!queue.ok) throw forbidden();
  const done = new URL(request.url).searchParams.get("done");
  return {
    rows: queue.value.map(exceptionRow),
    done: done !== null && Object.hasOwn(DONE, done) ? DONE[done] : null,
  };
}

/** One exception's decision; a refusal changes nothing and comes back by its form's fields. */
export async function action({ request }: Route.ActionArgs) {
  const { portal, actor, commissioning, now } = await office(request);
  assertSameOrigin(request, portal.auth.origin);
  return commandAction(
    parseDecision(await request.formData()),
    ({ visitId, outcome, reason }) =>
      runResult(commissioning.decideException(actor, visitId, { outcome, reason }, now)),
    decisionRefusalField,
    () => redirect("/exceptions?done=decided"),
  );
}

export default function Exceptions() {
  const { rows, done } = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>();
  const title = pageTitle("providers", "Exceptions");
  const count = rows.length === 1 ? "1 visit waiting" : `${rows.length} visits waiting`;
  return (
    <>
      <PageTop title={title} refusal={refusal} done={done} />
      <h1 className="govuk-heading-l">
        <span className="govuk-caption-l">{count}</span>
        Exceptions waiting for a decision
      </h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            Visits over the plan by more than the contract's tolerance, with more carers than planned, or not
            planned at all. Nothing is paid for them until you decide; the oldest are first.
          </p>
          {rows.length === 0 ? (
            <p className="govuk-body" data-testid="exceptions-empty">
              There are no exceptions waiting for a decision.
            </p>
          ) : (
            rows.map((row) => (
              <ExceptionDecision key={row.visitId} row={row} state={formState(refusal, row.fields.intent)} />
            ))
          )}
        </div>
      </div>
    </>
  );
}
