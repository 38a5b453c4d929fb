import type { FormDefinition } from "../../definition.ts";
import { ADULT_SETTINGS, adultAddress, adultPerson, CARE_ACT_OUTCOME_OPTIONS } from "../shared/adults.ts";
import { checkboxes, date, options, phone, radios, text, textarea, yesNo } from "../shared/builders.ts";
import { referrerPage } from "../shared/referrer.ts";

/**
 * A professional refers an adult for a care needs assessment (Care Act 2014 s9). The referral
 * confirms the adult's consent, or that they lack capacity and the referral is a best-interests decision.
 */
export const adultCareNeedsReferral: FormDefinition = {
  id: "adult-care-needs-referral",
  version: 1,
  title: "Refer an adult for a care needs assessment",
  audience: "professional",
  service: "adults",
  allowAnonymous: false,
  safeguardingBanner: false,
  sections: [
    { id: "about-you", title: "About you" },
    { id: "the-adult", title: "The adult" },
    { id: "needs", title: "Care and support needs" },
    { id: "consent", title: "Consent and capacity" },
  ],
  pages: [
    referrerPage("about-you"),
    {
      id: "the-adult",
      title: "The adult you are referring",
      section: "the-adult",
      questions: [adultPerson("adult-address")],
    },
    {
      id: "adult-address",
      title: "Where the adult lives",
      section: "the-adult",
      questions: [
        adultAddress("What is the adult's home address?"),
        phone("adult-phone", "The adult's phone number", {
          invalid: "Enter the adult's phone number, like 01632 960 001 or 07700 900 982",
        }),
      ],
    },
    {
      id: "current-setting",
      title: "Where the adult is now",
      section: "the-adult",
      questions: [
        radios("current-setting", "Where is the adult now?", ADULT_SETTINGS, "Select where the adult is now"),
      ],
    },
    {
      id: "discharge",
      title: "Hospital discharge",
      section: "the-adult",
      condition: { equals: ["current-setting", "hospital"] },
      questions: [
        text("hospital-ward", "Which hospital and ward?", {
          required: "Enter the hospital and ward",
          tooLong: "The hospital and ward must be 100 characters or less",
        }),
        date("expected-discharge-date", "Expected discharge date", "today-or-future", {
          invalid: "The expected discharge date must be a real date",
          rule: "The expected discharge date must be today or in the future",
        }),
      ],
    },
    {
      id: "outcomes",
      title: "What the adult cannot do",
      section: "needs",
      questions: [
        checkboxes(
          "outcomes-not-achieved",
          "Which of these can the adult not achieve without help?",
          CARE_ACT_OUTCOME_OPTIONS,
          "Select what the adult cannot achieve without help",
          { hint: "Select all that apply" },
        ),
      ],
    },
    {
      id: "needs-details",
      title: "The adult's needs",
      section: "needs",
      questions: [
        textarea(
          "needs-details",
          "Describe the adult's care and support needs",
          {
            required: "Describe the adult's care and support needs",
            tooLong: "The adult's needs must be 3000 characters or less",
          },
          {
            maxLength: 3000,
            rows: 6,
            hint: "Include their conditions, what has changed and the effect on their wellbeing",
          },
        ),
      ],
    },
    {
      id: "carer",
      title: "Carers",
      section: "needs",
      questions: [
        yesNo(
          "has-carer",
          "Does someone care for the adult without being paid?",
          "Select yes if someone cares for the adult",
          {
            hint: "For example, a partner, relative or neighbour. They may be entitled to a carer's assessment.",
            reveals: { yes: ["carer-name", "carer-phone"] },
          },
        ),
        text("carer-name", "Carer's name", {
          required: "Enter the carer's name",
          tooLong: "The carer's name must be 100 characters or less",
        }),
        phone("carer-phone", "Carer's phone number", {
          invalid: "Enter the carer's phone number, like 07700 900 982",
        }),
      ],
    },
    {
      id: "urgency",
      title: "How urgent is it?",
      section: "needs",
      questions: [
        radios(
          "urgency",
          "How urgent is this referral?",
          options(
            [
              "urgent",
              "Urgent",
              "Care at home is breaking down or the adult is at risk without support in the next 24 hours",
            ],
            ["soon", "Soon", "Needs are increasing and support is needed within 2 weeks"],
            ["routine", "Routine"],
          ),
          "Select how urgent this referral is",
        ),
      ],
    },
    {
      id: "consent",
      title: "Consent",
      section: "consent",
      questions: [
        radios(
          "consent-basis",
          "Has the adult agreed to this referral?",
          options(
            ["consented", "Yes, they agreed"],
            [
              "lacks-capacity",
              "No, they lack capacity to decide",
              "The referral is made in their best interests under the Mental Capacity Act 2005",
            ],
            ["refused", "No, they refused"],
          ),
          "Select whether the adult has agreed to this referral",
        ),
      ],
    },
    {
      id: "best-interests",
      title: "Capacity and best interests",
      section: "consent",
      condition: { equals: ["consent-basis", "lacks-capacity"] },
      questions: [
        textarea(
          "capacity-assessment",
          "How was the adult's capacity to make this decision assessed?",
          {
            required: "Enter how the adult's capacity was assessed",
            tooLong: "How capacity was assessed must be 2000 characters or less",
          },
          { hint: "Who assessed it, when, and why they concluded the adult cannot make this decision" },
        ),
        text("best-interests-decision-maker", "Who made the best-interests decision?", {
          required: "Enter who made the best-interests decision",
          tooLong: "The decision maker must be 100 characters or less",
        }),
        date("best-interests-date", "When was the decision made?", "past-or-today", {
          required: "Enter when the best-interests decision was made",
          invalid: "The date of the best-interests decision must be a real date",
          rule: "The date of the best-interests decision must be today or in the past",
        }),
      ],
    },
    {
      id: "consent-refused",
      title: "Referring without agreement",
      section: "consent",
      condition: { equals: ["consent-basis", "refused"] },
      questions: [
        textarea(
          "consent-refused-reason",
          "Why are you referring without the adult's agreement?",
          {
            required: "Enter why you are referring without the adult's agreement",
            tooLong: "Your reason must be 1000 characters or less",
          },
          {
            maxLength: 1000,
            hint: "If you think the adult is being abused or neglected, raise an adult safeguarding concern instead",
          },
        ),
      ],
    },
  ],
};
