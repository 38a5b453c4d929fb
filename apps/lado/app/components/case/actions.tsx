import { Button } from "@portal/govuk-react";
import {
  ActionForm,
  type Choice,
  choiceItems,
  SubmitOnly,
  smallLegend,
} from "@portal/web/casework/action-form.tsx";
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
import { ACTION_ROWS, namesField } from "./form-fields.ts";
import type { ActionForms } from "./types.ts";

type FormProps<K extends keyof ActionForms> = { form: NonNullable<ActionForms[K]>; state: FormState };

/**
 * Who is invited or attended, by agency: a box per agency, revealing where to type their names.
 * Without JavaScript every name field is shown.
 */
function AttendeeFields({
  intent,
  agencies,
  legend,
  hint,
  state,
  ticked = {},
}: {
  intent: string;
  agencies: readonly Choice[];
  legend: string;
  hint: string;
  state: FormState;
  ticked?: Record<string, string>;
}) {
  const field = `${intent}-agencies`;
  return (
    <CheckboxesField
      state={state}
      name={field}
      fieldset={smallLegend(legend)}
      hint={{ text: hint }}
      fallback={Object.keys(ticked)}
      items={agencies.map((agency) => {
        const names = namesField(intent, agency.value);
        return {
          value: agency.value,
          text: agency.text,
          conditional: {
            html: (
              <InputField
                state={state}
                name={names}
                label={{ text: `Names (${agency.text})` }}
                hint={{ text: "Separate names with commas" }}
                spellcheck={false}
                fallback={ticked[agency.value] ?? ""}
              />
            ),
          },
        };
      })}
    />
  );
}

function ConsiderationFields({ form, state }: FormProps<"recordConsideration">) {
  // Revealed under "below threshold"; without JavaScript it is always shown.
  const routes = (
    <RadiosField
      state={state}
      name="record-consideration-route"
      fieldset={smallLegend("What happens to the concern?")}
      items={choiceItems(form.routes)}
    />
  );
  return (
    <>
      <RadiosField
        state={state}
        name="record-consideration-threshold"
        fieldset={smallLegend("Does the allegation meet the threshold?")}
        hint={{
          text: "The adult has harmed a child or may have; committed an offence against or related to a child; behaved in a way that indicates they may pose a risk of harm; or behaved in a way that indicates they may not be suitable to work with children.",
        }}
        items={[
          {
            value: "met",
            text: "Yes, the threshold is met",
            hint: { text: "Manage it under the allegations process." },
          },
          { value: "below", text: "No, it is below the threshold", conditional: { html: routes } },
        ]}
      />
      <TextareaField
        state={state}
        name="record-consideration-reason"
        label={{ text: "Reasons for your decision" }}
        rows={5}
      />
      <Button text="Record the decision" preventDoubleClick />
    </>
  );
}

function ScheduleMeetingFields({ form, state }: FormProps<"scheduleMeeting">) {
  return (
    <>
      <RadiosField
        state={state}
        name="schedule-meeting-kind"
        fieldset={smallLegend("What kind of meeting is it?")}
        hint={
          form.kinds.length === 1
            ? { text: "A review meeting can be arranged once the first meeting is recorded." }
            : undefined
        }
        items={choiceItems(form.kinds)}
        fallback={form.kinds.length === 1 ? form.kinds[0]?.value : undefined}
      />
      <DateField
        prefix="schedule-meeting-date"
        legend="Date of the meeting"
        hint="For example, 27 3 2027"
        state={state}
      />
      <InputField
        state={state}
        name="schedule-meeting-time"
        label={{ text: "Time", classes: "govuk-label--s" }}
        hint={{ text: "For example, 2:30pm or 14:30" }}
        classes="govuk-input--width-5"
      />
      <AttendeeFields
        intent="schedule-meeting"
        agencies={form.agencies}
        legend="Who is invited?"
        hint="Select every agency invited. Names can be added when you record the meeting."
        state={state}
      />
      <Button text="Arrange the meeting" preventDoubleClick />
    </>
  );
}

