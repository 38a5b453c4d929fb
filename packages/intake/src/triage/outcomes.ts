import type { OutcomeCodes, TriageItem, TriageService } from "./types.ts";

export interface OutcomeOption {
  code: string;
  label: string;
}

/**
 * The decisions each service can record (REFERENCE.md §2, §3, §5). Children's "early-help" is
 * recorded by the step-down command, which also creates the early help item; early help's
 * "step-up-mash" by re-routing to children's, which moves the item itself.
 */
export const OUTCOMES: Record<TriageService, readonly OutcomeOption[]> = {
  children: [
    { code: "nfa", label: "No further action" },
    { code: "advice", label: "Information, advice or signposting" },
    { code: "early-help", label: "Step down to early help" },
    { code: "s17-assessment", label: "Child and family assessment (section 17)" },
    { code: "s47-strategy", label: "Strategy discussion (section 47 enquiry)" },
    { code: "already-open", label: "Already open: passed to the allocated worker" },
    { code: "transfer-ola", label: "Transfer to another local authority" },
  ],
  "early-help": [
    { code: "universal-signposted", label: "Universal services or signposting" },
    { code: "targeted-family-help", label: "Targeted family help allocated to a team" },
    { code: "external-service", label: "Referred to an external service" },
    { code: "step-up-mash", label: "Stepped up to the MASH" },
    { code: "nfa", label: "No further action" },
  ],
  adults: [
    { code: "s9-needs-assessment", label: "Needs assessment (Care Act section 9)" },
    { code: "s10-carers-assessment", label: "Carer's assessment (Care Act section 10)" },
    { code: "s42-enquiry", label: "Safeguarding enquiry (Care Act section 42)" },
    { code: "safeguarding-other", label: "Safeguarding concern: other response, not a section 42 enquiry" },
    { code: "information-advice", label: "Information and advice" },
    { code: "nfa", label: "No further action" },
  ],
};

/** Outcomes that the `decide` command records; the rest come from step-down and re-route. */
export const DECIDABLE: Record<TriageService, readonly string[]> = {
  children: OUTCOMES.children.map((o) => o.code).filter((code) => code !== "early-help"),
  "early-help": OUTCOMES["early-help"].map((o) => o.code).filter((code) => code !== "step-up-mash"),
  adults: OUTCOMES.adults.map((o) => o.code),
};

/** Early help works with families who agree: these outcomes need the family's consent. */
export const NEEDS_CONSENT: Record<TriageService, readonly string[]> = {
  children: ["early-help"],
  "early-help": ["targeted-family-help", "external-service"],
  adults: [],
};

export function outcomeLabel(service: TriageService, code: string): string {
  return OUTCOMES[service].find((o) => o.code === code)?.label ?? code;
}

/** Standard Safeguarding Dataset contact outcome flags for each children's decision. */
const SSD_FLAGS: Record<string, string[]> = {
  nfa: ["NFA"],
  advice: ["ADVICE"],
  "early-help": ["OTHER_OUTCOMES_EXIST"],
  "s17-assessment": ["NEW_REFERRAL"],
  "s47-strategy": ["NEW_REFERRAL", "CP_ENQUIRY"],
  "already-open": ["EXISTING_REFERRAL"],
  "transfer-ola": ["OTHER_OUTCOMES_EXIST"],
};

/** Decisions that make a contact a referral (Annex A list 3, CIN census). */
const REFERRALS = new Set(["s17-assessment", "s47-strategy"]);

/**
 * CIN census source codes by the referrer's organisation type (REFERENCE.md §7). Members of the
 * public are "other individual" unless anonymous: the forms do not yet ask for the relationship.
 */
const SOURCE_BY_ORGANISATION_TYPE: Record<string, string> = {
  public: "1D",
  school: "2A",
  education: "2B",
  gp: "3A",
  "health-visitor": "3B",
  "school-nurse": "3C",
  "primary-health": "3D",
  hospital: "3E",
  health: "3F",
  housing: "4",
  council: "5B",
  "other-local-authority": "5C",
  "early-help": "5D",
  police: "6",
  probation: "7",
  "youth-justice": "7",
};

export function referralSource(
  item: Pick<TriageItem, "referrerAnonymous" | "referrerOrganisationType">,
): string {
  if (item.referrerAnonymous) return "9";
  const type = item.referrerOrganisationType;
  if (!type) return "10";
  return SOURCE_BY_ORGANISATION_TYPE[type] ?? "8";
}

/** The coded form of a decision, stored with it so the returns never re-derive history. */
export function outcomeCodes(item: TriageItem, outcome: string): OutcomeCodes {
  if (item.service !== "children") return { serviceOutcome: outcome, referralSource: referralSource(item) };
  return {
    ssdFlags: SSD_FLAGS[outcome] ?? ["OTHER_OUTCOMES_EXIST"],
    referralSource: referralSource(item),
    isReferral: REFERRALS.has(outcome),
    // A decision to assess is never "referral NFA"; that flag is set when an assessment closes with NFA.
    referralNfa: false,
  };
}
