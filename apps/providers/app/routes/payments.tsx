import { assertSameOrigin } from "@portal/auth";
import { canActAsCouncil, sumPence } from "@portal/commissioning";
import { Button, NotificationBanner, Table } from "@portal/govuk-react";
import { londonDateOf } from "@portal/intake/london-clock";
import { escapeHtml, pageTitle } from "@portal/web";
import { InputField } from "@portal/web/casework/bound-fields.tsx";
import { commandAction } from "@portal/web/casework/command-action.server.ts";
import { formState } from "@portal/web/casework/form-state.ts";
import { PageTop } from "@portal/web/casework/page-top.tsx";
import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { defaultPaymentRun, exportCommands, exportRefusalField } from "../.server/invoice-commands.ts";
import { forbidden, office } from "../.server/office.ts";
import { runResult } from "../.server/run-result.ts";
import { PAYMENT_RUN } from "../components/invoices/fields.ts";
import { pounds } from "../components/invoices/format.server.ts";
import { runRows, waitingRows } from "../components/invoices/payments.server.ts";
import { hiddenHtml, linkHtml, numeric } from "../components/table-cells.ts";
import type { Route } from "./+types/payments";

/** Finance only: approved invoices waiting for payment, the export form and past payment runs. */
export async function loader({ request }: Route.LoaderArgs) {
  const { actor, commissioning, now } = await office(request);
  if (!canActAsCouncil(actor)) throw forbidden();
  const all = commissioning.listAllInvoices(actor);
  const runs = commissioning.paymentRuns(actor);
  if (!all.ok || !runs.ok) throw forbidden();
  const params = new URL(request.url).searchParams;
  const exported =
    params.get("done") === "exported"
      ? (runRows(runs.value).find((run) => run.name === params.get("run")) ?? null)
      : null;
  const approved = all.value.filter((entry) => entry.invoice.status === "approved");
  return {
    waiting: waitingRows(approved),
    waitingTotal: pounds(sumPence(approved.map((entry) => entry.invoice.totalPence))),
    defaultRun: defaultPaymentRun(londonDateOf(now)),
    runs: runRows(runs.value),
    exported,
  };
}

/** Exports every approved invoice in a named payment run, marks each paid, then offers the file. */
export async function action({ request }: Route.ActionArgs) {
  const { portal, actor, commissioning, now } = await office(request);
  assertSameOrigin(request, portal.auth.origin);
  const runs = commissioning.paymentRuns(actor);
  if (!runs.ok) throw forbidden();
  return commandAction(
    exportCommands.parse(await request.formData(), { usedRuns: runs.value.map((run) => run.paymentRun) }),
    ({ paymentRun }) => runResult(commissioning.exportPayments(actor, paymentRun, now)),
    exportRefusalField,
    (_intent, { value }) => redirect(`/payments?done=exported&run=${encodeURIComponent(value.paymentRun)}`),
  );
}

export default function Payments() {
  const page = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>();
  const title = pageTitle("providers", "Payments");
  const state = formState(refusal, "export");
  return (
    <>
      <PageTop title={title} refusal={refusal} />
      {page.exported && !refusal && (
        <NotificationBanner type="success" titleText="Success">
          <h3 className="govuk-notification-banner__heading">
            Payment run {page.exported.name} exported: {page.exported.invoices}{" "}
            {page.exported.invoices === 1 ? "invoice" : "invoices"} paid, {page.exported.total}
          </h3>
          <p className="govuk-body">
            <a className="govuk-notification-banner__link" href={page.exported.href} download>
              Download the payment file ({page.exported.name}.csv)
            </a>{" "}
            and load it into the finance system.
          </p>
        </NotificationBanner>
      )}
      <h1 className="govuk-heading-l">Payments</h1>
      <section aria-labelledby="waiting" className="govuk-!-margin-bottom-8">
        <h2 className="govuk-heading-m" id="waiting">
          Approved invoices waiting for payment
        </h2>
        {page.waiting.length === 0 ? (
          <p className="govuk-body" data-testid="nothing-waiting">
            There are no approved invoices waiting for payment.
          </p>
        ) : (
          <Table
            attributes={{ "data-testid": "waiting-invoices" }}
            caption="Approved invoices waiting for payment"
            captionClasses="govuk-visually-hidden"
            firstCellIsHeader
            head={[
              { text: "Provider" },
              { text: "Invoice" },
              { text: "Period" },
              { text: "Approved" },
              numeric("Amount"),
            ]}
            rows={[
              ...page.waiting.map((row) => [
                { text: row.provider },
                {
                  html: linkHtml(`/invoices/${encodeURIComponent(row.id)}`, row.number, {
                    classes: "app-nowrap",
                  }),
                },
                { text: row.period },
                { text: row.approved },
                numeric(row.amount),
              ]),
              [{ text: "Total", colspan: 4 }, numeric(page.waitingTotal, "govuk-!-font-weight-bold")],
            ]}
          />
        )}
        {/* Nothing to export, nothing to ask; a refusal still shows its form and message. */}
        {(page.waiting.length > 0 || state.errors.length > 0) && (
          <Form method="post" action="/payments" noValidate>
            <input type="hidden" name="intent" value="export" />
            <InputField
              state={state}
              name={PAYMENT_RUN}
              fallback={page.defaultRun}
              label={{ text: "Payment run name", classes: "govuk-label--s" }}
              hint={{
                text: "The file is named after it. Use letters, numbers, hyphens and underscores, like PAY-20261210.",
              }}
              classes="govuk-input--width-20"
              spellcheck={false}
              autocomplete="off"
            />
            <p className="govuk-body">
              Exporting marks every approved invoice as paid in this run and gives you the file for the
              finance system.
            </p>
            <Button text="Export payments" preventDoubleClick />
          </Form>
        )}
      </section>
      <section aria-labelledby="runs">
        <h2 className="govuk-heading-m" id="runs">
          Past payment runs
        </h2>
        {page.runs.length === 0 ? (
          <p className="govuk-body">No payments have been exported yet.</p>
        ) : (
          <Table
            attributes={{ "data-testid": "payment-runs" }}
            caption="Past payment runs, newest first"
            captionClasses="govuk-visually-hidden"
            head={[
              { text: "Payment run" },
              { text: "Paid" },
              numeric("Invoices"),
              numeric("Total"),
              { text: "File" },
            ]}
            rows={page.runs.map((run) => [
              { text: run.name },
              { text: run.paidOn },
              numeric(run.invoices),
              numeric(run.total),
              {
                html: `<a class="govuk-link" href="${escapeHtml(run.href)}" download>Download${hiddenHtml(
                  ` the payment file for ${run.name}`,
                )} (CSV)</a>`,
              },
            ])}
          />
        )}
      </section>
    </>
  );
}