function RecordMeetingFields({ form, state }: FormProps<"recordMeeting">) {
  const only = form.meetings.length === 1 ? form.meetings[0] : undefined;
  const rows = Array.from({ length: ACTION_ROWS }, (_, i) => i + 1);
  return (
    <>
      {only ? (
        <>
          <input type="hidden" name="record-meeting-id" value={only.value} />
          <p className="govuk-body">{only.text}</p>
        </>
      ) : (
        <RadiosField
          state={state}
          name="record-meeting-id"
          fieldset={smallLegend("Which meeting are you recording?")}
          items={choiceItems(form.meetings)}
        />
      )}
      <AttendeeFields
        intent="record-meeting"
        agencies={form.agencies}
        legend="Who attended?"
        hint="Select every agency that attended and enter who attended for it."
        state={state}
        ticked={form.invited}
      />
      <TextareaField
        state={state}
        name="record-meeting-minutes"
        label={{ text: "Minutes", classes: "govuk-label--s" }}
        hint={{ text: "What was shared and agreed, including the strategy for each enquiry." }}
        rows={8}
      />
      <h4 className="govuk-heading-s">Actions agreed</h4>
      <p className="govuk-body">Leave the rest empty if there were fewer actions.</p>
      {rows.map((n) => (
        <fieldset key={n} className="govuk-fieldset govuk-!-margin-bottom-6">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Action {n}</legend>
          <InputField
            state={state}
            name={`record-meeting-action-${n}`}
            label={{ text: "What needs to be done" }}
          />
          <InputField
            state={state}
            name={`record-meeting-owner-${n}`}
            label={{ text: "Who will do it" }}
            classes="govuk-!-width-two-thirds"
          />
          <DateField prefix={`record-meeting-due-${n}`} legend="Due by" state={state} />
        </fieldset>
      ))}
      <DateField
        prefix="record-meeting-next-review"
        legend="Next review meeting (optional)"
        hint="The first review is usually about 4 weeks after the first meeting."
        state={state}
      />
      <Button text="Record the meeting" preventDoubleClick />
    </>
  );
}

function StartEnquiryFields({ form, state }: FormProps<"startEnquiry">) {
  return (
    <>
      <RadiosField
        state={state}
        name="start-enquiry-agency"
        fieldset={smallLegend("Whose enquiry is it?")}
        items={choiceItems(form.agencies)}
      />
      <TextareaField state={state} name="start-enquiry-note" label={{ text: "Note (optional)" }} rows={3} />
      <Button text="Start the enquiry" classes="govuk-button--secondary" preventDoubleClick />
    </>
  );
}

function UpdateEnquiryFields({ form, state }: FormProps<"updateEnquiry">) {
  return (
    <>
      <RadiosField
        state={state}
        name="update-enquiry-id"
        fieldset={smallLegend("Which enquiry?")}
        items={choiceItems(form.enquiries)}
        fallback={form.enquiries.length === 1 ? form.enquiries[0]?.value : undefined}
      />
      <RadiosField
        state={state}
        name="update-enquiry-status"
        fieldset={smallLegend("Has it concluded?")}
        classes="govuk-radios--inline"
        items={[
          { value: "open", text: "No, still open" },
          { value: "concluded", text: "Yes, concluded" },
        ]}
      />
      <TextareaField
        state={state}
        name="update-enquiry-note"
        label={{ text: "Where has it got to?" }}
        rows={3}
      />
      <Button text="Update the enquiry" classes="govuk-button--secondary" preventDoubleClick />
    </>
  );
}

function OutcomeFields({ form, state }: FormProps<"recordOutcome">) {
  return (
    <>
      <RadiosField
        state={state}
        name="record-outcome-category"
        fieldset={smallLegend("What is the outcome of the allegation?")}
        items={choiceItems(form.outcomes)}
      />
      <TextareaField
        state={state}
        name="record-outcome-reason"
        label={{ text: "Reasons for the outcome" }}
        rows={5}
      />
      <Button text="Record the outcome" preventDoubleClick />
    </>
  );
}

function FollowOnFields({ form, state }: FormProps<"recordFollowOn">) {
  return (
    <>
      <RadiosField
        state={state}
        name="record-follow-on-kind"
        fieldset={smallLegend("Who was the referral made to?")}
        hint={{ text: "Only the referrals this outcome can lead to are listed." }}
        items={choiceItems(form.kinds)}
      />
      <TextareaField
        state={state}
        name="record-follow-on-note"
        label={{ text: "Details of the referral" }}
        hint={{ text: "Who made it, when, and any reference the body gave." }}
        rows={3}
      />
      <Button text="Record the referral" classes="govuk-button--secondary" preventDoubleClick />
    </>
  );
}

function TextOnly({
  state,
  id,
  label,
  hint,
  button,
  secondary,
}: {
  state: FormState;
  id: string;
  label: string;
  hint?: string;
  button: string;
  secondary?: boolean;
}) {
  return (
    <>
      <TextareaField
        state={state}
        name={id}
        label={{ text: label }}
        hint={hint ? { text: hint } : undefined}
        rows={4}
      />
      <Button text={button} classes={secondary ? "govuk-button--secondary" : undefined} preventDoubleClick />
    </>
  );
}

