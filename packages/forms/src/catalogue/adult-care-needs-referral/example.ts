import type { Answers } from "../../definition.ts";
import { referrerExample } from "../shared/referrer.ts";

/** A complete, valid referral from a GP with the adult's consent. */
export const adultCareNeedsReferralExample: Answers = {
  ...referrerExample,
  "referrer-role": "GP",
  adult: {
    givenName: "Margaret",
    familyName: "Example",
    dateOfBirth: "1941-02-17",
    sex: "female",
    language: "English",
    needs: "Hard of hearing",
  },
  "adult-address": { line1: "12 Test Close", town: "Exampleton", postcode: "AB2 4GH" },
  "adult-phone": "01632 960 555",
  "current-setting": "own-home",
  "outcomes-not-achieved": ["nutrition", "personal-hygiene"],
  "needs-details": "Mild dementia diagnosed 2025. Weight loss of 5kg in 3 months; two falls at home.",
  "has-carer": "yes",
  "carer-name": "Chris Example (daughter)",
  "carer-phone": "07700 900 789",
  urgency: "soon",
  "consent-basis": "consented",
};

/** The best-interests route: the adult lacks capacity to decide. */
export const adultCareNeedsReferralBestInterestsExample: Answers = {
  ...adultCareNeedsReferralExample,
  "current-setting": "hospital",
  "hospital-ward": "Riverside General, Ward 7",
  "consent-basis": "lacks-capacity",
  "capacity-assessment":
    "Assessed by the ward doctor on 20 November: unable to retain information about care options.",
  "best-interests-decision-maker": "Dr A Sample, consultant",
  "best-interests-date": "2026-11-20",
};

/** The adult refused; the referrer explains why they refer anyway. */
export const adultCareNeedsReferralRefusedExample: Answers = {
  ...adultCareNeedsReferralExample,
  "consent-basis": "refused",
  "consent-refused-reason":
    "She says she does not want 'social services', but her daughter can no longer manage alone.",
};
