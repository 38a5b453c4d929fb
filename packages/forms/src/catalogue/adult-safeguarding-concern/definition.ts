import type { FormDefinition } from "../../definition.ts";
import { ADULT_SETTINGS, adultAddress, adultPerson } from "../shared/adults.ts";
import { checkboxes, options, radios, text, textarea, yesNo } from "../shared/builders.ts";
import { whatHappenedPage, YES_NO_NOT_KNOWN } from "../shared/concern.ts";
import { referrerPage } from "../shared/referrer.ts";

/** Types of abuse and neglect named in the Care and Support Statutory Guidance (chapter 14). */
export const ADULT_ABUSE_TYPES = options(
  ["physical", "Physical abuse"],
  ["domestic", "Domestic abuse"],
  ["sexual", "Sexual abuse"],
  ["psychological", "Psychological or emotional abuse"],
  ["financial", "Financial or material abuse"],
  ["modern-slavery", "Modern slavery"],
  ["discriminatory", "Discriminatory abuse"],
  ["organisational", "Organisational abuse"],
  ["neglect", "Neglect or acts of omission"],
  ["self-neglect", "Self-neglect"],
);

const YES_NO_NOT_SURE = options(["yes", "Yes"], ["no", "No"], ["not-sure", "Not sure"]);

/**
 * A professional raises an adult safeguarding concern. The three-part test of Care Act 2014 s42
 * decides whether the council must make enquiries.
 */
