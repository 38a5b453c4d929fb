import type { AddressQuestion, PersonQuestion } from "../../definition.ts";
import { CARE_ACT_OUTCOMES } from "../adult-care-needs-request/eligibility.ts";
import { address, options } from "./builders.ts";

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

/** The adult's home address (its id is what `adultPerson` names); the label differs by form. */
export function adultAddress(label: string): AddressQuestion {
  return address("adult-address", label, {
    line1: "Enter the first line of the adult's address",
    town: "Enter the town or city where the adult lives",
    postcode: "Enter the postcode of the adult's address",
    postcodeInvalid: "Enter a real postcode for the adult's address",
    tooLong: "Each line of the adult's address must be 100 characters or less",
  });
}
