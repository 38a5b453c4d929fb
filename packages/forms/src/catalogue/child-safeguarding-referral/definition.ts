import type { FormDefinition } from "../../definition.ts";
import { address, checkboxes, options, phone, radios, text, textarea, yesNo } from "../shared/builders.ts";
import { whatHappenedPage, YES_NO_NOT_KNOWN } from "../shared/concern.ts";
import { childrenPage, parentsCarersGroup } from "../shared/family.ts";
import { referrerPage } from "../shared/referrer.ts";

/** Concern categories a MASH screens by (Working Together 2023 categories plus contextual harms). */
export const CHILD_CONCERN_CATEGORIES = options(
  ["physical-abuse", "Physical abuse"],
  ["emotional-abuse", "Emotional abuse"],
  ["sexual-abuse", "Sexual abuse"],
  ["neglect", "Neglect"],
  ["domestic-abuse", "Domestic abuse in the home"],
  ["sexual-exploitation", "Child sexual exploitation"],
  ["criminal-exploitation", "Child criminal exploitation or county lines"],
  ["missing", "Missing from home, care or education"],
  ["radicalisation", "Radicalisation or extremism"],
  ["mental-health", "Child's mental health or self-harm"],
  ["parental-factors", "Parent's mental health, drug or alcohol use"],
  ["fgm", "Female genital mutilation (FGM)"],
  ["online-harm", "Online harm"],
  ["other", "Something else"],
);

export const OTHER_AGENCIES = options(
  ["police", "Police"],
  ["gp", "GP"],
  ["health-visitor", "Health visitor or school nurse"],
  ["school", "School, nursery or college"],
  ["camhs", "Child and adolescent mental health services (CAMHS)"],
  ["early-help", "Early help"],
  ["housing", "Housing"],
  ["probation", "Probation or youth justice"],
  ["other", "Another service"],
);