export const adultSafeguardingConcern: FormDefinition = {
  id: "adult-safeguarding-concern",
  version: 1,
  title: "Raise an adult safeguarding concern",
  audience: "professional",
  service: "adults",
  allowAnonymous: false,
  safeguardingBanner: true,
  sections: [
    { id: "about-you", title: "About you" },
    { id: "the-adult", title: "The adult" },
    { id: "s42", title: "Care and support needs and risk" },
    { id: "concern", title: "Your concern" },
    { id: "views", title: "The adult's views and consent" },
  ],
  pages: [
    referrerPage("about-you"),
    {
      id: "the-adult",
      title: "The adult you are worried about",
      section: "the-adult",
      questions: [adultPerson("adult-address")],
    },
    {
      id: "adult-address",
      title: "Where the adult lives",
      section: "the-adult",
      questions: [
        adultAddress("What is the adult's address?"),
        radios("adult-setting", "Where does the adult live?", ADULT_SETTINGS, "Select where the adult lives"),
      ],
    },
    {
      id: "care-needs",
      title: "Care and support needs",
      section: "s42",
      questions: [
        radios(
          "has-care-needs",
          "Does the adult appear to have needs for care and support?",
          YES_NO_NOT_SURE,
          "Select whether the adult appears to have needs for care and support",
          { hint: "Whether or not the council is meeting those needs" },
        ),
        textarea("care-needs-details", "Describe their care and support needs", {
          required: "Describe the adult's care and support needs",
          tooLong: "Their care and support needs must be 2000 characters or less",
        }),
      ],
    },
    {
      id: "abuse-or-neglect",
      title: "Abuse or neglect",
      section: "s42",
      questions: [
        radios(
          "experiencing-abuse",
          "Is the adult experiencing, or at risk of, abuse or neglect?",
          YES_NO_NOT_SURE,
          "Select whether the adult is experiencing, or at risk of, abuse or neglect",
        ),
      ],
    },
    {
      id: "unable-to-protect",
      title: "Protecting themselves",
      section: "s42",
      questions: [
        radios(
          "unable-to-protect",
          "Because of their care and support needs, is the adult unable to protect themselves from the abuse or neglect?",
          YES_NO_NOT_SURE,
          "Select whether the adult is unable to protect themselves",
        ),
      ],
    },
    {
      id: "abuse-types",
      title: "Type of abuse",
      section: "concern",
      questions: [
        checkboxes(
          "abuse-types",
          "What type of abuse or neglect is it?",
          ADULT_ABUSE_TYPES,
          "Select the type of abuse or neglect",
          {
            hint: "Select all that apply",
          },
        ),
      ],
    },
    whatHappenedPage("What you saw or were told, by whom, and any injuries or losses", "concern"),
    {
      id: "person-causing-harm",
      title: "Person causing harm",
      section: "concern",
      questions: [
        yesNo(
          "harm-source-known",
          "Do you know who is causing the harm?",
          "Select yes if you know who is causing the harm",
          { reveals: { yes: ["harm-source-name", "harm-source-relationship"] } },
        ),
        text("harm-source-name", "Their name", {
          required: "Enter the name of the person causing harm",
          tooLong: "Their name must be 100 characters or less",
        }),
        radios(
          "harm-source-relationship",
          "Who are they to the adult?",
          options(
            ["family", "Partner or family member"],
            ["paid-carer", "Paid carer or care worker"],
            ["professional", "Another professional or volunteer"],
            ["resident", "Another resident or service user"],
            ["other", "Someone else"],
          ),
          "Select who the person causing harm is to the adult",
        ),
      ],
    },
    {
      id: "safe-now",
      title: "Keeping the adult safe",
      section: "concern",
      questions: [
        radios(
          "adult-safe-now",
          "Is the adult safe now?",
          YES_NO_NOT_KNOWN,
          "Select whether the adult is safe now",
          { hint: "If anyone is in immediate danger, call 999" },
        ),
        textarea("actions-taken", "What have you done to keep the adult safe?", {
          required: "Enter what you have done to keep the adult safe",
          tooLong: "What you have done must be 2000 characters or less",
        }),
      ],
    },
    {
      id: "views-wishes",
      title: "The adult's views and wishes",
      section: "views",
      questions: [
        textarea(
          "adult-views",
          "What does the adult want to happen?",
          {
            required: "Enter what the adult wants to happen, or why you could not ask them",
            tooLong: "What the adult wants must be 2000 characters or less",
          },
          { hint: "Use their own words where you can. If you could not ask them, tell us why." },
        ),
      ],
    },
    {
      id: "adult-aware",
      title: "Whether the adult knows",
      section: "views",
      questions: [
        yesNo(
          "adult-aware",
          "Does the adult know you are raising this concern?",
          "Select yes if the adult knows you are raising this concern",
        ),
      ],
    },
    {
      id: "consent",
      title: "Consent",
      section: "views",
      questions: [
        radios(
          "consent-basis",
          "Has the adult agreed to this concern being raised?",
          options(
            ["consented", "Yes, they agreed"],
            ["lacks-capacity", "No, they lack capacity to decide"],
            ["refused", "No, they refused"],
            ["not-asked", "No, I have not asked them"],
          ),
          "Select whether the adult has agreed to this concern being raised",
        ),
      ],
    },
    {
      id: "capacity",
      title: "Capacity",
      section: "views",
      condition: { equals: ["consent-basis", "lacks-capacity"] },
      questions: [
        textarea("capacity-details", "Why do you think the adult lacks capacity to make this decision?", {
          required: "Enter why you think the adult lacks capacity to make this decision",
          tooLong: "Your reasons must be 2000 characters or less",
        }),
        text(
          "best-interests-decision-maker",
          "Who decided that raising this concern is in the adult's best interests?",
          {
            required: "Enter who made the best-interests decision",
            tooLong: "The decision maker must be 100 characters or less",
          },
        ),
      ],
    },
    {
      id: "without-consent",
      title: "Raising a concern without consent",
      section: "views",
      condition: {
        any: [{ equals: ["consent-basis", "refused"] }, { equals: ["consent-basis", "not-asked"] }],
      },
      questions: [
        radios(
          "no-consent-reason",
          "Why are you raising this concern without the adult's agreement?",
          options(
            ["others-at-risk", "Other people are at risk"],
            ["risk-to-life", "The adult's life is at risk or they are at risk of serious harm"],
            ["crime", "A serious crime may have been committed"],
            ["coercion", "The adult is being coerced or unduly influenced"],
            ["staff-involved", "A member of staff or a service is involved"],
            ["other", "Another reason"],
          ),
          "Select why you are raising this concern without the adult's agreement",
        ),
        textarea(
          "no-consent-details",
          "Explain why",
          {
            required: "Explain why you are raising this concern without the adult's agreement",
            tooLong: "Your explanation must be 1000 characters or less",
          },
          { maxLength: 1000 },
        ),
      ],
    },
  ],
};
