import { normaliseDate, normalisePostcode } from "../normalise.ts";
import { type NameParts, parseName, phoneticKey } from "./names.ts";

/** One subject person on an earlier intake item, as stored. */
export interface KnownPerson {
  itemId: string;
  reference: string;
  service: string;
  receivedAt: Date;
  name: string;
  dateOfBirth: string | null;
  postcode: string | null;
  role?: string | null;
}

export type MatchReason =
  | "same-name"
  | "name-sounds-alike"
  | "names-swapped"
  | "same-date-of-birth"
  | "date-of-birth-day-month-swapped"
  | "same-postcode";

export type MatchStrength = "strong" | "possible";

export interface PersonMatch {
  person: KnownPerson;
  score: number;
  strength: MatchStrength;
  reasons: MatchReason[];
}

/**
 * Points per reason; a match's score is the sum of its reasons (at most one name reason and one date of
 * birth reason), 100 at most. The name counts most because every match needs one; an exact date of birth
 * nearly as much, because it is what tells two children of the same name apart; a postcode least, because
 * families move and many households share one.
 */
export const MATCH_WEIGHTS: Readonly<Record<MatchReason, number>> = {
  "same-name": 50,
  "name-sounds-alike": 40,
  "names-swapped": 35,
  "same-date-of-birth": 35,
  "date-of-birth-day-month-swapped": 15,
  "same-postcode": 15,
};

/**
 * The least score worth a worker's attention. A name spelt the same, or sounding the same, is enough alone
 * (with no date of birth to compare, missing an earlier referral is the worse mistake); names swapped alone
 * (35) are not, since "Thomas James" and "James Thomas" are often two people, but swapped with a date of
 * birth or postcode are.
 */
export const MATCH_THRESHOLD = 40;

/**
 * Scores candidates for one subject and keeps the ones worth a worker's attention, best first (score, then
 * most recently received; otherwise in the order given).
 *
 * - A name reason is required: the same date of birth or postcode with a different name (a coincidence, a
 *   twin, a sibling) is no match. A subject or candidate without both a given and a family name ("Not
 *   known", "Jayden") never matches.
 * - Names: "same-name" when the first given name and the family name are spelt the same (ignoring case,
 *   accents, apostrophes, hyphens, spaces and middle names); else "name-sounds-alike" when their phonetic
 *   keys agree; else "names-swapped" when the given name of one is the family name of the other both ways
 *   (by sound).
 * - Dates of birth (only when both are known and real dates): the same is "same-date-of-birth"; the same
 *   year with day and month transposed is "date-of-birth-day-month-swapped", a weaker signal; any other
 *   difference rules the candidate out, even with the same name, because it is a different child.
 * - Postcodes: the same is "same-postcode"; a different one counts neither way (families move).
 * - "strong" needs a name reason and the same date of birth; everything else kept is "possible".
 * - The item being screened (excludeItemId) never matches itself.
 */
export function matchPerson(
  subject: { name: string; dateOfBirth?: string | null; postcode?: string | null },
  candidates: readonly KnownPerson[],
  options: { excludeItemId?: string } = {},
): PersonMatch[] {
  const subjectName = parseName(subject.name);
  if (!subjectName) return [];
  const subjectDob = normaliseDate(subject.dateOfBirth);
  const subjectPostcode = normalisePostcode(subject.postcode);

  const matches: PersonMatch[] = [];
  for (const person of candidates) {
    if (options.excludeItemId !== undefined && person.itemId === options.excludeItemId) continue;
    const candidateName = parseName(person.name);
    if (!candidateName) continue;
    const nameReason = compareNames(subjectName, candidateName);
    if (!nameReason) continue;
    const dobReason = compareDates(subjectDob, normaliseDate(person.dateOfBirth));
    if (dobReason === "conflict") continue;

    const reasons: MatchReason[] = [nameReason];
    if (dobReason) reasons.push(dobReason);
    const postcode = normalisePostcode(person.postcode);
    if (subjectPostcode && subjectPostcode === postcode) reasons.push("same-postcode");

    const score = reasons.reduce((sum, reason) => sum + MATCH_WEIGHTS[reason], 0);
    if (score < MATCH_THRESHOLD) continue;
    const strength = dobReason === "same-date-of-birth" ? "strong" : "possible";
    matches.push({ person, score, strength, reasons });
  }
  return matches.sort(
    (a, b) => b.score - a.score || b.person.receivedAt.getTime() - a.person.receivedAt.getTime(),
  );
}

/**
 * Distinct earlier items among the matches received in the 12 months before `at` (the Annex A figure).
 * Only strong matches count. The window is calendar months in UTC: after the same instant on the same day
 * a year earlier (29 February → 28 February), up to and including `at`. So an item exactly 12 months old is
 * not counted, and one received after `at` is not either. An item counts once however many of its subject
 * people matched.
 */
export function contactsInLast12Months(matches: readonly PersonMatch[], at: Date): number {
  const from = oneYearBefore(at).getTime();
  const to = at.getTime();
  const items = new Set<string>();
  for (const { person, strength } of matches) {
    const received = person.receivedAt.getTime();
    if (strength === "strong" && received > from && received <= to) items.add(person.itemId);
  }
  return items.size;
}

function oneYearBefore(at: Date): Date {
  const date = new Date(at.getTime());
  date.setUTCDate(1);
  date.setUTCFullYear(date.getUTCFullYear() - 1);
  const daysInMonth = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(at.getUTCDate(), daysInMonth));
  return date;
}

type NameReason = "same-name" | "name-sounds-alike" | "names-swapped";

function compareNames(a: NameParts, b: NameParts): NameReason | null {
  if (overlaps(a.givens, b.givens) && overlaps(a.families, b.families)) return "same-name";
  if (soundAlike(a.givens, b.givens) && soundAlike(a.families, b.families)) return "name-sounds-alike";
  if (soundAlike(a.givens, b.families) && soundAlike(a.families, b.givens)) return "names-swapped";
  return null;
}

function overlaps(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.includes(x));
}

/**
 * Spelt the same, or the same phonetic key: the key personKeys stores, so the family_key index finds these
 * too. (The one exception: a double-barrelled name typed without its hyphen, "Amy Smith Jones", is indexed
 * under "Jones"; it is found as "Amy Smith-Jones" only through its date of birth or postcode.)
 */
function soundAlike(a: readonly string[], b: readonly string[]): boolean {
  if (overlaps(a, b)) return true;
  const keys = (names: readonly string[]) => names.map(phoneticKey).filter((key) => key !== null);
  return overlaps(keys(a), keys(b));
}

type DateReason = "same-date-of-birth" | "date-of-birth-day-month-swapped" | "conflict" | null;

function compareDates(a: string | null, b: string | null): DateReason {
  if (!a || !b) return null;
  if (a === b) return "same-date-of-birth";
  const [ay, am, ad] = a.split("-");
  const [by, bm, bd] = b.split("-");
  // 04/03 for 03/04: the same year, day and month the other way round (both ≤ 12, or it would not parse).
  return ay === by && am === bd && ad === bm ? "date-of-birth-day-month-swapped" : "conflict";
}
