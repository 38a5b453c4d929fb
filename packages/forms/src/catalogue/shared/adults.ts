import type { PersonQuestion } from "../../definition.ts";
import { CARE_ACT_OUTCOMES } from "../adult-care-needs-request/eligibility.ts";
import { options } from "./builders.ts";

/** The Care Act eligibility outcomes as checkbox options (no "none": a referral names at least one). */
export const CARE_ACT_OUTCOME_OPTIONS = CARE_ACT_OUTCOMES.map(({ value, label }) => ({ value, label }));

/** Where an adult is living now. */
export const ADULT_SETTINGS = options(
  ["own-home", "Their own home or a family home"],
  ["supported-living", "Supported living or sheltered housing"],
  ["care-home", "A care home or nursing home"],
  ["hospital", "Hospital"],
  ["other", "Somewhere else"],
);

/** The adult a professional refers, with the adult's address question named for the queue. */
export function adultPerson(addressId: string): PersonQuestion {
  return {
    id: "adult",
    type: "person",
    label: "The adult's details",
    parts: {
      dateOfBirth: "required",
      sex: "required",
      ethnicity: "optional",
      language: "optional",
      needs: "optional",
    },
    partLabels: { language: "Main language", needs: "Disability, health or communication needs" },
    subject: { role: "adult", address: addressId },
    errors: {
      givenName: "Enter the adult's first name",
      familyName: "Enter the adult's last name",
      tooLong: "The adult's details must be shorter",
      dateOfBirth: {
        required: "Enter the adult's date of birth",
        invalid: "The adult's date of birth must be a real date",
        rule: "The adult's date of birth must be in the past",
      },
      sex: "Select the adult's sex",
    },
  };
}
