import type { Condition, FormDefinition, PageDefinition, YesNoQuestion } from "../../definition.ts";
import { checkboxes, date, options, radios, text, textarea, yesNo } from "../shared/builders.ts";
import { DASH_QUESTIONS, type DashQuestionId } from "./dash.ts";

export const INCIDENT_TYPES = options(
  ["domestic-abuse", "Domestic abuse"],
  ["child-abuse", "Child abuse or neglect"],
  ["missing", "Missing person"],
  ["exploitation", "Child sexual or criminal exploitation"],
  ["sexual-offence", "Sexual offence"],
  ["online-harm", "Online harm"],
  ["mental-health", "Mental health"],
  ["substance-misuse", "Drug or alcohol use"],
  ["anti-social-behaviour", "Anti-social behaviour"],
  ["other", "Something else"],
);

export const PERSON_ROLES = options(
  ["victim", "Victim"],
  ["perpetrator", "Perpetrator or suspect"],
  ["child-present", "Child present at the incident"],
  ["child-resident", "Child who lives at the address"],
  ["witness", "Witness"],
  ["other", "Other person involved"],
);

const DOMESTIC_ABUSE: Condition = { includes: ["incident-types", "domestic-abuse"] };
const DASH_ASKED: Condition = { all: [DOMESTIC_ABUSE, { equals: ["dash-completed", "yes"] }] };

function dashQuestion(id: DashQuestionId): YesNoQuestion {
  const question = DASH_QUESTIONS.find((q) => q.id === id);
  if (question === undefined) throw new Error(`Unknown DASH question ${id}`);
  return yesNo(question.id, question.text, question.error);
}

/** The 27 DASH questions in 7 small pages, in the checklist's order. */
const DASH_PAGES: ReadonlyArray<{ id: string; title: string; from: number; to: number }> = [
  { id: "dash-current-incident", title: "DASH: the current incident", from: 0, to: 5 },
  { id: "dash-separation", title: "DASH: separation, contact and pregnancy", from: 5, to: 9 },
  { id: "dash-children", title: "DASH: children and dependants", from: 9, to: 12 },
  { id: "dash-pattern", title: "DASH: pattern of abuse", from: 12, to: 15 },
  { id: "dash-abuser-violence", title: "DASH: the abuser's violence and threats", from: 15, to: 20 },
  { id: "dash-abuser-others", title: "DASH: the abuser and others", from: 20, to: 23 },
  { id: "dash-abuser-history", title: "DASH: the abuser's history", from: 23, to: 27 },
];

function dashPages(): PageDefinition[] {
  return DASH_PAGES.map(({ id, title, from, to }) => ({
    id,
    title,
    section: "risk",
    condition: DASH_ASKED,
    questions: DASH_QUESTIONS.slice(from, to).map((q) => dashQuestion(q.id)),
  }));
}

/**
 * Public Protection Notice (PPN) style police notification about children, including the DASH risk
 * checklist (score and level computed by `dashScore`) and Operation Encompass.
 * Police only: the professionals portal must restrict this form to police organisations.
 */
