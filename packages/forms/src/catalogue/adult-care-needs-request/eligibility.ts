/**
 * Care Act 2014 eligibility self-check (Care and Support (Eligibility Criteria) Regulations 2014).
 * An adult's needs meet the criteria when (a) they arise from a physical or mental impairment or
 * illness, (b) as a result the adult cannot achieve two or more of the specified outcomes, and
 * (c) as a consequence there is, or is likely to be, a significant impact on their wellbeing.
 *
 * This is a guide for the person, not a decision: anyone who appears to need care and support has
 * the right to a needs assessment (s9), whatever this check says.
 */

export const CARE_ACT_OUTCOMES = [
  { value: "nutrition", label: "Managing and maintaining nutrition (eating and drinking enough)" },
  { value: "personal-hygiene", label: "Maintaining personal hygiene (washing yourself and your clothes)" },
  { value: "toilet-needs", label: "Managing toilet needs" },
  { value: "dressing", label: "Being appropriately clothed (getting dressed)" },
  { value: "safe-at-home", label: "Being able to make use of your home safely" },
  { value: "habitable-home", label: "Keeping your home clean and safe to live in" },
  { value: "relationships", label: "Developing and maintaining family or other personal relationships" },
  { value: "work-training-education", label: "Taking part in work, training, education or volunteering" },
  { value: "community-facilities", label: "Using local facilities, services and public transport" },
  { value: "caring-responsibilities", label: "Caring for a child you are responsible for" },
] as const;

export type CareActOutcome = (typeof CARE_ACT_OUTCOMES)[number]["value"];

/** Exclusive "none of these" option for the outcomes question. */
export const NO_OUTCOMES = "none";

export const MIN_OUTCOMES_FOR_ELIGIBILITY = 2;

export type EligibilityOutcome = "likely" | "unlikely" | "unsure";

export interface EligibilityResult {
  outcome: EligibilityOutcome;
  /** One sentence for the panel or heading. */
  headline: string;
  /** Plain-English reasons, in the order the questions were asked. */
  reasons: string[];
  /** Always shown: the right to an assessment does not depend on this check. */
  note: string;
}

export const ELIGIBILITY_NOTE =
  "This check is only a guide. You can still ask for a care needs assessment, and the council will decide after talking to you.";

const HEADLINES: Record<EligibilityOutcome, string> = {
  likely: "You are likely to be eligible for care and support from the council",
  unlikely: "You are unlikely to be eligible for care and support from the council",
  unsure: "We cannot tell from your answers whether you are eligible for care and support",
};

type Finding = { outcome: EligibilityOutcome; reason: string };

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function outcomesNotAchieved(value: unknown): CareActOutcome[] {
  if (!Array.isArray(value)) return [];
  const known = new Set<string>(CARE_ACT_OUTCOMES.map((o) => o.value));
  return [...new Set(value.filter((v): v is CareActOutcome => typeof v === "string" && known.has(v)))];
}

/**
 * Reads the self-check answers: `lives-in-area` (yes/no/not-sure), `aged-18-or-over` (yes/no),
 * `needs-from-condition` (yes/no/not-sure), `outcomes-not-achieved` (list of outcome values, or
 * ["none"]), `wellbeing-impact` (significant/some/little/not-sure). Missing answers count as unsure.
 */
export function assessEligibility(answers: Readonly<Record<string, unknown>>): EligibilityResult {
  const findings: Finding[] = [];

  switch (str(answers["lives-in-area"])) {
    case "yes":
      findings.push({ outcome: "likely", reason: "You live in our area, so we are the council to ask." });
      break;
    case "no":
      findings.push({
        outcome: "unlikely",
        reason: "You told us you do not live in our area. Ask the council for the area where you live.",
      });
      break;
    default:
      findings.push({
        outcome: "unsure",
        reason:
          "You are not sure whether you live in our area. Check your council on GOV.UK (Find your local council).",
      });
  }

  switch (str(answers["aged-18-or-over"])) {
    case "yes":
      findings.push({ outcome: "likely", reason: "You are 18 or over." });
      break;
    case "no":
      findings.push({
        outcome: "unlikely",
        reason:
          "Adult social care is for people aged 18 or over. Children's services can help younger people, and anyone aged 17 can ask for a transition assessment.",
      });
      break;
    default:
      findings.push({ outcome: "unsure", reason: "You did not tell us whether you are 18 or over." });
  }

  switch (str(answers["needs-from-condition"])) {
    case "yes":
      findings.push({
        outcome: "likely",
        reason: "Your needs are caused by a physical or mental health condition, illness or disability.",
      });
      break;
    case "no":
      findings.push({
        outcome: "unlikely",
        reason:
          "Council care and support is for needs caused by a physical or mental health condition, illness or disability.",
      });
      break;
    default:
      findings.push({
        outcome: "unsure",
        reason: "You are not sure whether your needs are caused by a condition, illness or disability.",
      });
  }

  const outcomes = outcomesNotAchieved(answers["outcomes-not-achieved"]);
  if (outcomes.length >= MIN_OUTCOMES_FOR_ELIGIBILITY) {
    findings.push({
      outcome: "likely",
      reason: `You cannot do ${outcomes.length} of the everyday things on the list without help. The rules need 2 or more.`,
    });
  } else if (outcomes.length === 1) {
    findings.push({
      outcome: "unsure",
      reason:
        "You cannot do 1 of the everyday things on the list without help. The rules usually need 2 or more, but an assessment may find others.",
    });
  } else {
    findings.push({
      outcome: "unlikely",
      reason: "You told us you can do all the everyday things on the list without help.",
    });
  }

  switch (str(answers["wellbeing-impact"])) {
    case "significant":
      findings.push({
        outcome: "likely",
        reason: "Not being able to do these things has a big effect on your life.",
      });
      break;
    case "little":
      findings.push({
        outcome: "unlikely",
        reason: "Not being able to do these things has little effect on your wellbeing.",
      });
      break;
    case "some":
      findings.push({
        outcome: "unsure",
        reason:
          "Not being able to do these things has some effect on your life. An assessment would look at how much.",
      });
      break;
    default:
      findings.push({ outcome: "unsure", reason: "You are not sure how much this affects your wellbeing." });
  }

  const outcome: EligibilityOutcome = findings.some((f) => f.outcome === "unlikely")
    ? "unlikely"
    : findings.some((f) => f.outcome === "unsure")
      ? "unsure"
      : "likely";

  // Show the reasons that explain the result: for "likely" every positive finding; otherwise the
  // findings that stop it being likely.
  const reasons = findings
    .filter((f) => (outcome === "likely" ? true : f.outcome !== "likely"))
    .map((f) => f.reason);

  return { outcome, headline: HEADLINES[outcome], reasons, note: ELIGIBILITY_NOTE };
}
