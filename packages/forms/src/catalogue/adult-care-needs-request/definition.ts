import type { FormDefinition } from "../../definition.ts";
import { address, checkboxes, options, phone, radios, text, textarea, yesNo } from "../shared/builders.ts";
import { CARE_ACT_OUTCOMES, NO_OUTCOMES } from "./eligibility.ts";

/** Ids of the self-check pages; the UI shows `assessEligibility` after the last of them. */
export const ELIGIBILITY_PAGE_IDS = [
  "who-for",
  "lives-in-area",
  "aged-18-or-over",
  "needs-from-condition",
  "outcomes-not-achieved",
  "wellbeing-impact",
] as const;

/**
 * A member of the public asks for a care needs assessment (Care Act 2014 s9), for themselves or
 * someone else. It starts with an eligibility self-check that works without an account.
 */
export const adultCareNeedsRequest: FormDefinition = {
  id: "adult-care-needs-request",
  version: 1,
  title: "Ask for a care needs assessment",
  audience: "public",
  service: "adults",
  allowAnonymous: false,
  safeguardingBanner: false,
  sections: [
    { id: "eligibility", title: "Check if you might be eligible" },
    { id: "the-person", title: "About the person who needs care" },
    { id: "needs", title: "Care and support needs" },
    { id: "contact", title: "Contact details" },
  ],
  pages: [
    {
      id: "who-for",
      title: "Who needs care and support?",
      section: "eligibility",
      questions: [
        radios(
          "request-for",
          "Who needs care and support?",
          options(["myself", "I do"], ["someone-else", "Someone else"]),
          "Select who needs care and support",
        ),
      ],
    },
    {
      id: "lives-in-area",
      title: "Where they live",
      section: "eligibility",
      questions: [
        radios(
          "lives-in-area",
          "Does the person who needs care live in our council's area?",
          options(["yes", "Yes"], ["no", "No"], ["not-sure", "I'm not sure"]),
          "Select whether the person lives in our council's area",
        ),
      ],
    },
    {
      id: "aged-18-or-over",
      title: "Their age",
      section: "eligibility",
      questions: [
        yesNo(
          "aged-18-or-over",
          "Is the person who needs care aged 18 or over?",
          "Select yes if the person is aged 18 or over",
        ),
      ],
    },
    {
      id: "needs-from-condition",
      title: "The reason for their needs",
      section: "eligibility",
      questions: [
        radios(
          "needs-from-condition",
          "Are their needs caused by a physical or mental health condition, an illness or a disability?",
          options(["yes", "Yes"], ["no", "No"], ["not-sure", "I'm not sure"]),
          "Select whether their needs are caused by a condition, an illness or a disability",
          {
            hint: "This includes frailty, dementia, a learning disability, sight or hearing loss, or a brain injury",
          },
        ),
      ],
    },
    {
      id: "outcomes-not-achieved",
      title: "Everyday things they cannot do",
      section: "eligibility",
      questions: [
        checkboxes(
          "outcomes-not-achieved",
          "Which of these things can they not do without help?",
          [
            ...CARE_ACT_OUTCOMES,
            { value: NO_OUTCOMES, label: "None of these", hint: "They can do all of these without help" },
          ],
          "Select the things they cannot do without help, or select 'None of these'",
          {
            hint: "Include things they can only do with a lot of pain, distress or anxiety, that put them or others at risk, or that take much longer than usual. Select all that apply.",
          },
        ),
      ],
    },
    {
      id: "wellbeing-impact",
      title: "Effect on their life",
      section: "eligibility",
      questions: [
        radios(
          "wellbeing-impact",
          "How much does not being able to do these things affect their life?",
          options(
            ["significant", "A lot", "For example, their health, safety, dignity or relationships suffer"],
            ["some", "Somewhat"],
            ["little", "Hardly at all"],
            ["not-sure", "I'm not sure"],
          ),
          "Select how much this affects their life",
        ),
      ],
    },
    {
      id: "your-details",
      title: "About you",
      section: "the-person",
      condition: { equals: ["request-for", "someone-else"] },
      questions: [
        text(
          "requester-name",
          "What is your name?",
          { required: "Enter your name", tooLong: "Your name must be 100 characters or less" },
          { autocomplete: "name" },
        ),
        text(
          "requester-relationship",
          "What is your relationship to the person?",
          {
            required: "Enter your relationship to the person",
            tooLong: "Your relationship must be 100 characters or less",
          },
          { hint: "For example, daughter, neighbour or friend" },
        ),
      ],
    },
    {
      id: "person-agrees",
      title: "Whether they agree",
      section: "the-person",
      condition: { equals: ["request-for", "someone-else"] },
      questions: [
        radios(
          "person-agrees",
          "Does the person know and agree that you are asking for an assessment?",
          options(
            ["yes", "Yes"],
            ["no", "No"],
            ["cannot-decide", "They are not able to decide this for themselves"],
          ),
          "Select whether the person knows and agrees that you are asking",
        ),
      ],
    },
    {
      id: "the-person",
      title: "The person who needs care",
      section: "the-person",
      questions: [
        {
          id: "adult",
          type: "person",
          label: "Details of the person who needs care",
          parts: { dateOfBirth: "required", sex: "optional", ethnicity: "optional", language: "optional" },
          partLabels: { language: "Main language" },
          subject: { role: "adult", address: "adult-address" },
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
      ],
    },
    {
      id: "address",
      title: "Their address",
      section: "the-person",
      questions: [
        address("adult-address", "What is the address of the person who needs care?", {
          line1: "Enter the first line of the address",
          town: "Enter the town or city",
          postcode: "Enter the postcode",
          postcodeInvalid: "Enter a real postcode",
          tooLong: "Each line of the address must be 100 characters or less",
        }),
      ],
    },
    {
      id: "needs-details",
      title: "The help they need",
      section: "needs",
      questions: [
        textarea(
          "needs-details",
          "Tell us about the help they need",
          {
            required: "Enter the help they need",
            tooLong: "The help they need must be 3000 characters or less",
          },
          { maxLength: 3000, rows: 6, hint: "What is hard day to day, and what has changed recently" },
        ),
      ],
    },
    {
      id: "current-support",
      title: "Help they get now",
      section: "needs",
      questions: [
        textarea(
          "current-support",
          "What help do they get now?",
          { tooLong: "The help they get now must be 2000 characters or less" },
          { hint: "For example, from family, friends, paid carers or a day centre" },
        ),
      ],
    },
    {
      id: "contact",
      title: "How we can contact you",
      section: "contact",
      questions: [
        phone(
          "contact-phone",
          "What phone number can we call to arrange the assessment?",
          {
            required: "Enter a phone number we can call",
            invalid: "Enter a phone number, like 01632 960 001 or 07700 900 982",
          },
          { autocomplete: "tel" },
        ),
        textarea(
          "communication-needs",
          "Do you need any help to talk to us?",
          { tooLong: "Your communication needs must be 500 characters or less" },
          { maxLength: 500, hint: "For example, an interpreter, British Sign Language or large print" },
        ),
      ],
    },
  ],
};
