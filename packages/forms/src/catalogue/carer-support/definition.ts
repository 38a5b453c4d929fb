import type { FormDefinition } from "../../definition.ts";
import { address, checkboxes, options, phone, radios, textarea, yesNo } from "../shared/builders.ts";

/** A carer asks for a carer's assessment (Care Act 2014 s10). */
export const carerSupport: FormDefinition = {
  id: "carer-support",
  version: 1,
  title: "Ask for a carer's assessment",
  audience: "public",
  service: "adults",
  allowAnonymous: false,
  safeguardingBanner: false,
  sections: [
    { id: "about-you", title: "About you" },
    { id: "cared-for", title: "The person you care for" },
    { id: "caring", title: "Your caring role" },
  ],
  pages: [
    {
      id: "about-you",
      title: "About you",
      section: "about-you",
      questions: [
        {
          id: "carer",
          type: "person",
          label: "Your details",
          parts: {
            dateOfBirth: "required",
            sex: "optional",
            ethnicity: "optional",
            language: "optional",
            needs: "optional",
          },
          partLabels: {
            language: "Main language",
            needs: "Do you have any health conditions or disabilities?",
          },
          subject: { role: "carer", address: "carer-address" },
          errors: {
            givenName: "Enter your first name",
            familyName: "Enter your last name",
            tooLong: "Your details must be shorter",
            dateOfBirth: {
              required: "Enter your date of birth",
              invalid: "Your date of birth must be a real date",
              rule: "Your date of birth must be in the past",
            },
          },
        },
      ],
    },
    {
      id: "your-address",
      title: "Your address and phone number",
      section: "about-you",
      questions: [
        address("carer-address", "What is your address?", {
          line1: "Enter the first line of your address",
          town: "Enter your town or city",
          postcode: "Enter your postcode",
          postcodeInvalid: "Enter a real postcode",
          tooLong: "Each line of your address must be 100 characters or less",
        }),
        phone(
          "carer-phone",
          "What is your phone number?",
          {
            required: "Enter your phone number",
            invalid: "Enter a phone number, like 01632 960 001 or 07700 900 982",
          },
          { autocomplete: "tel" },
        ),
      ],
    },
    {
      id: "cared-for",
      title: "The person you care for",
      section: "cared-for",
      questions: [
        {
          id: "cared-for-person",
          type: "person",
          label: "Details of the person you care for",
          parts: { dateOfBirth: "optional" },
          subject: { role: "cared-for", address: "cared-for-address" },
          errors: {
            givenName: "Enter the first name of the person you care for",
            familyName: "Enter the last name of the person you care for",
            tooLong: "The name of the person you care for must be shorter",
            dateOfBirth: {
              invalid: "Their date of birth must be a real date",
              rule: "Their date of birth must be in the past",
            },
          },
        },
        radios(
          "cared-for-relationship",
          "What is your relationship to them?",
          options(
            ["partner", "Husband, wife or partner"],
            ["parent", "I am their parent"],
            ["child", "I am their son or daughter"],
            ["other-relative", "Another relative"],
            ["friend", "Friend or neighbour"],
          ),
          "Select your relationship to the person you care for",
        ),
      ],
    },
    {
      id: "lives-with-you",
      title: "Where they live",
      section: "cared-for",
      questions: [
        yesNo(
          "cared-for-lives-with-you",
          "Does the person you care for live with you?",
          "Select yes if the person you care for lives with you",
        ),
      ],
    },
    {
      id: "cared-for-address",
      title: "Their address",
      section: "cared-for",
      condition: { equals: ["cared-for-lives-with-you", "no"] },
      questions: [
        address("cared-for-address", "What is their address?", {
          line1: "Enter the first line of their address",
          town: "Enter their town or city",
          postcode: "Enter their postcode",
          postcodeInvalid: "Enter a real postcode for their address",
          tooLong: "Each line of their address must be 100 characters or less",
        }),
      ],
    },
    {
      id: "cared-for-support",
      title: "Support they get",
      section: "cared-for",
      questions: [
        radios(
          "cared-for-council-support",
          "Does the person you care for get care and support from the council?",
          options(["yes", "Yes"], ["no", "No"], ["not-sure", "I'm not sure"]),
          "Select whether the person you care for gets care and support from the council",
        ),
      ],
    },
    {
      id: "caring-tasks",
      title: "What you do as a carer",
      section: "caring",
      questions: [
        checkboxes(
          "caring-tasks",
          "What do you help them with?",
          options(
            ["personal-care", "Washing, dressing or going to the toilet"],
            ["medication", "Medicines"],
            ["meals", "Meals"],
            ["housework", "Shopping and housework"],
            ["finances", "Money and paperwork"],
            ["appointments", "Getting to appointments"],
            ["supervision", "Keeping them safe or keeping an eye on them"],
            ["emotional", "Emotional support"],
            ["other", "Something else"],
          ),
          "Select what you help them with",
          { hint: "Select all that apply" },
        ),
        {
          id: "caring-hours",
          type: "number",
          label: "About how many hours a week do you spend caring?",
          min: 0,
          max: 168,
          wholeNumber: true,
          suffix: "hours",
          errors: {
            required: "Enter about how many hours a week you spend caring",
            invalid: "Hours a week must be a number, like 20",
            notWhole: "Hours a week must be a whole number",
            tooSmall: "Hours a week must be 0 or more",
            tooLarge: "Hours a week must be 168 or less",
          },
        },
      ],
    },
    {
      id: "impact",
      title: "How caring affects you",
      section: "caring",
      questions: [
        textarea(
          "caring-impact",
          "How does caring affect you?",
          {
            required: "Enter how caring affects you",
            tooLong: "How caring affects you must be 3000 characters or less",
          },
          {
            maxLength: 3000,
            rows: 6,
            hint: "For example, your health, sleep, work, money, relationships or time for yourself",
          },
        ),
        radios(
          "carer-coping",
          "How well are you coping?",
          options(
            ["coping", "I am managing"],
            ["struggling", "I am struggling"],
            ["crisis", "I cannot carry on caring without help", "We will contact you as soon as we can"],
          ),
          "Select how well you are coping",
        ),
      ],
    },
  ],
};
