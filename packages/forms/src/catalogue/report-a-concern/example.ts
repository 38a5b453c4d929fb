import type { Answers } from "../../definition.ts";

/** A complete, valid report from a neighbour who gives their name. */
export const reportAConcernExample: Answers = {
  "identify-yourself": "yes",
  "reporter-name": "Pat Neighbour",
  "contact-by": "phone",
  "reporter-phone": "07700 900 123",
  "reporter-relationship": "acquaintance",
  children: [
    {
      child: { givenName: "Leo", familyName: "Example", sex: "male" },
      "child-age": "about 6",
      "child-address": { line1: "3 Test Street", town: "Exampleton", postcode: "AB1 2CE" },
      "child-school": "Greenfield Primary School",
    },
  ],
  "concern-details":
    "I often hear shouting late at night and Leo has been left alone in the house for hours.",
  "concern-when": "ongoing",
  "child-safe-now": "not-known",
  "family-aware": "no",
};

/** An anonymous report: no contact questions are asked. */
export const reportAConcernAnonymousExample: Answers = {
  "identify-yourself": "no",
  "reporter-relationship": "other",
  children: [{ child: { givenName: "Leo", familyName: "Example" } }],
  "concern-details": "Leo is often outside alone late at night.",
  "concern-when": "this-week",
  "child-safe-now": "not-known",
  "family-aware": "not-known",
};
