import { Select } from "@portal/govuk-react";
import { SubmitOnly } from "@portal/web/casework/action-form.tsx";
import { InputField, RadiosField, TextareaField } from "@portal/web/casework/bound-fields.tsx";
import type { FormState } from "@portal/web/casework/form-state.ts";
import { Form } from "react-router";
import { STATUS_CHOICES, visitFields } from "./fields.ts";
import type { VisitFormValues } from "./views.ts";

/**
 * The form that records one visit, or corrects what was recorded: when it started and how long it
 * lasted, how many carers, and what happened. The form for a visit that was not planned also asks
 * the day. A plain post, so it works without JavaScript.
 */
export function VisitForm({
  action,
  intent,
  values,
  state,
  days,
  button,
}: {
  action: string;
  intent: string;
  values: VisitFormValues;
  state: FormState;
  /** The days to choose from, for a visit that was not planned; none for a planned call's form. */
  days?: readonly { value: string; text: string }[];
  button: string;
}) {
  const f = visitFields(intent);
  const dayError = state.error(f.date);
  return (
    <Form method="post" action={action} noValidate>
      <input type="hidden" name="intent" value={intent} />
      {days && (
        <Select
          id={f.date}
          name={f.date}
          label={{ text: "Day of the visit" }}
          items={[{ value: "", text: "Choose a day" }, ...days]}
          value={state.text(f.date) ?? ""}
          errorMessage={dayError}
        />
      )}
      <InputField
        state={state}
        name={f.start}
        fallback={values.start}
        label={{ text: days ? "Start time" : "Actual start time" }}
        hint={{ text: "Use the 24-hour clock, for example 08:05 or 17:30" }}
        classes="govuk-input--width-5"
        spellcheck={false}
        autocomplete="off"
      />
      <InputField
        state={state}
        name={f.minutes}
        fallback={values.minutes}
        label={{ text: "How long the visit lasted" }}
        hint={{ text: "Enter 0 for a visit that did not happen" }}
        classes="govuk-input--width-4"
        inputmode="numeric"
        spellcheck={false}
        autocomplete="off"
        suffix={{ text: "minutes" }}
      />
      <InputField
        state={state}
        name={f.carers}
        fallback={values.carers}
        label={{ text: "Number of carers" }}
        classes="govuk-input--width-2"
        inputmode="numeric"
        spellcheck={false}
        autocomplete="off"
      />
      <RadiosField
        state={state}
        name={f.status}
        fallback={values.status}
        fieldset={{ legend: { text: "What happened", classes: "govuk-fieldset__legend--s" } }}
        classes="govuk-radios--small"
        items={STATUS_CHOICES.map((choice) => ({ value: choice.value, text: choice.text }))}
      />
      <TextareaField
        state={state}
        name={f.reason}
        fallback={values.reason}
        rows={2}
        label={{ text: "Reason the visit was not completed" }}
        hint={{ text: "Needed unless the visit was completed" }}
      />
      <SubmitOnly state={state} id={f.submit} text={button} />
    </Form>
  );
}
