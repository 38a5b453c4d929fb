import { normaliseDate, normaliseName, normalisePostcode } from "../normalise.ts";
import { nameWords, parseName, phoneticKey } from "./names.ts";

/** What the database stores per subject person so candidates can be found by index. */
export interface PersonKeys {
  /** normaliseName(full name); null when the name is empty or only "Not known" and the like. */
  normalName: string | null;
  /** Phonetic key of the first given name (the first part of a hyphenated one: Mary-Jane → Mary). */
  givenKey: string | null;
  /** Phonetic key of the family name: the last name part, whole for Smith-Jones, O'Brien or van der Berg. */
  familyKey: string | null;
  /** normaliseDate: an ISO date, or null when unknown or not a real date. */
  dateOfBirth: string | null;
  /** normalisePostcode: "SW1A 1AA", or null. */
  postcode: string | null;
}

/**
 * Candidates are looked up with `family_key = :familyKey OR given_key = :familyKey OR date_of_birth = :dob
 * OR postcode = :postcode` and then scored by matchPerson, which only ever matches on sound through these
 * same keys (plus, for names swapped, given_key = familyKey). A given and a family key come as a pair:
 * with one name part only, neither is set, because matching needs both.
 */
export function personKeys(person: {
  name: string;
  dateOfBirth?: string | null;
  postcode?: string | null;
}): PersonKeys {
  const parts = parseName(person.name);
  return {
    // Unknown names are not indexed at all, so "Not known" never finds every other "Not known".
    normalName: nameWords(person.name).length > 0 ? normaliseName(person.name) : null,
    givenKey: parts ? phoneticKey(parts.givens[0]!) : null,
    familyKey: parts ? phoneticKey(parts.families[0]!) : null,
    dateOfBirth: normaliseDate(person.dateOfBirth),
    postcode: normalisePostcode(person.postcode),
  };
}
