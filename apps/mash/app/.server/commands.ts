import {
  AGENCIES,
  type Command,
  type CommandType,
  DECIDABLE,
  type PersonRef,
  RAGS,
  randomId,
  TRIAGE_SERVICES,
  type TriageErrorCode,
} from "@portal/intake";
import {
  type CommandForm,
  commandForm,
  commandParser,
  type FormValues,
  id,
  oneOf,
  optionalText,
  requiredText,
  submitField,
  ticked,
} from "@portal/web/casework/command-forms.ts";
import { readDate } from "@portal/web/casework/when.ts";
import { z } from "zod";
import { S42_CONDITIONS, type S42Condition } from "../components/item/s42.ts";

/**
 * The item page's forms, one per command, each posting a hidden `intent`. Partner desks answer
 * checks on their own pages, so `respond-to-check` is never posted here.
 */
export type Intent = Exclude<CommandType, "respond-to-check" | "referrer-reply">;

export interface CommandContext {
  /** The person posting: "Assign to me" assigns them, never someone the form names. */
  actor: PersonRef;
  /** When it was posted: a date of birth must be before today in London. */
  now: Date;
  /** A new partner check's id, made here rather than trusted from the form. */
  newId?: () => string;
}

/** Names, employers and job titles, as the LADO referral form limits them. */
export const MAX_SHORT_TEXT = 100;

/** The three s42(1) conditions as the decide form posts them. */
const S42_VALUES = S42_CONDITIONS.map((condition) => condition.value) as [S42Condition, ...S42Condition[]];

/** Every outcome the `decide` command records for some service; the workflow checks the service's own. */
const DECIDABLE_OUTCOMES = [...new Set(Object.values(DECIDABLE).flat())];

/** The adult's date of birth on the "send to the LADO" form, worded as the LADO referral form words it. */
const dateOfBirth = (values: FormValues, { now }: CommandContext) =>
  readDate(
    values,
    "refer-to-lado-dob",
    {
      required: false,
      rule: "past",
      errors: {
        invalid: "The adult's date of birth must be a real date",
        rule: "The adult's date of birth must be in the past",
      },
    },
    now,
  );

