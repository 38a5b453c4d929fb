import type { Answers } from "../../definition.ts";

/** A complete, valid request from a parent who agrees to share information. */
export const earlyHelpFamilyExample: Answers = {
  "family-consent": "yes",
  "parent-name": "Jo Example",
  "parent-relationship": "parent",
  "parent-phone": "07700 900 456",
  "family-address": { line1: "5 Test Road", town: "Exampleton", postcode: "AB1 3EF" },
  children: [
    {
      child: { givenName: "Ava", familyName: "Example", dateOfBirth: "2015-09-01", language: "English" },
      "child-school": "Greenfield Primary School",
    },
  ],
  "help-areas": ["behaviour", "school"],
  "help-details":
    "Ava has stopped wanting to go to school and we argue every morning. I would like some support.",
  "services-involved": "The school's family support worker",
};

/** Refusing consent ends the journey on the explanation page. */
export const earlyHelpFamilyNoConsent: Answers = { "family-consent": "no", "without-consent": "other-help" };
