import { Button } from "@portal/govuk-react";
import { RadiosField, TextareaField } from "@portal/web/casework/bound-fields.tsx";
import type { FormState } from "@portal/web/casework/form-state.ts";
import { Form } from "react-router";
import type { ExceptionRow } from "./types.ts";

/** One exception: what was planned against what was delivered, and finance's decision on it. */
export function ExceptionDecision({ row, state }: { row: ExceptionRow; state: FormState }) {
  const headingId = `${row.fields.intent}-heading`;
  return (
    <section aria-labelledby={headingId} className="govuk-!-margin-bottom-9">
      <h2 className="govuk-heading-m" id={headingId}>
        <span className="govuk-caption-m">{row.provider}</span>
        {row.person}, {row.date}
      </h2>
      <dl className="govuk-summary-list">
        {[
          ["Provider", row.provider],
          ["Person", row.person],
          ["Date", row.date],
          ["Planned", row.planned],
          ["Delivered", row.delivered],
          ["Why it needs a decision", row.why],
        ].map(([key, value]) => (
          <div className="govuk-summary-list__row" key={key}>
            <dt className="govuk-summary-list__key">{key}</dt>
            <dd className="govuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
      <Form method="post" action="/exceptions" noValidate>
        <input type="hidden" name="intent" value={row.fields.intent} />
        <RadiosField
          state={state}
          name={row.fields.outcome}
          fieldset={{
            legend: {
              text: `Your decision on ${row.person}'s visit on ${row.date}`,
              classes: "govuk-fieldset__legend--s",
            },
          }}
          items={[
            { value: "approve", text: "Approve", hint: { text: "Pay as delivered" } },
            ...(row.canCap
              ? [
                  {
                    value: "cap",
                    text: "Cap at the plan",
                    hint: { text: "Pay at most the planned minutes and carers" },
                  },
                ]
              : []),
            { value: "reject", text: "Reject", hint: { text: "Pay nothing for this visit" } },
          ]}
        />
        <TextareaField
          state={state}
          name={row.fields.reason}
          label={{ text: "Reason", classes: "govuk-label--s" }}
          hint={{ text: "The provider will see this" }}
          rows={3}
        />
        <Button text="Save decision" preventDoubleClick />
      </Form>
    </section>
  );
}
