import { Button } from "@portal/govuk-react";
import { ActionForm, choiceItems, SubmitOnly, smallLegend } from "@portal/web/casework/action-form.tsx";
import { AssignFields } from "@portal/web/casework/assign-fields.tsx";
import {
  CheckboxesField,
  InputField,
  RadiosField,
  TextareaField,
} from "@portal/web/casework/bound-fields.tsx";
import type { Refusal } from "@portal/web/casework/command-forms.ts";
import { DateField } from "@portal/web/casework/date-field.tsx";
import { type FormState, formState } from "@portal/web/casework/form-state.ts";
import type { ReactNode } from "react";

import { S42_CONDITIONS } from "./s42.ts";
import type { ActionForms } from "./types.ts";

interface ActionsProps {
  itemId: string;
  forms: ActionForms;
  refusal: Refusal | undefined;
}

type FormProps<K extends keyof ActionForms> = { form: NonNullable<ActionForms[K]>; state: FormState };

function ScreenFields({ form: { ratings, current }, state }: FormProps<"screen">) {
  // Someone who may not change a rating may still confirm it, with a reason.
  const fixed = ratings.length === 1 && current !== null;
  return (
    <>
      <RadiosField
        state={state}
        name="screen-rag"
        fieldset={smallLegend(fixed ? "RAG rating" : "What is the RAG rating?")}
        hint={fixed ? { text: "Only a manager can change a rating once it is given." } : undefined}
        items={choiceItems(ratings)}
        fallback={current ?? undefined}
      />
      <TextareaField
        state={state}
        name="screen-reason"
        label={{ text: current ? "Reason" : "Reason (optional)" }}
        hint={current && !fixed ? { text: "Give a reason if you change the rating." } : undefined}
        rows={3}
      />
      <Button text={fixed ? "Confirm RAG rating" : "Record RAG rating"} preventDoubleClick />
    </>
  );
}

function RequestCheckFields({ form, state }: FormProps<"requestCheck">) {
  return (
    <>
      <RadiosField
        state={state}
        name="request-check-agency"
        fieldset={smallLegend("Which agency do you want to ask?")}
        items={choiceItems(form.agencies)}
      />
      <TextareaField
        state={state}
        name="request-check-question"
        label={{ text: "What do you want to ask them?" }}
        hint={{ text: "The agency sees who the referral is about and your question, nothing else." }}
        rows={4}
      />
      <Button text="Send the check" preventDoubleClick />
    </>
  );
}

function WithdrawCheckFields({ form, state }: FormProps<"withdrawCheck">) {
  return (
    <>
      <RadiosField
        state={state}
        name="withdraw-check-id"
        fieldset={smallLegend("Which check do you want to withdraw?")}
        items={choiceItems(form.checks)}
      />
      <TextareaField
        state={state}
        name="withdraw-check-reason"
        label={{ text: "Why are you withdrawing it?" }}
        rows={3}
      />
      <Button text="Withdraw the check" classes="govuk-button--secondary" preventDoubleClick />
    </>
  );
}

function DecideFields({ form: { outcomes, s42 }, state }: FormProps<"decide">) {
  // Revealed under the s42 choice; without JavaScript it is always shown.
  const conditions = (
    <CheckboxesField
      state={state}
      name="decide-s42"
      fieldset={smallLegend("Which section 42 conditions apply?")}
      hint={{ text: "A section 42 enquiry needs all three." }}
      items={[...S42_CONDITIONS]}
    />
  );
  return (
    <>
      <RadiosField
        state={state}
        name="decide-outcome"
        fieldset={smallLegend("What is the decision?")}
        items={outcomes.map((outcome) => ({
          value: outcome.value,
          text: outcome.text,
          ...(s42 && outcome.value === "s42-enquiry" ? { conditional: { html: conditions } } : {}),
        }))}
      />
      <TextareaField
        state={state}
        name="decide-reason"
        label={{ text: "Reasons for the decision" }}
        rows={5}
      />
      <Button text="Record the decision" preventDoubleClick />
    </>
  );
}

function StepDownFields({ form, state }: FormProps<"stepDown">) {
  return (
    <>
      <p className="govuk-body">This records the decision and creates an early help item for the family.</p>
      <TextareaField
        state={state}
        name="step-down-reason"
        label={{ text: "Why is early help right for this family?" }}
        rows={4}
      />
      {form.askConsent && (
        <CheckboxesField
          state={state}
          name="step-down-consent"
          fieldset={smallLegend("Consent")}
          hint={{
            text: "The referral does not record that the family agreed, and early help needs their consent.",
          }}
          items={[{ value: "yes", text: "The family has agreed to early help" }]}
        />
      )}
      <Button text="Step down to early help" preventDoubleClick />
    </>
  );
}

function RecordFeedbackFields({ form, state }: FormProps<"recordFeedback">) {
  return (
    <>
      <TextareaField
        state={state}
        name="record-feedback-message"
        label={{ text: "What did you tell the referrer?" }}
        hint={form.recorded ? { text: "This replaces what was recorded before." } : undefined}
        rows={4}
      />
      <Button text="Record what you told the referrer" preventDoubleClick />
    </>
  );
}

function AskReferrerFields({ state }: { state: FormState }) {
  return (
    <>
      <TextareaField
        state={state}
        name="ask-referrer-text"
        label={{ text: "Your question" }}
        hint={{
          text: "The referrer is emailed a link to read and answer it. The email says nothing about the people in it.",
        }}
        rows={4}
      />
      <Button text="Send the question" preventDoubleClick />
    </>
  );
}

