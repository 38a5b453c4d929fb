import type { Answers } from "../../definition.ts";
import { referrerExample } from "../shared/referrer.ts";

/** A complete, valid concern from a GP about financial abuse, raised with the adult's agreement. */
export const adultSafeguardingConcernExample: Answers = {
  ...referrerExample,
  "referrer-role": "GP",
  adult: { givenName: "Margaret", familyName: "Example", dateOfBirth: "1941-02-17", sex: "female" },
  "adult-address": { line1: "12 Test Close", town: "Exampleton", postcode: "AB2 4GH" },
  "adult-setting": "own-home",
  "has-care-needs": "yes",
  "care-needs-details": "Dementia; needs prompting with meals and medicines.",
  "experiencing-abuse": "yes",
  "unable-to-protect": "yes",
  "abuse-types": ["financial", "psychological"],
  "concern-what-happened":
    "Margaret says a new lodger takes her bank card and shouts at her when she asks for it back.",
  "concern-date": "2026-11-18",
  "harm-source-known": "yes",
  "harm-source-name": "Dan Sample",
  "harm-source-relationship": "other",
  "adult-safe-now": "not-known",
  "actions-taken": "Advised Margaret to call her bank; told her daughter with her agreement.",
  "adult-views": "She wants the lodger to leave but is frightened of upsetting him.",
  "adult-aware": "yes",
  "consent-basis": "consented",
};

/** The adult lacks capacity to decide; raised in their best interests. */
export const adultSafeguardingConcernLacksCapacityExample: Answers = {
  ...adultSafeguardingConcernExample,
  "adult-aware": "no",
  "consent-basis": "lacks-capacity",
  "capacity-details":
    "Advanced dementia: she cannot retain information about the concern long enough to decide.",
  "best-interests-decision-maker": "Dr A Sample, GP",
};

/** Raised without asking the adult, because staff are involved. */
export const adultSafeguardingConcernNotAskedExample: Answers = {
  ...adultSafeguardingConcernExample,
  "harm-source-relationship": "paid-carer",
  "consent-basis": "not-asked",
  "no-consent-reason": "staff-involved",
  "no-consent-details": "The person causing harm is her home care worker, who visits daily.",
};