export const policeNotification: FormDefinition = {
  id: "police-notification",
  version: 1,
  title: "Police notification (PPN)",
  audience: "professional",
  service: "children",
  allowAnonymous: false,
  safeguardingBanner: true,
  sections: [
    { id: "incident", title: "The incident" },
    { id: "people", title: "People involved" },
    { id: "risk", title: "Risk assessment (DASH)" },
    { id: "children", title: "Children" },
    { id: "outcome", title: "Referral or information sharing" },
  ],
  pages: [
    {
      id: "police-reference",
      title: "Police force and reference",
      section: "incident",
      questions: [
        text("police-force", "Police force", {
          required: "Enter the police force",
          tooLong: "The police force must be 100 characters or less",
        }),
        text(
          "police-reference",
          "Police reference number",
          {
            required: "Enter the police reference number",
            tooLong: "The police reference must be 50 characters or less",
          },
          { maxLength: 50, hint: "The crime, incident or occurrence number" },
        ),
      ],
    },
    {
      id: "officer",
      title: "Attending officer",
      section: "incident",
      questions: [
        text(
          "officer-name",
          "Name of the attending officer",
          {
            required: "Enter the name of the attending officer",
            tooLong: "The officer's name must be 100 characters or less",
          },
          { hint: "If you attended, enter your own name" },
        ),
        text(
          "officer-number",
          "Collar or warrant number",
          {
            required: "Enter the officer's collar or warrant number",
            tooLong: "The collar or warrant number must be 20 characters or less",
          },
          { maxLength: 20 },
        ),
      ],
    },
    {
      id: "incident-when-where",
      title: "When and where",
      section: "incident",
      questions: [
        date("incident-date", "Date of the incident", "past-or-today", {
          required: "Enter the date of the incident",
          invalid: "The date of the incident must be a real date",
          rule: "The date of the incident must be today or in the past",
        }),
        text(
          "incident-time",
          "Time of the incident",
          { required: "Enter the time of the incident", tooLong: "The time must be 20 characters or less" },
          { maxLength: 20, hint: "Use the 24-hour clock, for example 21:30" },
        ),
        text(
          "incident-location",
          "Where did it happen?",
          {
            required: "Enter where the incident happened",
            tooLong: "Where it happened must be 200 characters or less",
          },
          { maxLength: 200, hint: "The address or a description of the place" },
        ),
      ],
    },
    {
      id: "incident-type",
      title: "Type of incident",
      section: "incident",
      questions: [
        checkboxes(
          "incident-types",
          "What type of incident was it?",
          INCIDENT_TYPES,
          "Select the type of incident",
          {
            hint: "Select all that apply",
          },
        ),
      ],
    },
    {
      id: "incident-details",
      title: "What happened",
      section: "incident",
      questions: [
        textarea(
          "incident-summary",
          "What happened?",
          { required: "Enter what happened", tooLong: "What happened must be 5000 characters or less" },
          { maxLength: 5000, rows: 8 },
        ),
        textarea(
          "police-research",
          "Police research summary",
          { tooLong: "The research summary must be 3000 characters or less" },
          { maxLength: 3000, hint: "Relevant history from police systems about the people involved" },
        ),
      ],
    },
    {
      id: "police-grade",
      title: "Police grade",
      section: "incident",
      questions: [
        radios(
          "police-grade",
          "What grade has the police given this notification?",
          options(["high", "High"], ["medium", "Medium"], ["low", "Low"]),
          "Select the police grade",
        ),
      ],
    },
    {
      id: "people",
      title: "People involved",
      section: "people",
      questions: [
        {
          id: "people",
          type: "repeating-group",
          label: "People involved",
          itemLabel: "Person",
          addAnotherLabel: "Do you need to add another person?",
          hint: "Include every child who was present or lives at the address",
          min: 1,
          max: 15,
          errors: {
            addAnother: "Select yes if you need to add another person",
            tooFew: "Add at least one person",
            tooMany: "You can add up to 15 people",
          },
          questions: [
            {
              id: "person",
              type: "person",
              label: "Their details",
              parts: { dateOfBirth: "required", sex: "optional", ethnicity: "optional" },
              subject: { role: "incident-person" },
              errors: {
                givenName: "Enter the person's first name",
                familyName: "Enter the person's last name",
                tooLong: "The person's details must be shorter",
                dateOfBirth: {
                  required: "Enter the person's date of birth",
                  invalid: "The person's date of birth must be a real date",
                  rule: "The person's date of birth must be in the past",
                },
              },
            },
            checkboxes(
              "person-roles",
              "What was their role in the incident?",
              PERSON_ROLES,
              "Select the person's role in the incident",
              {
                hint: "Select all that apply",
              },
            ),
            text(
              "person-address",
              "Their address, if different from where it happened",
              { tooLong: "The address must be 200 characters or less" },
              { maxLength: 200 },
            ),
          ],
        },
      ],
    },
    {
      id: "dash-completed",
      title: "DASH risk checklist",
      section: "risk",
      condition: DOMESTIC_ABUSE,
      questions: [
        radios(
          "dash-completed",
          "Was the DASH risk checklist completed with the victim?",
          options(
            ["yes", "Yes"],
            ["declined", "No, the victim declined to answer"],
            ["not-possible", "No, it was not possible"],
          ),
          "Select whether the DASH risk checklist was completed",
        ),
      ],
    },
    ...dashPages(),
    {
      id: "dash-judgement",
      title: "Officer's judgement",
      section: "risk",
      condition: DOMESTIC_ABUSE,
      questions: [
        radios(
          "dash-judgement-level",
          "Does your professional judgement raise the risk level?",
          options(
            ["no", "No, use the level from the checklist"],
            ["medium", "Yes, to medium risk"],
            ["high", "Yes, to high risk", "High risk cases are referred to MARAC"],
          ),
          "Select whether your professional judgement raises the risk level",
          { hint: "Judgement can raise the level from the checklist score, but never lower it" },
        ),
      ],
    },
    {
      id: "dash-judgement-reason",
      title: "Reason for your judgement",
      section: "risk",
      condition: {
        all: [
          DOMESTIC_ABUSE,
          {
            any: [
              { equals: ["dash-judgement-level", "medium"] },
              { equals: ["dash-judgement-level", "high"] },
            ],
          },
        ],
      },
      questions: [
        textarea("dash-judgement-reason", "Why does your judgement raise the risk level?", {
          required: "Enter why your judgement raises the risk level",
          tooLong: "Your reason must be 2000 characters or less",
        }),
      ],
    },
    {
      id: "marac",
      title: "MARAC",
      section: "risk",
      condition: DOMESTIC_ABUSE,
      questions: [
        yesNo(
          "marac-referral",
          "Is this case being referred to MARAC?",
          "Select yes if this case is being referred to MARAC",
          {
            hint: "Refer high-risk cases (a DASH score of 14 or more, or high risk by judgement) to the multi-agency risk assessment conference",
          },
        ),
      ],
    },
    {
      id: "children-present",
      title: "Children present",
      section: "children",
      questions: [
        yesNo(
          "children-present",
          "Were any children present during the incident?",
          "Select yes if any children were present during the incident",
        ),
      ],
    },
    {
      id: "children-where",
      title: "Where the children were",
      section: "children",
      condition: { equals: ["children-present", "yes"] },
      questions: [
        textarea("children-where", "Where were the children, and what did they see or hear?", {
          required: "Enter where the children were and what they saw or heard",
          tooLong: "Where the children were must be 2000 characters or less",
        }),
      ],
    },
    {
      id: "voice-of-child",
      title: "Voice of the child",
      section: "children",
      questions: [
        textarea(
          "voice-of-child",
          "What did the children say, and how did they seem?",
          {
            required: "Enter what the children said and how they seemed, or why you could not speak to them",
            tooLong: "What the children said must be 2000 characters or less",
          },
          { hint: "Use their own words where you can. If you could not speak to them, tell us why." },
        ),
      ],
    },
    {
      id: "operation-encompass",
      title: "Operation Encompass",
      section: "children",
      condition: DOMESTIC_ABUSE,
      questions: [
        yesNo(
          "encompass-notice-needed",
          "Does a school or nursery need an Operation Encompass notice?",
          "Select yes if a school or nursery needs an Operation Encompass notice",
          {
            hint: "The school must be told before the start of the next school day",
            reveals: { yes: ["encompass-schools"] },
          },
        ),
        textarea(
          "encompass-schools",
          "Which schools or nurseries, and for which children?",
          {
            required: "Enter the schools or nurseries and the children who attend them",
            tooLong: "The schools must be 1000 characters or less",
          },
          { maxLength: 1000, rows: 3, hint: "For example, Greenfield Primary School: Maya Example" },
        ),
      ],
    },
    {
      id: "notification-type",
      title: "Referral or information sharing",
      section: "outcome",
      questions: [
        radios(
          "notification-type",
          "Is this a referral or information sharing only?",
          options(
            ["referral", "Referral", "You think children's social care needs to assess or act"],
            [
              "information-sharing",
              "Information sharing only",
              "For the council's records; no action requested",
            ],
          ),
          "Select whether this is a referral or information sharing only",
        ),
      ],
    },
  ],
};
