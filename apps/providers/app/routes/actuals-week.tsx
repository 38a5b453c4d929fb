import { assertSameOrigin } from "@portal/auth";
import { WarningText } from "@portal/govuk-react";
import { pageTitle } from "@portal/web";
import { commandAction } from "@portal/web/casework/command-action.server.ts";
import { formState } from "@portal/web/casework/form-state.ts";
import { LinesList } from "@portal/web/casework/lines-list.tsx";
import { PageTop } from "@portal/web/casework/page-top.tsx";
import { redirect, useActionData, useLoaderData } from "react-router";
import { parseVisit, visitRefusalField, weekChoice } from "../.server/actuals-commands.ts";
import { notFound, office } from "../.server/office.ts";
import { runResult } from "../.server/run-result.ts";
import { dayAnchor } from "../components/actuals/fields.ts";
import { VisitForm } from "../components/actuals/visit-form.tsx";
import { WeekCalendar } from "../components/actuals/week-calendar.tsx";
import { weekPage } from "../components/actuals/week-page.server.ts";
import { WeekPagination } from "../components/actuals/week-pagination.tsx";
import type { Route } from "./+types/actuals-week";

/** One order's week on a calendar; another provider's order (or one that does not exist) is a 404. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { actor, commissioning, now } = await office(request);
  const url = new URL(request.url);
  const choice = weekChoice(url.searchParams.get("week"), now);
  const week = commissioning.viewWeek(actor, params.orderId, choice.monday);
  if (!week.ok) throw notFound();
  return weekPage(week.value, choice, actor, now, url.searchParams.get("done"));
}

/** Records or corrects one visit; a refusal changes nothing and comes back with its messages. */
export async function action({ request, params }: Route.ActionArgs) {
  const { portal, actor, commissioning, now } = await office(request);
  assertSameOrigin(request, portal.auth.origin);
  const choice = weekChoice(new URL(request.url).searchParams.get("week"), now);
  const week = commissioning.viewWeek(actor, params.orderId, choice.monday);
  if (!week.ok) throw notFound();
  const { order, planned, visits } = week.value;
  const parsed = parseVisit(await request.formData(), {
    orderId: order.id,
    monday: choice.monday,
    planned,
    recorded: visits.map((v) => ({ date: v.date, claimedStart: v.claimedStart, plannedVisitId: null })),
    now,
  });
  return commandAction(
    parsed,
    (command) => runResult(commissioning.recordVisit(actor, command, now)),
    visitRefusalField,
    (_intent, result) =>
      redirect(
        `/actuals/${encodeURIComponent(order.id)}?week=${choice.monday}&done=recorded#${dayAnchor(result.value.date)}`,
      ),
  );
}

export default function ActualsWeek() {
  const page = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>();
  const title = pageTitle("providers", `Visits for ${page.person}`, page.week.heading);
  const postTo = `/actuals/${encodeURIComponent(page.orderId)}?week=${page.week.monday}`;
  const newVisit = formState(refusal, page.newVisit.intent);
  return (
    <>
      <PageTop
        title={title}
        refusal={refusal}
        back={{ href: `/actuals?week=${page.week.monday}`, text: "Back to actuals" }}
        done={page.done}
      />
      <span className="govuk-caption-l">{page.week.heading}</span>
      <h1 className="govuk-heading-l">
        Visits for {page.person}
        {page.provider && ` (${page.provider})`}
      </h1>
      {page.locked && <WarningText text="This week has been invoiced, so its visits cannot be changed." />}
      <LinesList rows={page.summary} />
      <WeekPagination previous={page.week.previous} next={page.week.next} />
      <WeekCalendar days={page.days} action={postTo} canRecord={page.canRecord} refusal={refusal} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {page.canRecord && page.newVisit.days.length > 0 && (
            <section aria-labelledby="record-new-heading">
              <h2 className="govuk-heading-m" id="record-new-heading">
                Record a visit that was not planned
              </h2>
              <p className="govuk-body">
                A visit that was not planned waits for a finance decision before it is paid.
              </p>
              <VisitForm
                action={postTo}
                intent={page.newVisit.intent}
                values={{ start: "", minutes: "", carers: "1", status: "", reason: "" }}
                state={newVisit}
                days={page.newVisit.days}
                button="Record the visit"
              />
            </section>
          )}
        </div>
      </div>
    </>
  );
}
