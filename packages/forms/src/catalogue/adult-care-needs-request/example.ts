import type { Answers } from "../../definition.ts";

/** A complete, valid request made by a daughter for her mother. */
export const adultCareNeedsRequestExample: Answers = {
  "request-for": "someone-else",
  "lives-in-area": "yes",
  "aged-18-or-over": "yes",
  "needs-from-condition": "yes",
  "outcomes-not-achieved": ["nutrition", "personal-hygiene", "safe-at-home"],
  "wellbeing-impact": "significant",
  "requester-name": "Chris Example",
  "requester-relationship": "Daughter",
  "person-agrees": "yes",
  adult: { givenName: "Margaret", familyName: "Example", dateOfBirth: "1941-02-17", sex: "female" },
  "adult-address": { line1: "12 Test Close", town: "Exampleton", postcode: "AB2 4GH" },
  "needs-details":
    "Mum has dementia and has stopped eating regular meals. She had two falls at home this month.",
  "current-support": "I visit three times a week.",
  "contact-phone": "07700 900 789",
  "communication-needs": "Mum is hard of hearing; please call me first.",
};
