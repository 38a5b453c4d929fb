import type { FormDefinition } from "../../definition.ts";
import { address, checkboxes, date, options, radios, text, textarea, yesNo } from "../shared/builders.ts";
import { referrerPage } from "../shared/referrer.ts";

/** The LADO threshold (KCSIE / Working Together): any one is enough. */
export const LADO_THRESHOLD = options(
  ["harm", "Harmed a child", "The adult has behaved in a way that has harmed, or may have harmed, a child"],
  ["offence", "Offence", "The adult has possibly committed a criminal offence against or related to a child"],
  [
    "risk-of-harm",
    "Risk of harm",
    "The adult has behaved towards a child or children in a way that indicates they may pose a risk of harm",
  ],
  [
    "unsuitability",
    "Unsuitability",
    "The adult has behaved in a way that indicates they may not be suitable to work with children",
  ],
);

export const EMPLOYER_SECTORS = options(
  ["school", "School or college"],
  ["early-years", "Early years or childcare"],
  ["health", "Health"],
  ["social-care", "Social care or residential care"],
  ["fostering", "Fostering"],
  ["police", "Police"],
  ["faith", "Faith group"],
  ["sport-leisure", "Sport, leisure or youth club"],
  ["transport", "Transport"],
  ["voluntary", "Voluntary or community group"],
  ["other", "Other"],
);

