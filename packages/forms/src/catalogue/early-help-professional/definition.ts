import type { FormDefinition, PageDefinition } from "../../definition.ts";
import { checkboxes, date, options, phone, radios, text, textarea, yesNo } from "../shared/builders.ts";
import { afterConsent, consentNeededPage, EARLY_HELP_AREAS } from "../shared/early-help.ts";
import { childrenPage, parentsCarersGroup } from "../shared/family.ts";
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
        childrenPage("Children in the family", "Include an unborn baby", "family"),
        {
          id: "parents-carers",
          title: "Parents and carers",
          section: "family",
          questions: [
            parentsCarersGroup(
              { parts: { dateOfBirth: "optional", language: "optional" }, subject: { role: "parent-carer" } },
              [
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
            ),
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
