import type {
  BelowThresholdRoute,
  EnquiryAgency,
  FollowOnKind,
  KcsieTarget,
  LadoOutcomeCategory,
  LadoStage,
  MeetingAgency,
  MeetingKind,
} from "@portal/intake";

/** The words the LADO's pages use for stages, agencies, outcomes and referrals, in one place. */

export const STAGE_NAMES: Record<LadoStage, string> = {
  received: "New",
  consideration: "Initial consideration",
  "below-threshold": "Below threshold",
  management: "Allegation management",
  outcome: "Outcome recorded",
  closed: "Closed",
};

/** Tag colours by stage; blue is the tag's own colour in govuk-frontend 6, so it has no modifier. */
export const STAGE_CLASSES: Record<LadoStage, string> = {
  received: "",
  consideration: "govuk-tag--light-blue",
  "below-threshold": "govuk-tag--grey",
  management: "govuk-tag--purple",
  outcome: "govuk-tag--green",
  closed: "govuk-tag--grey",
};

export const ROUTE_NAMES: Record<BelowThresholdRoute, { text: string; hint: string }> = {
  advice: { text: "Advice given", hint: "The LADO has advised the employer; nothing more is needed." },
  employer: {
    text: "Employer to manage",
    hint: "A low-level concern or conduct matter for the employer's own procedures.",
  },
  mash: {
    text: "Refer to the MASH",
    hint: "A child protection concern for children's social care. Make the MASH referral before closing.",
  },
  adults: { text: "Refer to adult social care", hint: "A concern about an adult at risk." },
};

export const MEETING_KIND_NAMES: Record<MeetingKind, string> = {
  strategy: "Allegation management meeting",
  review: "Review meeting",
};

export const MEETING_AGENCY_NAMES: Record<MeetingAgency, string> = {
  lado: "LADO",
  police: "Police",
  "childrens-social-care": "Children's social care",
  employer: "Employer",
  health: "Health",
  education: "Education",
  regulator: "Regulator",
  other: "Other",
};

export const ENQUIRY_AGENCY_NAMES: Record<EnquiryAgency, string> = {
  police: "Police",
  "childrens-social-care": "Children's social care",
  employer: "Employer",
};

export const OUTCOME_NAMES: Record<LadoOutcomeCategory, { text: string; hint: string }> = {
  substantiated: { text: "Substantiated", hint: "There is sufficient evidence to prove the allegation." },
  unsubstantiated: {
    text: "Unsubstantiated",
    hint: "There is insufficient evidence either to prove or disprove the allegation.",
  },
  unfounded: {
    text: "Unfounded",
    hint: "There is no evidence or proper basis which supports the allegation being made.",
  },
  false: { text: "False", hint: "There is sufficient evidence to disprove the allegation." },
  malicious: {
    text: "Malicious",
    hint: "There is clear evidence of a deliberate act to deceive or cause harm to the adult.",
  },
};

export const FOLLOW_ON_NAMES: Record<FollowOnKind, string> = {
  dbs: "Disclosure and Barring Service (DBS)",
  tra: "Teaching Regulation Agency (TRA)",
  ofsted: "Ofsted",
  "professional-body": "Professional body",
};

export const KCSIE_NAMES: Record<KcsieTarget, string> = {
  oneWeek: "False or malicious: within 1 week",
  oneMonth: "Within 1 month",
  threeMonths: "Within 3 months",
  twelveMonths: "Within 12 months",
};
