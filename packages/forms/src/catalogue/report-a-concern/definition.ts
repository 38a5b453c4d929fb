import type { FormDefinition } from "../../definition.ts";
import { address, email, options, phone, radios, text, textarea, yesNo } from "../shared/builders.ts";
import { YES_NO_NOT_KNOWN } from "../shared/concern.ts";

/** Public "worried about a child". Anonymous reports are allowed: contact questions are skipped. */
export const reportAConcern: FormDefinition = {
  id: "report-a-concern",
  version: 1,
  title: "Tell us you are worried about a child",
  audience: "public",
  service: "children",
  allowAnonymous: true,
  safeguardingBanner: true,
  pages: [
    {
      id: "identify-yourself",
      title: "Do you want to tell us who you are?",
      questions: [
        yesNo(
          "identify-yourself",
          "Do you want to tell us who you are?",
          "Select yes if you want to tell us who you are",
          {
            hint: "You can tell us about a child without giving your name. If you do tell us, we will not tell the family who you are unless the law requires it.",
          },
        ),
      ],
    },
    {
      id: "your-name",
      title: "Your name",
      condition: { equals: ["identify-yourself", "yes"] },
      questions: [
        text(
          "reporter-name",
          "What is your name?",
          { required: "Enter your name", tooLong: "Your name must be 100 characters or less" },
          { autocomplete: "name" },
        ),
      ],
    },
    {
      id: "contact-you",
      title: "How can we contact you?",
      condition: { equals: ["identify-yourself", "yes"] },
      questions: [
        radios(
          "contact-by",
          "How can we contact you?",
          [
            { value: "phone", label: "Phone", reveals: ["reporter-phone"] },
            { value: "email", label: "Email", reveals: ["reporter-email"] },
            { value: "no-contact", label: "Please do not contact me" },
          ],
          "Select how we can contact you",
          { hint: "We may need to ask you more about what you have seen or heard" },
        ),
        phone(
          "reporter-phone",
          "Phone number",
          {
            required: "Enter your phone number",
            invalid: "Enter a phone number, like 01632 960 001 or 07700 900 982",
          },
          { autocomplete: "tel" },
        ),
        email(
          "reporter-email",
          "Email address",
          {
            required: "Enter your email address",
            invalid: "Enter an email address in the correct format, like name@example.com",
          },
          { autocomplete: "email" },
        ),
      ],
    },
    {
      id: "your-relationship",
      title: "How you know the child",
      questions: [
        radios(
          "reporter-relationship",
          "How do you know the child?",
          options(
            ["family", "I am a relative or carer of the child"],
            ["acquaintance", "I am a friend or neighbour of the family"],
            ["self", "I am the child or young person"],
            ["other", "Another way"],
          ),
          "Select how you know the child",
        ),
      ],
    },
    {
      id: "children",
      title: "The child you are worried about",
      questions: [
        {
          id: "children",
          type: "repeating-group",
          label: "Children you are worried about",
          itemLabel: "Child",
          addAnotherLabel: "Are you worried about another child?",
          min: 1,
          max: 6,
          errors: {
            addAnother: "Select yes if you are worried about another child",
            tooFew: "Tell us about at least one child",
            tooMany: "You can tell us about up to 6 children",
          },
          questions: [
            {
              id: "child",
              type: "person",
              label: "The child's details",
              hint: "Tell us as much as you know",
              parts: { dateOfBirth: "optional", sex: "optional" },
              subject: { role: "child", address: "child-address" },
              errors: {
                givenName: "Enter the child's first name",
                familyName: "Enter the child's last name",
                tooLong: "The child's name must be shorter",
                dateOfBirth: {
                  invalid: "The child's date of birth must be a real date",
                  rule: "The child's date of birth must be in the past",
                },
              },
            },
            text(
              "child-age",
              "How old is the child?",
              { tooLong: "The child's age must be 20 characters or less" },
              {
                maxLength: 20,
                hint: "If you do not know their date of birth, a rough age helps, like 'about 8'",
              },
            ),
            address(
              "child-address",
              "Where does the child live?",
              {
                line1: "Enter the first line of the child's address",
                town: "Enter the town or city where the child lives",
                postcode: "Enter the postcode of the child's address",
                postcodeInvalid: "Enter a real postcode for the child's address",
                tooLong: "Each line of the child's address must be 100 characters or less",
              },
              { optional: true },
            ),
            text("child-school", "Which school or nursery does the child go to?", {
              tooLong: "The school name must be 100 characters or less",
            }),
          ],
        },
      ],
    },
    {
      id: "concern",
      title: "What you are worried about",
      questions: [
        textarea(
          "concern-details",
          "What are you worried about?",
          {
            required: "Enter what you are worried about",
            tooLong: "What you are worried about must be 5000 characters or less",
          },
          {
            maxLength: 5000,
            rows: 8,
            hint: "Tell us what you have seen or heard, when, and who was involved",
          },
        ),
      ],
    },
    {
      id: "concern-when",
      title: "When it happened",
      questions: [
        radios(
          "concern-when",
          "When did this happen?",
          options(
            ["today", "Today"],
            ["this-week", "In the last 7 days"],
            ["this-month", "In the last month"],
            ["longer-ago", "More than a month ago"],
            ["ongoing", "It keeps happening"],
          ),
          "Select when this happened",
        ),
      ],
    },
    {
      id: "child-safe-now",
      title: "Is the child safe now?",
      questions: [
        radios(
          "child-safe-now",
          "Is the child safe now?",
          YES_NO_NOT_KNOWN,
          "Select whether the child is safe now",
          { hint: "If a child is in danger right now, call 999" },
        ),
      ],
    },
    {
      id: "family-aware",
      title: "Does the family know?",
      questions: [
        radios(
          "family-aware",
          "Does the child's family know you are contacting us?",
          YES_NO_NOT_KNOWN,
          "Select whether the child's family knows you are contacting us",
        ),
      ],
    },
  ],
};
