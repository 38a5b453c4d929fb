import { assertSameOrigin } from "@portal/auth";
import { pageTitle } from "@portal/web";
import { CaseFrame } from "@portal/web/casework/case-frame.tsx";
import { CaseHeading } from "@portal/web/casework/case-heading.tsx";
import { commandAction } from "@portal/web/casework/command-action.server.ts";
import { formState } from "@portal/web/casework/form-state.ts";
import { redirect, useActionData, useLoaderData } from "react-router";
import { forbidden, notFound, office } from "../.server/office.ts";
import { orderCommands, orderRefusalField } from "../.server/order-commands.ts";
import { runResult } from "../.server/run-result.ts";
import { DONE_OF_INTENT, orderPage } from "../components/orders/order-page.server.ts";
import { Decision, OrderLinks, VersionHistory, WeeklyPlan } from "../components/orders/order-sections.tsx";
import type { Route } from "./+types/order";

/** One order: its summary, weekly plan, versions and, for its provider, the decision it waits for. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { actor, commissioning } = await office(request);
  const result = commissioning.viewOrder(actor, params.id);
  if (!result.ok) throw result.code === "forbidden" ? forbidden() : notFound();
  const contract = commissioning.viewContract(actor, result.value.contractId);
  if (!contract.ok) throw notFound();
  return orderPage(result.value, contract.value, actor, new URL(request.url).searchParams.get("done"));
}

/** Accepting, the only command posted here (rejecting has its own page, behind a fresh sign-in). */
export async function action({ request, params }: Route.ActionArgs) {
  const { portal, user, actor, commissioning, now } = await office(request);
  assertSameOrigin(request, portal.auth.origin);
  const parsed = orderCommands.parse(await request.formData(), { authenticatedAt: user.authenticatedAt });
  // The reject form posts to its own page.
  if (parsed.intent !== "accept") throw new Response("Bad Request", { status: 400 });
  return commandAction(
    parsed,
    (command) => runResult(commissioning.runOrder(actor, params.id, command, now)),
    orderRefusalField,
    (intent) => redirect(`/orders/${encodeURIComponent(params.id)}?done=${DONE_OF_INTENT[intent]}`),
  );
}

export default function Order() {
  const page = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>();
  const contents = [
    { href: "#plan", text: "Weekly plan" },
    { href: "#versions", text: "Version history" },
    ...(page.mayDecide ? [{ href: "#decision", text: "Your decision" }] : []),
    ...(page.links.actuals || page.links.query ? [{ href: "#more", text: "More about this order" }] : []),
  ];
  return (
    <>
      <CaseFrame
        title={pageTitle("providers", `Order for ${page.person}`)}
        back={{ href: "/orders", text: "Back to service orders" }}
        refusal={refusal}
        done={page.done}
        header={
          <CaseHeading
            caption="Service order"
            reference={page.person}
            tags={[{ label: "Status", ...page.status }]}
          />
        }
        contents={contents}
        summary={page.summary}
      />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <WeeklyPlan page={page} />
          <VersionHistory history={page.history} />
          {page.mayDecide && <Decision page={page} state={formState(refusal, "accept")} />}
          <OrderLinks page={page} />
        </div>
      </div>
    </>
  );
}