const FORMS: Record<Intent, CommandForm<Command, CommandContext>> = {
  acknowledge: commandForm({}, () => ({ type: "acknowledge" })),
  assign: commandForm(
    { "assign-to": oneOf(["me", "nobody"], "Select who to assign this to") },
    (f, { actor }) => ({
      type: "assign",
      assignee: f["assign-to"] === "me" ? { subject: actor.subject, name: actor.name } : null,
    }),
  ),
  screen: commandForm(
    {
      "screen-rag": oneOf(RAGS, "Select a RAG rating"),
      "screen-reason": optionalText("The reason for the rating"),
    },
    (f) => ({ type: "screen", rag: f["screen-rag"], reason: f["screen-reason"] }),
  ),
  "request-check": commandForm(
    {
      "request-check-agency": oneOf(AGENCIES, "Select the partner agency to ask"),
      "request-check-question": requiredText("Enter the question for the partner agency", "The question"),
    },
    (f, { newId = randomId }) => ({
      type: "request-check",
      checkId: newId(),
      agency: f["request-check-agency"],
      question: f["request-check-question"],
    }),
  ),
  "withdraw-check": commandForm(
    {
      "withdraw-check-id": id("Select the check to withdraw"),
      "withdraw-check-reason": requiredText("Enter why you are withdrawing the check", "The reason"),
    },
    (f) => ({ type: "withdraw-check", checkId: f["withdraw-check-id"], reason: f["withdraw-check-reason"] }),
  ),
  link: commandForm(
    {
      "link-item": id("Select the earlier contact to link"),
      "link-kind": oneOf(["same-person", "previous-item"], "Select how the contacts are linked"),
      "link-note": optionalText("The note"),
    },
    // The reference recorded is read from the linked item by the service, never taken from the form.
    (f) => ({
      type: "link",
      kind: f["link-kind"],
      itemId: f["link-item"],
      reference: "",
      note: f["link-note"],
    }),
  ),
  "mark-duplicate": commandForm({ "mark-duplicate-item": id("Select the item this duplicates") }, (f) => ({
    type: "mark-duplicate",
    itemId: f["mark-duplicate-item"],
    reference: "",
  })),
  decide: commandForm(
    {
      "decide-outcome": z.string().refine((value) => DECIDABLE_OUTCOMES.includes(value), {
        error: "Select a decision",
      }),
      "decide-reason": requiredText("Enter the reasons for the decision", "The reasons"),
      "decide-s42": ticked(S42_VALUES, "Select the section 42 conditions that apply"),
    },
    (f) => ({
      type: "decide",
      outcome: f["decide-outcome"],
      reason: f["decide-reason"],
      // The conditions are recorded only for the decision they justify.
      ...(f["decide-outcome"] === "s42-enquiry"
        ? {
            s42: {
              careAndSupportNeeds: f["decide-s42"].includes("care-and-support-needs"),
              abuseOrNeglect: f["decide-s42"].includes("abuse-or-neglect"),
              unableToProtectSelf: f["decide-s42"].includes("unable-to-protect-self"),
            },
          }
        : {}),
    }),
  ),
  "step-down": commandForm(
    {
      "step-down-reason": requiredText("Enter the reasons for stepping down to early help", "The reasons"),
      "step-down-consent": ticked(["yes"], "Select whether the family has agreed to early help"),
    },
    // The new item's id and reference are drawn by the service.
    (f) => ({
      type: "step-down",
      reason: f["step-down-reason"],
      consentObtained: f["step-down-consent"].includes("yes"),
      newItemId: "",
      newReference: "",
    }),
  ),
  "record-feedback": commandForm(
    {
      "record-feedback-message": requiredText(
        "Enter what you told the referrer",
        "What you told the referrer",
      ),
    },
    (f) => ({ type: "record-feedback", message: f["record-feedback-message"] }),
  ),
  reroute: commandForm(
    {
      "reroute-to": oneOf(TRIAGE_SERVICES, "Select the team to send this to"),
      "reroute-reason": requiredText("Enter why this belongs with another team", "The reason"),
    },
    (f) => ({ type: "reroute", to: f["reroute-to"], reason: f["reroute-reason"] }),
  ),
  "refer-to-lado": commandForm(
    {
      "refer-to-lado-name": requiredText(
        "Enter the full name of the adult the allegation is about",
        "The adult's name",
        MAX_SHORT_TEXT,
      ),
      // Read together, as one date, by `dateOfBirth`.
      "refer-to-lado-dob-day": z.string(),
      "refer-to-lado-dob-month": z.string(),
      "refer-to-lado-dob-year": z.string(),
      "refer-to-lado-employer": requiredText(
        "Enter the adult's employer or organisation",
        "The employer's name",
        MAX_SHORT_TEXT,
      ),
      "refer-to-lado-job": optionalText("Their job or role", MAX_SHORT_TEXT),
      "refer-to-lado-reason": requiredText("Enter why the allegation should go to the LADO", "The reason"),
    },
    // The new case's id and reference are drawn by the service.
    (f, context, values) => {
      const born = dateOfBirth(values, context);
      return {
        type: "refer-to-lado",
        adultName: f["refer-to-lado-name"],
        adultDateOfBirth: "date" in born ? born.date : null,
        employer: f["refer-to-lado-employer"],
        jobTitle: f["refer-to-lado-job"] || null,
        reason: f["refer-to-lado-reason"],
        newItemId: "",
        newReference: "",
      };
    },
    {
      check: (values, context) => {
        const born = dateOfBirth(values, context);
        return "errors" in born ? born.errors : [];
      },
    },
  ),
  "ask-referrer": commandForm(
    { "ask-referrer-text": requiredText("Enter your question for the referrer", "Your question") },
    (f, { newId = randomId }) => ({ type: "ask-referrer", messageId: newId(), text: f["ask-referrer-text"] }),
  ),
  close: commandForm({}, () => ({ type: "close" })),
};

/** Fields posted as checkbox groups: every value is kept, not only the first. */
const LISTS = new Set(["decide-s42", "step-down-consent"]);

export const commands = commandParser<Intent, Command, CommandContext>(FORMS, LISTS);

/**
 * The field a refusal from the workflow concerns, so its message sits beside the right field: a
 * missing reason by the reason, a missing RAG or an outcome the service cannot make by the decision,
 * missing consent by the consent box, anything else by the form's first field.
 */
export function refusalField(intent: Intent, code: Exclude<TriageErrorCode, "forbidden">): string {
  const fields = commands.fields(intent);
  const own = (name: string) => (fields.includes(name) ? name : undefined);
  const first = fields[0] ?? submitField(intent);
  switch (code) {
    case "reason-required":
      return own(`${intent}-reason`) ?? first;
    case "name-required":
      return own("refer-to-lado-name") ?? first;
    case "employer-required":
      return own("refer-to-lado-employer") ?? first;
    case "text-required":
      return (
        own("request-check-question") ?? own("record-feedback-message") ?? own("ask-referrer-text") ?? first
      );
    case "rag-required":
    case "unknown-outcome":
      return own("decide-outcome") ?? first;
    case "consent-required":
      return own("step-down-consent") ?? first;
    case "s42-criteria-required":
      return own("decide-s42") ?? first;
    default:
      return first;
  }
}
