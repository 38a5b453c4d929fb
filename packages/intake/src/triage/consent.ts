import type { Answers } from "../store.ts";
import type { ConsentStatus } from "./types.ts";

/**
 * Consent as the referral form recorded it. The forms ask it three ways (a family's own request,
 * a professional's referral about a child, a referral about an adult); any other form records none.
 */
export function consentFromAnswers(answers: Answers): ConsentStatus {
  const family = answers["family-consent"];
  if (family === "yes") return "given";
  if (family === "no") return "refused";
  switch (answers["consent-sought"]) {
    case "yes-agreed":
      return "given";
    case "yes-refused":
      return "refused";
    case "no":
      return "not-sought";
  }
  switch (answers["consent-basis"]) {
    case "consented":
      return "given";
    case "refused":
      return "refused";
    case "lacks-capacity":
      return "not-sought";
  }
  return "not-recorded";
}
