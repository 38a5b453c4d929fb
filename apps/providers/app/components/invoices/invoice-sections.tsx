import { Button, InsetText, Table, WarningText } from "@portal/govuk-react";
import { ActionForm, SubmitOnly } from "@portal/web/casework/action-form.tsx";
import { TextareaField } from "@portal/web/casework/bound-fields.tsx";
import type { Refusal } from "@portal/web/casework/command-forms.ts";
import { formState } from "@portal/web/casework/form-state.ts";
import { linkHtml, numeric } from "../table-cells.ts";
import type { InvoicePage, LineRow, RemittanceView } from "./invoice-page.server.ts";

const BOLD = "govuk-!-font-weight-bold";

/** One line per order, and a total row that is the sum of the lines. */
export function InvoiceLines({ lines, total }: { lines: readonly LineRow[]; total: InvoicePage["total"] }) {
  return (
    <section aria-labelledby="lines" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="lines">
        Lines
      </h2>
      {lines.length === 0 ? (
        <p className="govuk-body" data-testid="invoice-no-lines">
          There are no settled visits on this invoice yet.
        </p>
      ) : (
        <Table
          attributes={{ "data-testid": "invoice-lines" }}
          caption="One line for each service order"
          captionClasses="govuk-table__caption--s"
          firstCellIsHeader
          head={[
            { text: "Person" },
            { text: "Contract" },
            numeric("Visits"),
            numeric("Carer minutes"),
            { text: "Carer time" },
            numeric("Amount"),
          ]}
          rows={[
            ...lines.map((line) => [
              { html: linkHtml(`/orders/${encodeURIComponent(line.orderId)}`, line.person) },
              { text: line.contract },
              numeric(line.visits),
              numeric(line.carerMinutes),
              { text: line.hours },
              numeric(line.amount),
            ]),
            [
              { text: "Total", colspan: 2 },
              numeric(total.visits, BOLD),
              numeric(total.carerMinutes, BOLD),
              { text: total.hours, classes: BOLD },
              numeric(total.amount, BOLD),
            ],
          ]}
        />
      )}
    </section>
  );
}

/** Why finance returned the invoice: a warning while it is rejected, a note once it is resubmitted. */
export function Rejection({ rejection }: { rejection: NonNullable<InvoicePage["rejection"]> }) {
  return rejection.current ? (
    <WarningText
      iconFallbackText="Warning"
      text={`Finance rejected this invoice on ${rejection.on}: ${rejection.reason}`}
    />
  ) : (
    <InsetText text={`Finance rejected an earlier submission on ${rejection.on}: ${rejection.reason}`} />
  );
}

/** What was paid on each line, and every visit not paid in full with the reason. */
export function Remittance({ remittance }: { remittance: RemittanceView }) {
  return (
    <section aria-labelledby="remittance" className="govuk-!-margin-bottom-8" data-testid="remittance">
      <h2 className="govuk-heading-m" id="remittance">
        Remittance advice
      </h2>
      <p className="govuk-body">
        {remittance.paid} paid on {remittance.paidOn} in payment run {remittance.paymentRun}, of{" "}
        {remittance.claimed} claimed: {remittance.unpaid} was not paid.
      </p>
      <Table
        caption="Paid on each line"
        captionClasses="govuk-table__caption--s"
        firstCellIsHeader
        head={[
          { text: "Person" },
          { text: "Contract" },
          numeric("Visits"),
          { text: "Carer time paid" },
          numeric("Paid"),
        ]}
        rows={[
          ...remittance.lines.map((line) => [
            { text: line.person },
            { text: line.contract },
            numeric(line.visits),
            { text: line.hours },
            numeric(line.paid),
          ]),
          [{ text: "Total paid", colspan: 4 }, numeric(remittance.paid, BOLD)],
        ]}
      />
      {remittance.notPaid.length === 0 ? (
        <p className="govuk-body">Every visit on this invoice was paid in full.</p>
      ) : (
        <Table
          attributes={{ "data-testid": "remittance-not-paid" }}
          caption="Visits not paid in full"
          captionClasses="govuk-table__caption--s"
          head={[
            { text: "Date" },
            { text: "Person" },
            numeric("Claimed"),
            numeric("Paid"),
            numeric("Difference"),
            { text: "Reason" },
          ]}
          rows={remittance.notPaid.map((visit) => [
            { text: visit.date, classes: "app-nowrap" },
            { text: visit.person },
            numeric(visit.claimed),
            numeric(visit.paid),
            numeric(visit.difference),
            { text: visit.reason },
          ])}
        />
      )}
    </section>
  );
}

/** The forms this person may use on the invoice now; none once it is approved (for the provider) or paid. */
export function InvoiceActionForms({ page, refusal }: { page: InvoicePage; refusal: Refusal | undefined }) {
  const { actions } = page;
  const action = `/invoices/${encodeURIComponent(page.id)}`;
  if (!Object.values(actions).some(Boolean)) return null;
  const reject = formState(refusal, "reject");
  return (
    <section aria-labelledby="actions" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="actions">
        Actions
      </h2>
      {actions.refresh && (
        <ActionForm action={action} intent="refresh" heading="Update from latest actuals">
          <p className="govuk-body">
            Rebuild the lines from your visits as they now stand, with any corrections and finance's
            decisions.
          </p>
          <SubmitOnly
            state={formState(refusal, "refresh")}
            id="refresh-submit"
            text="Update from latest actuals"
            classes="govuk-button--secondary"
          />
        </ActionForm>
      )}
      {actions.submit && (
        <ActionForm action={action} intent="submit" heading="Submit invoice">
          <p className="govuk-body">
            Once submitted, the weeks this invoice covers are locked and finance will check it.
          </p>
          <SubmitOnly state={formState(refusal, "submit")} id="submit-submit" text="Submit invoice" />
        </ActionForm>
      )}
      {actions.approve && (
        <ActionForm action={action} intent="approve" heading="Approve">
          <p className="govuk-body">Approved invoices are paid in the next payment export.</p>
          <SubmitOnly state={formState(refusal, "approve")} id="approve-submit" text="Approve invoice" />
        </ActionForm>
      )}
      {actions.reject && (
        <ActionForm action={action} intent="reject" heading="Reject">
          <TextareaField
            state={reject}
            name="reject-reason"
            label={{ text: "Why are you rejecting this invoice?", classes: "govuk-label--s" }}
            hint={{ text: "The provider will see this and can correct the invoice and submit it again." }}
            rows={4}
          />
          <Button text="Reject invoice" classes="govuk-button--warning" preventDoubleClick />
        </ActionForm>
      )}
    </section>
  );
}
