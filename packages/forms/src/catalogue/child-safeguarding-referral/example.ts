import type { Answers } from "../../definition.ts";
import { without } from "../shared/answers.ts";
import { referrerExample } from "../shared/referrer.ts";

/** A complete, valid referral by a school's designated safeguarding lead. */
export const childSafeguardingReferralExample: Answers = {
  ...referrerExample,
  children: [
    {
      child: {
        givenName: "Maya",
        familyName: "Example",
        dateOfBirth: "2017-04-12",
        sex: "female",
        ethnicity: "white-british",
        language: "English",
        needs: "Wears hearing aids",
      },
      "child-address": { line1: "1 Test Street", town: "Exampleton", postcode: "AB1 2CD" },
      "child-school": "Greenfield Primary School",
    },
  ],
  "parents-carers": [
    {
      parent: { givenName: "Sam", familyName: "Example" },
      "parent-relationship": "mother",
      "parent-lives-with-child": "yes",
      "parent-phone": "07700 900 982",
    },
    {
      parent: { givenName: "Tom", familyName: "Example", dateOfBirth: "1986-10-30" },
      "parent-relationship": "father",
      "parent-lives-with-child": "no",
      "parent-address": { line1: "4 Other Road", town: "Exampleton", postcode: "AB6 8ST" },
    },
  ],
  "has-other-household-members": "yes",
  "household-members": [
    {
      "household-member": { givenName: "Alex", familyName: "Sample" },
      "household-member-relationship": "Mother's partner",
    },
  ],
  "concern-categories": ["physical-abuse", "domestic-abuse"],
  "concern-what-happened":
    "Maya arrived at school with a bruise on her cheek. She told her teacher that Alex hit her when he was shouting at her mum.",
  "concern-date": "2026-11-02",
  "child-views": 'Maya said: "I don\'t want to go home when Alex is there." She was quiet and tearful.',
  "child-safe-now": "not-known",
  "risk-now-details": "Maya goes home at 3:15pm today. Alex is usually at home in the afternoon.",
  "actions-taken": "Body map completed. Spoke to Maya with her class teacher present. Headteacher informed.",
  "other-agencies": ["school", "gp"],
  "consent-sought": "no",
  "consent-not-sought-reason": "increase-risk",
  "consent-not-sought-explanation":
    "Mum's partner is the alleged perpetrator; telling mum may put Maya at risk tonight.",
  "family-aware": "no",
};

/** The family was asked and refused; the referrer explains why they go ahead. */
export const childSafeguardingReferralRefusedExample: Answers = {
  ...without(
    childSafeguardingReferralExample,
    "household-members",
    "consent-not-sought-reason",
    "consent-not-sought-explanation",
  ),
  "has-other-household-members": "no",
  "consent-sought": "yes-refused",
  "consent-refused-reason":
    "Mum refused, but Maya has an unexplained injury and says she is frightened to go home.",
  "family-aware": "yes",
};
