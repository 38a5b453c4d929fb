import type { FormDefinition, PageDefinition } from "../../definition.ts";
import { address, checkboxes, options, phone, radios, text, textarea, yesNo } from "../shared/builders.ts";
import { afterConsent, consentNeededPage, EARLY_HELP_AREAS } from "../shared/early-help.ts";
import { childrenGroup, childSchool, expectedDueDateErrors } from "../shared/family.ts";

/** A family asks for early help for themselves. The family's agreement is mandatory. */
export const earlyHelpFamily: FormDefinition = {
  id: "early-help-family",
  version: 1,
  title: "Ask for early help for your family",
  audience: "public",
  service: "early-help",
  allowAnonymous: false,
  safeguardingBanner: false,
  pages: [
    {
      id: "consent",
      title: "Your agreement",
      questions: [
        yesNo(
          "family-consent",
          "Do you agree to us sharing information about your family with the people who can help?",
          "Select yes if you agree to us sharing information about your family",
          {
            hint: "Early help is voluntary. We will share what you tell us only with the services that can help your family, such as your children's school or health visitor. The adults in your family should agree.",
          },
        ),
      ],
    },
    consentNeededPage(
      "We can only offer early help if your family agrees",
      "Early help is voluntary. We cannot take your request without your family's agreement, but there are other ways we can help.",
      options(
        ["change-answer", "My family agrees: change my answer"],
        ["other-help", "Find other help and advice", "We will show you services you can contact yourself"],
        ["worried-about-child", "I am worried a child is not safe", "Call 999 if a child is in danger now"],
      ),
    ),
    ...(
      [
        {
          id: "your-details",
          title: "About you",
          questions: [
            text(
              "parent-name",
              "What is your full name?",
              { required: "Enter your full name", tooLong: "Your name must be 100 characters or less" },
              { autocomplete: "name" },
            ),
            radios(
              "parent-relationship",
              "How are you related to the children?",
              options(
                ["parent", "I am their parent"],
                ["step-parent", "I am their step-parent or a parent's partner"],
                ["grandparent", "I am their grandparent"],
                ["relative", "I am another relative"],
                ["kinship-carer", "I am their foster or kinship carer"],
                ["young-person", "I am a young person asking for myself"],
                ["other", "Another way"],
              ),
              "Select how you are related to the children",
            ),
          ],
        },
        {
          id: "contact",
          title: "Your phone number",
          questions: [
            phone(
              "parent-phone",
              "What is your phone number?",
              {
                required: "Enter your phone number",
                invalid: "Enter a phone number, like 01632 960 001 or 07700 900 982",
              },
              { hint: "We will call to talk about the help you need", autocomplete: "tel" },
            ),
          ],
        },
        {
          id: "address",
          title: "Your address",
          questions: [
            address("family-address", "What is your address?", {
              line1: "Enter the first line of your address",
              town: "Enter your town or city",
              postcode: "Enter your postcode",
              postcodeInvalid: "Enter a real postcode",
              tooLong: "Each line of your address must be 100 characters or less",
            }),
          ],
        },
        {
          id: "children",
          title: "Your children",
          questions: [
            childrenGroup("Your children", "Include an unborn baby", [
              {
                id: "child",
                type: "person",
                label: "Child's details",
                parts: {
                  dateOfBirth: "required",
                  expectedDueDate: true,
                  sex: "optional",
                  ethnicity: "optional",
                  language: "optional",
                  needs: "optional",
                },
                partLabels: { needs: "Disability, health or communication needs" },
                subject: { role: "child", address: "family-address" },
                errors: {
                  givenName: "Enter your child's first name",
                  familyName: "Enter your child's last name",
                  tooLong: "Your child's details must be shorter",
                  born: "Select yes if the baby has been born",
                  dateOfBirth: {
                    required: "Enter your child's date of birth",
                    invalid: "Your child's date of birth must be a real date",
                    rule: "Your child's date of birth must be in the past",
                  },
                  expectedDueDate: expectedDueDateErrors(),
                },
              },
              childSchool(),
            ]),
          ],
        },
        {
          id: "help-areas",
          title: "What you would like help with",
          questions: [
            checkboxes(
              "help-areas",
              "What would you like help with?",
              EARLY_HELP_AREAS,
              "Select what you would like help with",
              {
                hint: "Select all that apply",
              },
            ),
          ],
        },
        {
          id: "help-details",
          title: "Tell us more",
          questions: [
            textarea(
              "help-details",
              "Tell us what is happening and what help you would like",
              {
                required: "Enter what is happening and what help you would like",
                tooLong: "What is happening must be 3000 characters or less",
              },
              { maxLength: 3000, rows: 6 },
            ),
          ],
        },
        {
          id: "services-involved",
          title: "Other services",
          questions: [
            textarea(
              "services-involved",
              "Which services already help your family?",
              { tooLong: "The services that help your family must be 1000 characters or less" },
              { maxLength: 1000, hint: "For example, a family support worker, CAMHS or a housing officer" },
            ),
          ],
        },
      ] satisfies PageDefinition[]
    ).map(afterConsent),
  ],
};
