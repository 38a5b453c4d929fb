import type { Answers } from "../../definition.ts";
import { referrerExample } from "../shared/referrer.ts";

/** A complete, valid referral from a school's designated safeguarding lead. */
export const ladoReferralExample: Answers = {
  ...referrerExample,
  adult: { givenName: "Robin", familyName: "Sample", dateOfBirth: "1985-05-14", sex: "male" },
  "adult-address": { line1: "9 Sample Street", town: "Exampleton", postcode: "AB5 7NP" },
  "adult-job-title": "Teaching assistant",
  "adult-employment-type": "employed",
  "adult-start-date": "2023-09-01",
  "dbs-check": "enhanced-barred",
  "employer-name": "Greenfield Primary School",
  "employer-sector": "school",
  "employer-address": { line1: "Greenfield Road", town: "Exampleton", postcode: "AB1 9QR" },
  children: [
    {
      child: { givenName: "Leo", familyName: "Example", dateOfBirth: "2018-02-03", sex: "male" },
      "child-connection": "Pupil in the class the adult supports",
    },
  ],
  "allegation-categories": ["harm", "risk-of-harm"],
  "allegation-what":
    "Leo told his teacher that Mr Sample grabbed his arm hard and pulled him out of the classroom.",
  "allegation-date": "2026-11-20",
  "allegation-where": "Year 3 classroom",
  "allegation-source": "child",
  "adult-suspended": "not-decided",
  "police-informed": "no",
  "parents-informed": "yes",
  "adult-knows": "no",
  "previous-concerns": "yes",
  "previous-concerns-details": "A parent complained about rough handling in March 2026; resolved informally.",
};
