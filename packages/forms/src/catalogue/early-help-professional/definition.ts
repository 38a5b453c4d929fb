import type { FormDefinition, PageDefinition } from "../../definition.ts";
import {
  address,
  checkboxes,
  date,
  options,
  phone,
  radios,
  text,
  textarea,
  yesNo,
} from "../shared/builders.ts";
import { afterConsent, consentNeededPage, EARLY_HELP_AREAS } from "../shared/early-help.ts";
import { referrerPage } from "../shared/referrer.ts";

/** A professional asks for early help for a family. The family's agreement is mandatory. */
export const earlyHelpProfessional: FormDefinition = {
  id: "early-help-professional",
  version: 1,
  title: "Request early help for a family",
  audience: "professional",
  service: "early-help",
  allowAnonymous: false,
  safeguardingBanner: false,
  sections: [
    { id: "about-you", title: "About you" },
    { id: "consent", title: "The family's agreement" },
    { id: "family", title: "The family" },
    { id: "needs", title: "Needs and support" },
  ],
  pages: [
    referrerPage("about-you"),
    {
      id: "consent",
      title: "The family's agreement",
      section: "consent",
      questions: [
        yesNo(
          "family-consent",
          "Has the family agreed to this request for early help?",
          "Select yes if the family has agreed to this request",
          {
            hint: "Early help is voluntary and needs the agreement of the parents or carers (and of the young person, where they are old enough). If you are worried a child is at risk of harm, make a referral to children's social care instead.",
            reveals: { yes: ["consent-given-by", "consent-date"] },
          },
        ),
        text("consent-given-by", "Who gave their agreement?", {
          required: "Enter who gave their agreement",
          tooLong: "Who gave their agreement must be 100 characters or less",
        }),
        date("consent-date", "When did they agree?", "past-or-today", {
          required: "Enter the date the family agreed",
          invalid: "The date the family agreed must be a real date",
          rule: "The date the family agreed must be today or in the past",
        }),
      ],
    },
    consentNeededPage(
      "Early help needs the family's agreement",
      "You cannot send an early help request without the family's agreement.",
      options(
        ["change-answer", "The family agrees: change my answer"],
        [
          "safeguarding-referral",
          "Make a referral to children's social care instead",
          "If you think a child is at risk of harm",
        ],
        ["stop", "Stop this request", "Talk to the family again, then start a new request"],
      ),
      "consent",
    ),
    ...(
      [
        {
          id: "children",
          title: "Children in the family",
          section: "family",
          questions: [
            {
              id: "children",
              type: "repeating-group",
              label: "Children in the family",
              itemLabel: "Child",
              addAnotherLabel: "Do you need to add another child?",
              hint: "Include an unborn baby",
              min: 1,
              max: 10,
              errors: {
                addAnother: "Select yes if you need to add another child",
                tooFew: "Add at least one child",
                tooMany: "You can add up to 10 children",
              },
              questions: [
                {
                  id: "child",
                  type: "person",
                  label: "Child's details",
                  parts: {
                    dateOfBirth: "required",
                    expectedDueDate: true,
                    sex: "required",
                    ethnicity: "optional",
                    language: "optional",
                    needs: "optional",
                  },
                  partLabels: { needs: "Disability, health or communication needs" },
                  subject: { role: "child", address: "child-address" },
                  errors: {
                    givenName: "Enter the child's first name",
                    familyName: "Enter the child's last name",
                    tooLong: "The child's details must be shorter",
                    born: "Select yes if the baby has been born",
                    dateOfBirth: {
                      required: "Enter the child's date of birth",
                      invalid: "The child's date of birth must be a real date",
                      rule: "The child's date of birth must be in the past",
                    },
                    expectedDueDate: {
                      required: "Enter the baby's expected due date",
                      invalid: "The expected due date must be a real date",
                      rule: "The expected due date must be today or in the future",
                    },
                    sex: "Select the child's sex",
                  },
                },
                address("child-address", "Where does the child live?", {
                  line1: "Enter the first line of the child's address",
                  town: "Enter the town or city where the child lives",
                  postcode: "Enter the postcode of the child's address",
                  postcodeInvalid: "Enter a real postcode for the child's address",
                  tooLong: "Each line of the child's address must be 100 characters or less",
                }),
                text("child-school", "School, nursery or college", {
                  tooLong: "The school name must be 100 characters or less",
                }),
              ],
            },
          ],
        },
        {
          id: "parents-carers",
          title: "Parents and carers",
          section: "family",
          questions: [
            {
              id: "parents-carers",
              type: "repeating-group",
              label: "Parents and carers",
              itemLabel: "Parent or carer",
              addAnotherLabel: "Do you need to add another parent or carer?",
              min: 1,
              max: 6,
              errors: {
                addAnother: "Select yes if you need to add another parent or carer",
                tooFew: "Add at least one parent or carer",
                tooMany: "You can add up to 6 parents or carers",
              },
              questions: [
                {
                  id: "parent",
                  type: "person",
                  label: "Parent or carer's details",
                  parts: { dateOfBirth: "optional", language: "optional" },
                  subject: { role: "parent-carer" },
                  errors: {
                    givenName: "Enter the parent or carer's first name",
                    familyName: "Enter the parent or carer's last name",
                    tooLong: "The parent or carer's details must be shorter",
                    dateOfBirth: {
                      invalid: "The parent or carer's date of birth must be a real date",
                      rule: "The parent or carer's date of birth must be in the past",
                    },
                  },
                },
                radios(
                  "parent-relationship",
                  "What is their relationship to the children?",
                  options(
                    ["mother", "Mother"],
                    ["father", "Father"],
                    ["step-parent", "Step-parent or parent's partner"],
                    ["grandparent", "Grandparent"],
                    ["other-relative", "Another relative"],
                    ["kinship-carer", "Foster or kinship carer"],
                    ["other", "Someone else"],
                  ),
                  "Select the parent or carer's relationship to the children",
                ),
                phone("parent-phone", "Phone number", {
                  required: "Enter the parent or carer's phone number",
                  invalid: "Enter the parent or carer's phone number, like 07700 900 982",
                }),
              ],
            },
          ],
        },
        {
          id: "help-areas",
          title: "What the family needs help with",
          section: "needs",
          questions: [
            checkboxes(
              "help-areas",
              "What does the family need help with?",
              EARLY_HELP_AREAS,
              "Select what the family needs help with",
              { hint: "Select all that apply" },
            ),
            textarea(
              "needs-details",
              "Tell us about the family's needs",
              {
                required: "Enter the family's needs",
                tooLong: "The family's needs must be 3000 characters or less",
              },
              {
                maxLength: 3000,
                rows: 6,
                hint: "What is happening, for how long, and what the family would like to change",
              },
            ),
          ],
        },
        {
          id: "strengths",
          title: "What is going well",
          section: "needs",
          questions: [
            textarea(
              "family-strengths",
              "What is going well for the family?",
              { tooLong: "What is going well must be 2000 characters or less" },
              { hint: "For example, supportive relatives or a good relationship with school" },
            ),
          ],
        },
        {
          id: "support-so-far",
          title: "Support so far",
          section: "needs",
          questions: [
            radios(
              "early-help-assessment",
              "Has an early help assessment been completed?",
              options(["yes", "Yes"], ["in-progress", "It has started"], ["no", "No"]),
              "Select whether an early help assessment has been completed",
            ),
            textarea("support-so-far", "What support has already been offered?", {
              required: "Enter the support already offered",
              tooLong: "The support already offered must be 2000 characters or less",
            }),
          ],
        },
        {
          id: "attachments",
          title: "Supporting documents",
          section: "needs",
          questions: [
            {
              id: "attachments",
              type: "file",
              label: "Upload the early help assessment or other documents",
              hint: "You can upload up to 5 files",
              optional: true,
              maxFiles: 5,
              errors: { tooMany: "You can upload up to 5 files" },
            },
          ],
        },
      ] satisfies PageDefinition[]
    ).map(afterConsent),
  ],
};