export const childSafeguardingReferral: FormDefinition = {
  id: "child-safeguarding-referral",
  version: 1,
  title: "Make a referral to children's social care",
  audience: "professional",
  service: "children",
  allowAnonymous: false,
  safeguardingBanner: true,
  sections: [
    { id: "about-you", title: "About you" },
    { id: "children", title: "The children" },
    { id: "family", title: "Parents, carers and household" },
    { id: "concern", title: "Your concern" },
    { id: "risk", title: "Risk and actions taken" },
    { id: "consent", title: "Consent" },
  ],
  pages: [
    referrerPage("about-you"),
    childrenPage(
      "Children you are worried about",
      "Include an unborn baby if you are worried about them",
      "children",
    ),
    {
      id: "parents-carers",
      title: "Parents and carers",
      section: "family",
      questions: [
        parentsCarersGroup(
          {
            parts: { dateOfBirth: "optional", language: "optional", needs: "optional" },
            partLabels: { needs: "Disability, health or communication needs" },
            subject: { role: "parent-carer", address: "parent-address" },
          },
          [
            radios(
              "parent-relationship",
              "What is their relationship to the child?",
              options(
                ["mother", "Mother"],
                ["father", "Father"],
                ["step-parent", "Step-parent or parent's partner"],
                ["grandparent", "Grandparent"],
                ["other-relative", "Another relative"],
                ["foster-carer", "Foster carer or kinship carer"],
                ["other", "Someone else"],
              ),
              "Select the parent or carer's relationship to the child",
            ),
            yesNo(
              "parent-lives-with-child",
              "Do they live with the child?",
              "Select yes if they live with the child",
              {
                reveals: { no: ["parent-address"] },
              },
            ),
            address(
              "parent-address",
              "Their address",
              {
                line1: "Enter the first line of the parent or carer's address",
                town: "Enter the town or city of the parent or carer's address",
                postcode: "Enter the postcode of the parent or carer's address",
                postcodeInvalid: "Enter a real postcode for the parent or carer's address",
                tooLong: "Each line of the parent or carer's address must be 100 characters or less",
              },
              { optional: true },
            ),
            phone("parent-phone", "Phone number", {
              invalid: "Enter the parent or carer's phone number, like 07700 900 982",
            }),
          ],
          "Include anyone with parental responsibility, even if they do not live with the child",
        ),
      ],
    },
    {
      id: "household",
      title: "Other people in the home",
      section: "family",
      questions: [
        yesNo(
          "has-other-household-members",
          "Does anyone else live in the child's home?",
          "Select yes if anyone else lives in the child's home",
          {
            hint: "For example, brothers and sisters, lodgers or a parent's partner you have not already told us about",
          },
        ),
      ],
    },
    {
      id: "household-members",
      title: "Other people in the home",
      section: "family",
      condition: { equals: ["has-other-household-members", "yes"] },
      questions: [
        {
          id: "household-members",
          type: "repeating-group",
          label: "Other people in the home",
          itemLabel: "Household member",
          addAnotherLabel: "Do you need to add another person who lives in the home?",
          min: 1,
          max: 10,
          errors: {
            addAnother: "Select yes if you need to add another person who lives in the home",
            tooFew: "Add at least one person who lives in the home",
            tooMany: "You can add up to 10 people who live in the home",
          },
          questions: [
            {
              id: "household-member",
              type: "person",
              label: "Their details",
              parts: { dateOfBirth: "optional" },
              subject: { role: "household-member" },
              errors: {
                givenName: "Enter the household member's first name",
                familyName: "Enter the household member's last name",
                tooLong: "The household member's name must be shorter",
                dateOfBirth: {
                  invalid: "The household member's date of birth must be a real date",
                  rule: "The household member's date of birth must be in the past",
                },
              },
            },
            text(
              "household-member-relationship",
              "How are they connected to the child?",
              {
                required: "Enter how the household member is connected to the child",
                tooLong: "How they are connected must be 100 characters or less",
              },
              { hint: "For example, older brother, mother's partner or lodger" },
            ),
          ],
        },
      ],
    },
    {
      id: "concern-category",
      title: "What kind of concern is it?",
      section: "concern",
      questions: [
        checkboxes(
          "concern-categories",
          "What are you worried about?",
          CHILD_CONCERN_CATEGORIES,
          "Select what you are worried about",
          { hint: "Select all that apply" },
        ),
      ],
    },
    whatHappenedPage(
      "Say what you saw or were told, by whom, and who was involved. Separate facts from your opinion.",
      "concern",
    ),
    {
      id: "child-views",
      title: "The child's views",
      section: "concern",
      questions: [
        textarea(
          "child-views",
          "What has the child said, and how did they seem?",
          {
            required: "Enter what the child has said, or why you could not speak to them",
            tooLong: "What the child has said must be 2000 characters or less",
          },
          { hint: "Use the child's own words where you can. If you could not speak to them, tell us why." },
        ),
      ],
    },
    {
      id: "risk-now",
      title: "Risk to the child now",
      section: "risk",
      questions: [
        radios(
          "child-safe-now",
          "Is the child safe now?",
          YES_NO_NOT_KNOWN,
          "Select whether the child is safe now",
          { hint: "If a child is in immediate danger, call 999 before you finish this form" },
        ),
        textarea(
          "risk-now-details",
          "Tell us about any risk to the child now",
          {
            required: "Enter any risk to the child now",
            tooLong: "The risk to the child now must be 2000 characters or less",
          },
          {
            hint: "For example, who the child will be with tonight, and whether the person who harmed them has contact",
          },
        ),
      ],
    },
    {
      id: "actions-taken",
      title: "What has been done",
      section: "risk",
      questions: [
        textarea(
          "actions-taken",
          "What have you or your organisation done so far?",
          {
            required: "Enter what you or your organisation have done so far",
            tooLong: "What has been done must be 2000 characters or less",
          },
          { hint: "For example, support offered, who you have told and any advice you have been given" },
        ),
        checkboxes(
          "other-agencies",
          "Which other services are involved with the family?",
          OTHER_AGENCIES,
          undefined,
          {
            hint: "Select all that apply",
          },
        ),
      ],
    },
    {
      id: "attachments",
      title: "Supporting documents",
      section: "risk",
      questions: [
        {
          id: "attachments",
          type: "file",
          label: "Upload supporting documents",
          hint: "For example, a chronology or body map. You can upload up to 5 files.",
          optional: true,
          maxFiles: 5,
          errors: { tooMany: "You can upload up to 5 files" },
        },
      ],
    },
    {
      id: "consent",
      title: "Consent",
      section: "consent",
      questions: [
        radios(
          "consent-sought",
          "Have you asked the family for consent to make this referral?",
          options(
            ["yes-agreed", "Yes, and they agreed"],
            ["yes-refused", "Yes, and they refused"],
            ["no", "No, I have not asked"],
          ),
          "Select whether you have asked the family for consent",
          {
            hint: "You do not need consent if asking would put a child at greater risk, cause delay or prejudice a crime investigation",
          },
        ),
      ],
    },
    {
      id: "consent-not-sought",
      title: "Why you have not asked for consent",
      section: "consent",
      condition: { equals: ["consent-sought", "no"] },
      questions: [
        radios(
          "consent-not-sought-reason",
          "Why have you not asked the family for consent?",
          options(
            ["increase-risk", "Asking would increase the risk to a child"],
            ["cause-delay", "Asking would cause a delay that puts a child at risk"],
            ["prejudice-investigation", "Asking could prejudice a police or crime investigation"],
            ["other", "Another reason"],
          ),
          "Select why you have not asked the family for consent",
        ),
        textarea(
          "consent-not-sought-explanation",
          "Explain why",
          {
            required: "Explain why you have not asked the family for consent",
            tooLong: "Your explanation must be 1000 characters or less",
          },
          { maxLength: 1000, hint: "A manager may review this decision" },
        ),
      ],
    },
    {
      id: "consent-refused",
      title: "Referring without agreement",
      section: "consent",
      condition: { equals: ["consent-sought", "yes-refused"] },
      questions: [
        textarea(
          "consent-refused-reason",
          "Why are you making this referral without the family's agreement?",
          {
            required: "Enter why you are making this referral without the family's agreement",
            tooLong: "Your reason must be 1000 characters or less",
          },
          { maxLength: 1000 },
        ),
      ],
    },
    {
      id: "family-aware",
      title: "Whether the family knows",
      section: "consent",
      condition: { not: { equals: ["consent-sought", "yes-agreed"] } },
      questions: [
        yesNo(
          "family-aware",
          "Does the family know you are making this referral?",
          "Select yes if the family knows you are making this referral",
        ),
      ],
    },
  ],
};
