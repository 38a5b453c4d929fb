import type { MatchReason, MatchStrength } from "@portal/intake";

const REASON_WORDS: Record<MatchReason, string> = {
  "same-name": "same name",
  "name-sounds-alike": "name sounds the same",
  "names-swapped": "given and family names swapped",
  "same-date-of-birth": "same date of birth",
  "date-of-birth-day-month-swapped": "date of birth with day and month swapped",
  "same-postcode": "same postcode",
};

/** Why two records may be the same person, as a sentence: "Same name, same date of birth". */
export function matchReasons(reasons: readonly MatchReason[]): string {
  const text = reasons.map((reason) => REASON_WORDS[reason]).join(", ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const matchStrength = (strength: MatchStrength) =>
  strength === "strong" ? ("Strong match" as const) : ("Possible match" as const);