/** An employer or professional tells the LADO about an allegation against an adult who works with children. */
export const ladoReferral: FormDefinition = {
  id: "lado-referral",
  version: 1,
  title: "Tell the LADO about an allegation against an adult who works with children",
  audience: "professional",
  service: "lado",
  allowAnonymous: false,
  safeguardingBanner: true,
  sections: [
    { id: "about-you", title: "About you" },
    { id: "the-adult", title: "The adult" },
    { id: "children", title: "Children involved" },
    { id: "allegation", title: "The allegation" },
    { id: "actions", title: "Actions taken" },
  ],
  pages: [
    referrerPage("about-you"),
    {
      id: "the-adult",
      title: "The adult the allegation is about",
      section: "the-adult",
      questions: [
        {
          id: "adult",
          type: "person",
          label: "The adult's details",
          parts: { dateOfBirth: "optional", sex: "optional" },
          subject: { role: "person-allegation-against", address: "adult-address" },
          errors: {
            givenName: "Enter the adult's first name",
            familyName: "Enter the adult's last name",
            tooLong: "The adult's details must be shorter",
            dateOfBirth: {
              invalid: "The adult's date of birth must be a real date",
              rule: "The adult's date of birth must be in the past",
            },
          },
        },
        address(
          "adult-address",
          "The adult's home address",
          {
            line1: "Enter the first line of the adult's address",
            town: "Enter the town or city of the adult's address",
            postcode: "Enter the postcode of the adult's address",
            postcodeInvalid: "Enter a real postcode for the adult's address",
            tooLong: "Each line of the adult's address must be 100 characters or less",
          },
          { optional: true },
        ),
      ],
    },
    {
      id: "adult-role",
      title: "The adult's role",
      section: "the-adult",
      questions: [
        text(
          "adult-job-title",
          "What is their job or role?",
          {
            required: "Enter the adult's job or role",
            tooLong: "Their job or role must be 100 characters or less",
          },
          { hint: "For example, teaching assistant, football coach or foster carer" },
        ),
        radios(
          "adult-employment-type",
          "How do they work with you?",
          options(
            ["employed", "Employed"],
            ["agency", "Agency or supply"],
            ["volunteer", "Volunteer"],
            ["self-employed", "Self-employed or contractor"],
            ["foster-carer", "Foster carer"],
            ["student", "Student on placement"],
            ["other", "Another way"],
          ),
          "Select how the adult works with you",
        ),
        date("adult-start-date", "When did they start in this role?", "past-or-today", {
          invalid: "The start date must be a real date",
          rule: "The start date must be today or in the past",
        }),
      ],
    },
    {
      id: "dbs",
      title: "DBS check",
      section: "the-adult",
      questions: [
        radios(
          "dbs-check",
          "What DBS check does the adult have?",
          options(
            ["enhanced-barred", "Enhanced with barred list check"],
            ["enhanced", "Enhanced"],
            ["standard-basic", "Standard or basic"],
            ["none", "None"],
            ["not-known", "I do not know"],
          ),
          "Select what DBS check the adult has",
        ),
      ],
    },
    {
      id: "employer",
      title: "The employer",
      section: "the-adult",
      questions: [
        text(
          "employer-name",
          "Name of the employer or organisation",
          {
            required: "Enter the name of the employer or organisation",
            tooLong: "The employer's name must be 100 characters or less",
          },
          { hint: "If this is your own organisation, enter its name" },
        ),
        radios(
          "employer-sector",
          "What kind of organisation is it?",
          EMPLOYER_SECTORS,
          "Select what kind of organisation it is",
        ),
        address("employer-address", "Employer's address", {
          line1: "Enter the first line of the employer's address",
          town: "Enter the town or city of the employer's address",
          postcode: "Enter the postcode of the employer's address",
          postcodeInvalid: "Enter a real postcode for the employer's address",
          tooLong: "Each line of the employer's address must be 100 characters or less",
        }),
      ],
    },
    {
      id: "children",
      title: "Children involved",
      section: "children",
      questions: [
        {
          id: "children",
          type: "repeating-group",
          label: "Children involved",
          itemLabel: "Child",
          addAnotherLabel: "Do you need to add another child?",
          min: 1,
          max: 20,
          errors: {
            addAnother: "Select yes if you need to add another child",
            tooFew: "Add at least one child",
            tooMany: "You can add up to 20 children",
          },
          questions: [
            {
              id: "child",
              type: "person",
              label: "Child's details",
              parts: { dateOfBirth: "required", sex: "optional", needs: "optional" },
              partLabels: { needs: "Disability, health or communication needs" },
              subject: { role: "child" },
              errors: {
                givenName: "Enter the child's first name",
                familyName: "Enter the child's last name",
                tooLong: "The child's details must be shorter",
                dateOfBirth: {
                  required: "Enter the child's date of birth",
                  invalid: "The child's date of birth must be a real date",
                  rule: "The child's date of birth must be in the past",
                },
              },
            },
            text(
              "child-connection",
              "How is the child connected to the adult?",
              {
                required: "Enter how the child is connected to the adult",
                tooLong: "How the child is connected must be 100 characters or less",
              },
              { hint: "For example, pupil in their class or member of their team" },
            ),
          ],
        },
      ],
    },
    {
      id: "allegation-category",
      title: "Which part of the threshold is met?",
      section: "allegation",
      questions: [
        checkboxes(
          "allegation-categories",
          "What does the allegation suggest the adult has done?",
          LADO_THRESHOLD,
          "Select what the allegation suggests the adult has done",
          { hint: "Select all that apply" },
        ),
      ],
    },
    {
      id: "allegation-details",
      title: "The allegation",
      section: "allegation",
      questions: [
        textarea(
          "allegation-what",
          "What is the allegation?",
          {
            required: "Enter what the allegation is",
            tooLong: "The allegation must be 5000 characters or less",
          },
          {
            maxLength: 5000,
            rows: 8,
            hint: "What happened, who said it, and what they said in their own words",
          },
        ),
        date("allegation-date", "When did it happen?", "past-or-today", {
          required: "Enter when it happened",
          invalid: "The date it happened must be a real date",
          rule: "The date it happened must be today or in the past",
        }),
        text("allegation-where", "Where did it happen?", {
          required: "Enter where it happened",
          tooLong: "Where it happened must be 100 characters or less",
        }),
      ],
    },
    {
      id: "allegation-source",
      title: "How the allegation came to light",
      section: "allegation",
      questions: [
        radios(
          "allegation-source",
          "How did the allegation come to light?",
          options(
            ["child", "A child told someone"],
            ["parent", "A parent or carer raised it"],
            ["colleague", "A colleague raised it"],
            ["witnessed", "Someone saw it happen"],
            ["police", "The police told us"],
            ["other", "Another way"],
          ),
          "Select how the allegation came to light",
        ),
      ],
    },
    {
      id: "actions-taken",
      title: "What you have done",
      section: "actions",
      questions: [
        radios(
          "adult-suspended",
          "Has the adult been suspended or moved away from children?",
          options(
            ["suspended", "Yes, suspended"],
            ["redeployed", "Yes, moved to work away from children"],
            ["no", "No"],
            ["not-decided", "Not decided yet", "The LADO can advise you"],
          ),
          "Select whether the adult has been suspended or moved away from children",
        ),
        yesNo("police-informed", "Have the police been told?", "Select yes if the police have been told", {
          reveals: { yes: ["police-reference"] },
        }),
        text(
          "police-reference",
          "Police reference",
          { tooLong: "The police reference must be 50 characters or less" },
          { maxLength: 50 },
        ),
        yesNo(
          "parents-informed",
          "Have the children's parents or carers been told?",
          "Select yes if the children's parents or carers have been told",
        ),
      ],
    },
    {
      id: "adult-knows",
      title: "Whether the adult knows",
      section: "actions",
      questions: [
        yesNo(
          "adult-knows",
          "Does the adult know about the allegation?",
          "Select yes if the adult knows about the allegation",
          { hint: "Do not tell them until you have agreed it with the LADO and, if involved, the police" },
        ),
      ],
    },
    {
      id: "previous-concerns",
      title: "Previous concerns",
      section: "actions",
      questions: [
        radios(
          "previous-concerns",
          "Have there been concerns about this adult before?",
          [
            { value: "yes", label: "Yes", reveals: ["previous-concerns-details"] },
            { value: "no", label: "No" },
            { value: "not-known", label: "I do not know" },
          ],
          "Select whether there have been concerns about this adult before",
        ),
        textarea("previous-concerns-details", "Tell us about the previous concerns", {
          required: "Enter the previous concerns",
          tooLong: "The previous concerns must be 2000 characters or less",
        }),
      ],
    },
  ],
};
