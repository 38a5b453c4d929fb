import type { Answers } from "../../definition.ts";

/** A complete, valid request from a daughter caring for her mother who lives apart. */
export const carerSupportExample: Answers = {
  carer: { givenName: "Chris", familyName: "Example", dateOfBirth: "1968-06-30", sex: "female" },
  "carer-address": { line1: "20 Sample Avenue", town: "Exampleton", postcode: "AB3 5JK" },
  "carer-phone": "07700 900 789",
  "cared-for-person": { givenName: "Margaret", familyName: "Example", dateOfBirth: "1941-02-17" },
  "cared-for-relationship": "child",
  "cared-for-lives-with-you": "no",
  "cared-for-address": { line1: "12 Test Close", town: "Exampleton", postcode: "AB2 4GH" },
  "cared-for-council-support": "no",
  "caring-tasks": ["meals", "medication", "appointments"],
  "caring-hours": 25,
  "caring-impact":
    "I work full time and visit Mum every evening. I am not sleeping well and have no time off.",
  "carer-coping": "struggling",
};
