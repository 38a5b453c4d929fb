import { Button, Checkboxes, Input, Radios, Textarea } from "@portal/govuk-react";
import { ActionForm, choiceItems, SubmitOnly, smallLegend } from "@portal/web/casework/action-form.tsx";
import { AssignFields } from "@portal/web/casework/assign-fields.tsx";
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
      <Radios
        name="screen-rag"
        idPrefix="screen-rag"
        fieldset={smallLegend(fixed ? "RAG rating" : "What is the RAG rating?")}
        hint={fixed ? { text: "Only a manager can change a rating once it is given." } : undefined}
        items={choiceItems(ratings)}
        value={state.text("screen-rag") ?? current ?? undefined}
        errorMessage={state.error("screen-rag")}
      />
      <Textarea
        id="screen-reason"
        name="screen-reason"
        label={{ text: current ? "Reason" : "Reason (optional)" }}
        hint={current && !fixed ? { text: "Give a reason if you change the rating." } : undefined}
        value={state.text("screen-reason") ?? ""}
        errorMessage={state.error("screen-reason")}
        rows={3}
      />
      <Button text={fixed ? "Confirm RAG rating" : "Record RAG rating"} preventDoubleClick />
    </>
  );
}

function RequestCheckFields({ form, state }: FormProps<"requestCheck">) {
  return (
    <>
      <Radios
        name="request-check-agency"
        idPrefix="request-check-agency"
        fieldset={smallLegend("Which agency do you want to ask?")}
        items={choiceItems(form.agencies)}
        value={state.text("request-check-agency")}
        errorMessage={state.error("request-check-agency")}
      />
      <Textarea
        id="request-check-question"
        name="request-check-question"
        label={{ text: "What do you want to ask them?" }}
        hint={{ text: "The agency sees who the referral is about and your question, nothing else." }}
        value={state.text("request-check-question") ?? ""}
        errorMessage={state.error("request-check-question")}
        rows={4}
      />
      <Button text="Send the check" preventDoubleClick />
    </>
  );
}

function WithdrawCheckFields({ form, state }: FormProps<"withdrawCheck">) {
  return (
    <>
      <Radios
        name="withdraw-check-id"
        idPrefix="withdraw-check-id"
        fieldset={smallLegend("Which check do you want to withdraw?")}
        items={choiceItems(form.checks)}
        value={state.text("withdraw-check-id")}
        errorMessage={state.error("withdraw-check-id")}
      />
      <Textarea
        id="withdraw-check-reason"
        name="withdraw-check-reason"
        label={{ text: "Why are you withdrawing it?" }}
        value={state.text("withdraw-check-reason") ?? ""}
        errorMessage={state.error("withdraw-check-reason")}
        rows={3}
      />
      <Button text="Withdraw the check" classes="govuk-button--secondary" preventDoubleClick />
    </>
  );
}

function DecideFields({ form: { outcomes, s42 }, state }: FormProps<"decide">) {
  // Revealed under the s42 choice; without JavaScript it is always shown.
  const conditions = (
    <Checkboxes
      name="decide-s42"
      idPrefix="decide-s42"
      fieldset={smallLegend("Which section 42 conditions apply?")}
      hint={{ text: "A section 42 enquiry needs all three." }}
      items={[...S42_CONDITIONS]}
      values={state.list("decide-s42") ?? []}
      errorMessage={state.error("decide-s42")}
    />
  );
  return (
    <>
      <Radios
        name="decide-outcome"
        idPrefix="decide-outcome"
        fieldset={smallLegend("What is the decision?")}
        items={outcomes.map((outcome) => ({
          value: outcome.value,
          text: outcome.text,
          ...(s42 && outcome.value === "s42-enquiry" ? { conditional: { html: conditions } } : {}),
        }))}
        value={state.text("decide-outcome")}
        errorMessage={state.error("decide-outcome")}
      />
      <Textarea
        id="decide-reason"
        name="decide-reason"
        label={{ text: "Reasons for the decision" }}
        value={state.text("decide-reason") ?? ""}
        errorMessage={state.error("decide-reason")}
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
      <Textarea
        id="step-down-reason"
        name="step-down-reason"
        label={{ text: "Why is early help right for this family?" }}
        value={state.text("step-down-reason") ?? ""}
        errorMessage={state.error("step-down-reason")}
        rows={4}
      />
      {form.askConsent && (
        <Checkboxes
          name="step-down-consent"
          idPrefix="step-down-consent"
          fieldset={smallLegend("Consent")}
          hint={{
            text: "The referral does not record that the family agreed, and early help needs their consent.",
          }}
          items={[{ value: "yes", text: "The family has agreed to early help" }]}
          values={state.list("step-down-consent") ?? []}
          errorMessage={state.error("step-down-consent")}
        />
      )}
      <Button text="Step down to early help" preventDoubleClick />
    </>
  );
}

function RecordFeedbackFields({ form, state }: FormProps<"recordFeedback">) {
  return (
    <>
      <Textarea
        id="record-feedback-message"
        name="record-feedback-message"
        label={{ text: "What did you tell the referrer?" }}
        hint={form.recorded ? { text: "This replaces what was recorded before." } : undefined}
        value={state.text("record-feedback-message") ?? ""}
        errorMessage={state.error("record-feedback-message")}
        rows={4}
      />
      <Button text="Record what you told the referrer" preventDoubleClick />
    </>
  );
}

function AskReferrerFields({ state }: { state: FormState }) {
  return (
    <>
      <Textarea
        id="ask-referrer-text"
        name="ask-referrer-text"
        label={{ text: "Your question" }}
        hint={{
          text: "The referrer is emailed a link to read and answer it. The email says nothing about the people in it.",
        }}
        value={state.text("ask-referrer-text") ?? ""}
        errorMessage={state.error("ask-referrer-text")}
        rows={4}
      />
      <Button text="Send the question" preventDoubleClick />
    </>
  );
}

function RerouteFields({ form, state }: FormProps<"reroute">) {
  return (
    <>
      <Radios
        name="reroute-to"
        idPrefix="reroute-to"
        fieldset={smallLegend("Which team should have this?")}
        items={choiceItems(form.services)}
        value={state.text("reroute-to")}
        errorMessage={state.error("reroute-to")}
      />
      <Textarea
        id="reroute-reason"
        name="reroute-reason"
        label={{ text: "Why does it belong with them?" }}
        value={state.text("reroute-reason") ?? ""}
        errorMessage={state.error("reroute-reason")}
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
    <Input
      id={id}
      name={id}
      label={{ text: label }}
      hint={hint ? { text: hint } : undefined}
      value={state.text(id) ?? ""}
      errorMessage={state.error(id)}
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
      <Textarea
        id="refer-to-lado-reason"
        name="refer-to-lado-reason"
        label={{ text: "Why should the LADO have this allegation?" }}
        hint={{ text: "Say what the adult is alleged to have done, and to which child." }}
        value={state.text("refer-to-lado-reason") ?? ""}
        errorMessage={state.error("refer-to-lado-reason")}
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