/**
 * "Actions": a GOV.UK form for each command the LADO may run now, in the order the work goes. Without
 * JavaScript each is an ordinary post; a refused one comes back with its messages and what was typed,
 * and nothing has changed.
 */
export function Actions({
  caseId,
  forms,
  refusal,
}: {
  caseId: string;
  forms: ActionForms;
  refusal: Refusal | undefined;
}) {
  const state = (intent: string) => formState(refusal, intent);
  const form = (intent: string, heading: string, fields: ReactNode) => (
    <ActionForm action={`/cases/${encodeURIComponent(caseId)}`} intent={intent} heading={heading}>
      {fields}
    </ActionForm>
  );
  return (
    <section aria-labelledby="actions">
      <h2 className="govuk-heading-m" id="actions">
        Actions
      </h2>
      {Object.keys(forms).length === 0 && (
        <p className="govuk-body">There is nothing you can do to this case now.</p>
      )}
      {forms.assign &&
        form(
          "assign",
          "Who is working on this",
          <AssignFields form={forms.assign} state={state("assign")} />,
        )}
      {forms.acknowledge &&
        form(
          "acknowledge",
          "Tell the employer it arrived",
          <>
            <p className="govuk-body">Record this once the employer knows their referral has arrived.</p>
            <SubmitOnly
              state={state("acknowledge")}
              id="acknowledge-submit"
              text="Record that the employer has been told"
            />
          </>,
        )}
      {forms.recordConsideration &&
        form(
          "record-consideration",
          "Initial consideration",
          <ConsiderationFields form={forms.recordConsideration} state={state("record-consideration")} />,
        )}
      {forms.recordMeeting &&
        form(
          "record-meeting",
          "Record a meeting",
          <RecordMeetingFields form={forms.recordMeeting} state={state("record-meeting")} />,
        )}
      {forms.scheduleMeeting &&
        form(
          "schedule-meeting",
          "Arrange a meeting",
          <ScheduleMeetingFields form={forms.scheduleMeeting} state={state("schedule-meeting")} />,
        )}
      {forms.startEnquiry &&
        form(
          "start-enquiry",
          "Start an enquiry",
          <StartEnquiryFields form={forms.startEnquiry} state={state("start-enquiry")} />,
        )}
      {forms.updateEnquiry &&
        form(
          "update-enquiry",
          "Update an enquiry",
          <UpdateEnquiryFields form={forms.updateEnquiry} state={state("update-enquiry")} />,
        )}
      {forms.recordOutcome &&
        form(
          "record-outcome",
          "Outcome of the allegation",
          <OutcomeFields form={forms.recordOutcome} state={state("record-outcome")} />,
        )}
      {forms.recordFollowOn &&
        form(
          "record-follow-on",
          "Referral to another body",
          <FollowOnFields form={forms.recordFollowOn} state={state("record-follow-on")} />,
        )}
      {forms.recordFeedback &&
        form(
          "record-feedback",
          "Tell the employer",
          <TextOnly
            state={state("record-feedback")}
            id="record-feedback-message"
            label="What did you tell the employer?"
            hint={
              forms.recordFeedback.recorded
                ? "This replaces what was recorded before."
                : "The employer is emailed that there is an update. They see the outcome category, never the reasons or minutes."
            }
            button="Record what you told the employer"
          />,
        )}
      {forms.askReferrer &&
        form(
          "ask-referrer",
          "Ask the referrer for information",
          <TextOnly
            state={state("ask-referrer")}
            id="ask-referrer-text"
            label="What do you need to know?"
            hint="They are emailed a link to read and answer it in their referrals. The email says nothing about the people in it."
            button="Send the request"
            secondary
          />,
        )}
      {forms.referToMash &&
        form(
          "refer-to-mash",
          "Refer a child protection concern to the MASH",
          <TextOnly
            state={state("refer-to-mash")}
            id="refer-to-mash-reason"
            label="What is the child protection concern?"
            hint="This makes a children's MASH referral from this case, with the children and allegation the employer gave. The MASH sees your reason and the referral, not this case."
            button="Refer to the MASH"
            secondary
          />,
        )}
      {forms.close &&
        form(
          "close",
          "Close this case",
          <>
            {forms.close.feedbackFirst && (
              <p className="govuk-body">Record what you told the employer before you close this case.</p>
            )}
            <SubmitOnly
              state={state("close")}
              id="close-submit"
              text="Close this case"
              classes="govuk-button--secondary"
            />
          </>,
        )}
    </section>
  );
}
