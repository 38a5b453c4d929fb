import type { Condition, Option, PageDefinition } from "../../definition.ts";
import { options, radios } from "./builders.ts";

/** Areas a family may want early help with. */
export const EARLY_HELP_AREAS: Option[] = options(
  ["parenting", "Parenting and family routines"],
  ["behaviour", "A child's behaviour"],
  ["school", "School attendance or learning"],
  ["emotional-wellbeing", "Emotional wellbeing or mental health"],
  ["send", "Special educational needs or disability"],
  ["family-conflict", "Arguments or relationships in the family"],
  ["domestic-abuse", "Domestic abuse"],
  ["drugs-alcohol", "Drug or alcohol use"],
  ["money-housing", "Money, debt or housing"],
  ["young-carer", "A child who cares for someone"],
  ["other", "Something else"],
);

/**
 * Early help is voluntary: it needs the family's agreement. Every page after the consent question
 * carries this condition, so answering "No" ends the journey on the explanation page.
 */
export const CONSENT_GIVEN: Condition = { equals: ["family-consent", "yes"] };

/** Adds the consent condition to a page (keeping any condition it already has). */
export function afterConsent(page: PageDefinition): PageDefinition {
  return {
    ...page,
    condition: page.condition === undefined ? CONSENT_GIVEN : { all: [CONSENT_GIVEN, page.condition] },
  };
}

/**
 * The page shown when consent is refused. The engine has no "exit page" yet (a page must hold a
 * question and a complete journey can be submitted), so this page asks what the person wants to do
 * next, and `CONSENT_REFUSED` lets the portal refuse to submit (see the catalogue index).
 */
export function consentNeededPage(
  title: string,
  hint: string,
  nextSteps: readonly Option[],
  section?: string,
): PageDefinition {
  return {
    id: "consent-needed",
    title,
    ...(section === undefined ? {} : { section }),
    condition: CONSENT_REFUSED,
    questions: [
      radios("without-consent", "What would you like to do?", nextSteps, "Select what you would like to do", {
        hint,
      }),
    ],
  };
}

export const CONSENT_REFUSED: Condition = { equals: ["family-consent", "no"] };

/** Shown instead of submitting when the family has not agreed. */
export const CONSENT_REFUSED_MESSAGE =
  "Early help is voluntary and needs the family's agreement. You cannot send this request until the family agrees.";