function RerouteFields({ form, state }: FormProps<"reroute">) {
  return (
    <>
      <RadiosField
        state={state}
        name="reroute-to"
        fieldset={smallLegend("Which team should have this?")}
        items={choiceItems(form.services)}
      />
      <TextareaField
        state={state}
        name="reroute-reason"
        label={{ text: "Why does it belong with them?" }}
        rows={3}
      />
      <Button text="Send to this team" classes="govuk-button--secondary" preventDoubleClick />
    </>
  );
}

/**
 * The adult, their work and why, for the LADO.
 */
function ReferToLadoFields({ state }: { state: FormState }) {
  const text = (id: string, label: string, hint?: string) => (
    <InputField
      state={state}
      name={id}
      label={{ text: label }}
      hint={hint ? { text: hint } : undefined}
      autocomplete="off"
      spellcheck={false}
    />
  );
  return (
    <>
      <p className="govuk-body">
        Use this when the referral says an adult who works or volunteers with children may have harmed a child
        or may be a risk to children. The LADO gets a new case with this referral and what you enter here.
        This item stays with the MASH, and you will not be able to open the LADO's case.
      </p>
      {text("refer-to-lado-name", "Full name of the adult")}
      <DateField
        prefix="refer-to-lado-dob"
        legend="Their date of birth (optional)"
        hint="For example, 27 3 1985"
        state={state}
      />
      {text("refer-to-lado-employer", "Their employer or organisation", "Where they work or volunteer")}
      {text("refer-to-lado-job", "Their job or role (optional)")}
      <TextareaField
        state={state}
        name="refer-to-lado-reason"
        label={{ text: "Why should the LADO have this allegation?" }}
        hint={{ text: "Say what the adult is alleged to have done, and to which child." }}
        rows={4}
      />
      <Button text="Send to the LADO" preventDoubleClick />
    </>
  );
}

/**
 * "Actions": a GOV.UK form for each command the viewer may run now, in the order the work goes.
 * Without JavaScript each is an ordinary post; a refused one comes back with its messages and what
 * was typed, and nothing has changed.
 */
export function Actions({ itemId, forms, refusal }: ActionsProps) {
  const state = (intent: string) => formState(refusal, intent);
  const form = (intent: string, heading: string, fields: ReactNode) => (
    <ActionForm action={`/items/${encodeURIComponent(itemId)}`} intent={intent} heading={heading}>
      {fields}
    </ActionForm>
  );
  return (
    <section aria-labelledby="actions">
      <h2 className="govuk-heading-m" id="actions">
        Actions
      </h2>
      {Object.keys(forms).length === 0 && (
        <p className="govuk-body">There is nothing you can do to this item now.</p>
      )}
      {forms.acknowledge &&
        form(
          "acknowledge",
          "Tell the referrer it arrived",
          <>
            <p className="govuk-body">Record this once the referrer knows their referral has arrived.</p>
            <SubmitOnly
              state={state("acknowledge")}
              id="acknowledge-submit"
              text="Record that the referrer has been told it arrived"
            />
          </>,
        )}
      {forms.assign &&
        form(
          "assign",
          "Who is working on this",
          <AssignFields form={forms.assign} state={state("assign")} />,
        )}
      {forms.screen &&
        form(
          "screen",
          forms.screen.ratings.length === 1 && forms.screen.current ? "Confirm the RAG rating" : "RAG rating",
          <ScreenFields form={forms.screen} state={state("screen")} />,
        )}
      {forms.requestCheck &&
        form(
          "request-check",
          "Ask a partner agency",
          <RequestCheckFields form={forms.requestCheck} state={state("request-check")} />,
        )}
      {forms.withdrawCheck &&
        form(
          "withdraw-check",
          "Withdraw a check",
          <WithdrawCheckFields form={forms.withdrawCheck} state={state("withdraw-check")} />,
        )}
      {forms.decide &&
        form("decide", "Decision", <DecideFields form={forms.decide} state={state("decide")} />)}
      {forms.stepDown &&
        form(
          "step-down",
          "Step down to early help",
          <StepDownFields form={forms.stepDown} state={state("step-down")} />,
        )}
      {forms.recordFeedback &&
        form(
          "record-feedback",
          "Tell the referrer the outcome",
          <RecordFeedbackFields form={forms.recordFeedback} state={state("record-feedback")} />,
        )}
      {forms.askReferrer &&
        form(
          "ask-referrer",
          "Ask the referrer a question",
          <AskReferrerFields state={state("ask-referrer")} />,
        )}
      {forms.reroute &&
        form(
          "reroute",
          "Send to another team",
          <RerouteFields form={forms.reroute} state={state("reroute")} />,
        )}
      {forms.referToLado &&
        form(
          "refer-to-lado",
          "Send the allegation to the LADO",
          <ReferToLadoFields state={state("refer-to-lado")} />,
        )}
      {forms.close &&
        form(
          "close",
          "Close this item",
          <>
            {forms.close.feedbackFirst && (
              <p className="govuk-body">Record what you told the referrer before you close this item.</p>
            )}
            <SubmitOnly
              state={state("close")}
              id="close-submit"
              text="Close this item"
              classes="govuk-button--secondary"
            />
          </>,
        )}
    </section>
  );
}
