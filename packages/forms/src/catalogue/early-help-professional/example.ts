import type { Answers } from "../../definition.ts";
import { referrerExample } from "../shared/referrer.ts";

/** A complete, valid request from a school with the family's agreement. */
export const earlyHelpProfessionalExample: Answers = {
  ...referrerExample,
  "family-consent": "yes",
  "consent-given-by": "Jo Example (mother)",
  "consent-date": "2026-11-16",
  children: [
    {
      child: { givenName: "Ava", familyName: "Example", dateOfBirth: "2015-09-01", sex: "female" },
      "child-address": { line1: "5 Test Road", town: "Exampleton", postcode: "AB1 3EF" },
      "child-school": "Greenfield Primary School",
    },
  ],
  "parents-carers": [
    {
      parent: { givenName: "Jo", familyName: "Example" },
      "parent-relationship": "mother",
      "parent-phone": "07700 900 456",
    },
  ],
  "help-areas": ["school", "parenting"],
  "needs-details":
    "Ava's attendance has fallen to 82% this term. Mum is struggling with morning routines since a house move.",
  "family-strengths": "Mum is engaged and asked for help. Grandparents live nearby.",
  "early-help-assessment": "in-progress",
  "support-so-far": "Attendance meetings and a school-based mentor since September.",
};

/** Refusing consent ends the journey on the explanation page. */
export const earlyHelpProfessionalNoConsent: Answers = {
  ...referrerExample,
  "family-consent": "no",
  "without-consent": "stop",
};
