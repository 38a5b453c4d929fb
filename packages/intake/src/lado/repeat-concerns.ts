import {
  type KnownPerson,
  type MatchReason,
  type MatchStrength,
  matchPerson,
  type PersonKeys,
  personKeys,
} from "../matching/index.ts";
import { normaliseName } from "../normalise.ts";
import type { LadoCase } from "./types.ts";

/** What a store needs to offer an earlier case as a candidate: no minutes, notes or enquiries. */
export type LadoCandidate = Pick<
  LadoCase,
  "id" | "reference" | "receivedAt" | "stage" | "adult" | "employerName" | "consideration" | "outcome"
>;

export interface RepeatConcern {
  candidate: LadoCandidate;
  strength: MatchStrength;
  reasons: MatchReason[];
  /** The earlier case was about the adult at the same employer (names compared normalised). */
  sameEmployer: boolean;
}

/**
 * The keys a store indexes each case's adult under, so candidates are found the way intake items are
 * (family name or given name by sound, or date of birth): see `personKeys`.
 */
export function ladoAdultKeys(lado: Pick<LadoCase, "adult">): PersonKeys {
  return personKeys({ name: lado.adult.name, dateOfBirth: lado.adult.dateOfBirth });
}

const sameEmployer = (a: string, b: string) => {
  const x = normaliseName(a);
  return x !== null && x === normaliseName(b);
};

/**
 * Earlier LADO cases about the same adult, best first. Matching is intake's (`matchPerson`): a name
 * reason is required, a different date of birth rules a candidate out, the same date of birth makes
 * it strong. The employer is not needed (adults move between jobs, which is the pattern to spot) but
 * is reported, and among equally strong matches a case at the same employer comes first, then the most
 * recent. Every earlier case counts, below threshold or closed, because a pattern of low-level
 * concerns is what a repeat check is for. Only cases received before this one are considered.
 */
export function repeatConcerns(
  lado: Pick<LadoCase, "id" | "receivedAt" | "adult" | "employerName">,
  candidates: readonly LadoCandidate[],
): RepeatConcern[] {
  const earlier = candidates.filter(
    (c) => c.id !== lado.id && c.receivedAt.getTime() < lado.receivedAt.getTime(),
  );
  const byId = new Map(earlier.map((c) => [c.id, c]));
  const known: KnownPerson[] = earlier.map((c) => ({
    itemId: c.id,
    reference: c.reference,
    service: "lado",
    receivedAt: c.receivedAt,
    name: c.adult.name,
    dateOfBirth: c.adult.dateOfBirth,
    postcode: null,
  }));
  const rank = (strength: MatchStrength) => (strength === "strong" ? 1 : 0);
  return matchPerson({ name: lado.adult.name, dateOfBirth: lado.adult.dateOfBirth }, known, {
    excludeItemId: lado.id,
  })
    .map((match) => {
      const candidate = byId.get(match.person.itemId)!;
      return {
        candidate,
        strength: match.strength,
        reasons: match.reasons,
        sameEmployer: sameEmployer(lado.employerName, candidate.employerName),
        score: match.score,
      };
    })
    .sort(
      (a, b) =>
        rank(b.strength) - rank(a.strength) ||
        Number(b.sameEmployer) - Number(a.sameEmployer) ||
        b.score - a.score ||
        b.candidate.receivedAt.getTime() - a.candidate.receivedAt.getTime(),
    )
    .map(({ score: _score, ...concern }) => concern);
}
