import { Button, ErrorMessage } from "@portal/govuk-react";
import type { ReactNode } from "react";
import { Form } from "react-router";
import type { FormState } from "./form-state.ts";

/** One command's form: its own heading, a hidden intent, and field ids that start with the intent. */
export function ActionForm({
  action,
  intent,
  heading,
  children,
}: {
  /** The page the form posts to. */
  action: string;
  intent: string;
  heading: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`action-${intent}`} className="govuk-!-margin-bottom-8">
      <h3 className="govuk-heading-s" id={`action-${intent}`}>
        {heading}
      </h3>
      <Form method="post" action={action} noValidate>
        <input type="hidden" name="intent" value={intent} />
        {children}
      </Form>
    </section>
  );
}

/** A form that is only a button: a refusal's message sits above the button, which the summary links to. */
export function SubmitOnly({
  state,
  id,
  text,
  classes,
}: {
  state: FormState;
  id: string;
  text: string;
  classes?: string;
}) {
  const error = state.error(id);
  const button = (
    <Button
      id={id}
      text={text}
      classes={classes}
      preventDoubleClick
      attributes={error ? { "aria-describedby": `${id}-error` } : undefined}
    />
  );
  return error ? (
    <div className="govuk-form-group govuk-form-group--error">
      <ErrorMessage id={`${id}-error`} text={error.text} />
      {button}
    </div>
  ) : (
    button
  );
}

export interface Choice {
  value: string;
  text: string;
  hint?: string;
}

/** Choices as radio or checkbox items. */
export const choiceItems = (choices: readonly Choice[]) =>
  choices.map((choice) => ({
    value: choice.value,
    text: choice.text,
    ...(choice.hint ? { hint: { text: choice.hint } } : {}),
  }));

/** A small bold legend, as each action form's questions have. */
export const smallLegend = (text: string) => ({ legend: { text, classes: "govuk-fieldset__legend--s" } });
