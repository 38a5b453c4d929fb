import { assertSameOrigin } from "@portal/auth";
import { canActAsCouncil, providerOf } from "@portal/commissioning";
import { Button } from "@portal/govuk-react";
import { londonDateOf } from "@portal/intake/london-clock";
import { pageTitle } from "@portal/web";
import { RadiosField } from "@portal/web/casework/bound-fields.tsx";
import { commandAction } from "@portal/web/casework/command-action.server.ts";
import { formState } from "@portal/web/casework/form-state.ts";
import { PageTop } from "@portal/web/casework/page-top.tsx";
import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { prepareCommands, prepareRefusalField } from "../.server/invoice-commands.ts";
import { forbidden, office } from "../.server/office.ts";
import { runResult } from "../.server/run-result.ts";
import { PREPARE_PERIOD } from "../components/invoices/fields.ts";
import {
  financeRows,
  periodChoice,
  providerRows,
  STATUS_OPTIONS,
  statusFilter,
} from "../components/invoices/invoice-list.server.ts";
import { InvoicesTable } from "../components/invoices/invoices-table.tsx";
import { StatusFilter } from "../components/status-filter.tsx";
import type { Route } from "./+types/invoices";

/** A provider's own invoices and the periods it may invoice; finance's list of every provider's. */
export async function loader({ request }: Route.LoaderArgs) {
  const { actor, commissioning, now } = await office(request);
  const params = new URL(request.url).searchParams;
  if (canActAsCouncil(actor)) {
    const all = commissioning.listAllInvoices(actor);
    if (!all.ok) throw forbidden();
    const status = statusFilter(params.get("status"));
    return {
      view: "finance" as const,
      rows: financeRows(all.value, status),
      status: status ?? "",
      statuses: STATUS_OPTIONS,
      periods: [],
    };
  }
  const providerId = providerOf(actor);
  if (providerId === null) throw forbidden();
  const invoices = commissioning.listInvoices(actor, providerId);
  const periods = commissioning.invoiceablePeriods(actor, providerId, londonDateOf(now));
  if (!invoices.ok || !periods.ok) throw forbidden();
  return {
    view: "provider" as const,
    rows: providerRows(invoices.value),
    status: "",
    statuses: [],
    periods: periods.value.map(periodChoice),
  };
}

/** "Prepare an invoice": drafts the provider's invoice for an ended period, then shows it. */
export async function action({ request }: Route.ActionArgs) {
  const { portal, actor, commissioning, now } = await office(request);
  assertSameOrigin(request, portal.auth.origin);
  const providerId = providerOf(actor);
  if (providerId === null) throw forbidden();
  const periods = commissioning.invoiceablePeriods(actor, providerId, londonDateOf(now));
  if (!periods.ok) throw forbidden();
  return commandAction(
    prepareCommands.parse(await request.formData(), { periods: periods.value.map((p) => p.start) }),
    ({ periodStart }) => runResult(commissioning.draftInvoice(actor, providerId, periodStart, now)),
    prepareRefusalField,
    (_intent, { value }) => redirect(`/invoices/${encodeURIComponent(value.id)}?done=prepared`),
  );
}

export default function Invoices() {
  const page = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>();
  const title = pageTitle("providers", "Invoices");
  const prepare = formState(refusal, "prepare");
  return (
    <>
      <PageTop title={title} refusal={refusal} />
      <h1 className="govuk-heading-l">Invoices</h1>
      {page.view === "finance" ? (
        <>
          <p className="govuk-body">
            Every provider's invoices, those waiting for your approval first. Approved invoices are paid from{" "}
            <a className="govuk-link" href="/payments">
              Payments
            </a>
            .
          </p>
          <StatusFilter
            action="/invoices"
            heading="Filter the invoices"
            value={page.status}
            items={page.statuses}
          />
        </>
      ) : (
        <section aria-labelledby="prepare" className="govuk-!-margin-bottom-8">
          <h2 className="govuk-heading-m" id="prepare">
            Prepare an invoice
          </h2>
          {page.periods.length === 0 ? (
            <p className="govuk-body" data-testid="no-periods">
              Every invoice period that has ended has an invoice. You can prepare the next one when its period
              ends.
            </p>
          ) : (
            <Form method="post" action="/invoices" noValidate>
              <input type="hidden" name="intent" value="prepare" />
              <RadiosField
                state={prepare}
                name={PREPARE_PERIOD}
                fieldset={{
                  legend: { text: "Which period is the invoice for?", classes: "govuk-fieldset__legend--s" },
                }}
                hint={{
                  text: "Periods are 4 weeks long. The invoice takes every settled visit up to the period's end not already invoiced.",
                }}
                items={page.periods}
                fallback={page.periods.length === 1 ? page.periods[0]?.value : undefined}
              />
              <Button text="Prepare invoice" preventDoubleClick />
            </Form>
          )}
        </section>
      )}
      {page.rows.length === 0 ? (
        <>
          <h2 className="govuk-heading-m">{page.view === "finance" ? "Invoices" : "Your invoices"}</h2>
          <p className="govuk-body" data-testid="invoices-empty">
            {page.view === "finance" && page.status !== ""
              ? "There are no invoices with this status."
              : "There are no invoices yet."}
          </p>
        </>
      ) : (
        <InvoicesTable
          rows={page.rows}
          caption={page.view === "finance" ? "Invoices" : "Your invoices, newest first"}
          withProvider={page.view === "finance"}
        />
      )}
    </>
  );
}
