import { evaluate, lookupIn } from "../conditions.ts";
import type { Answers, Condition, FormDefinition } from "../definition.ts";
import { adultCareNeedsReferral } from "./adult-care-needs-referral/definition.ts";
import {
  adultCareNeedsReferralBestInterestsExample,
  adultCareNeedsReferralExample,
  adultCareNeedsReferralRefusedExample,
} from "./adult-care-needs-referral/example.ts";
import { adultCareNeedsRequest } from "./adult-care-needs-request/definition.ts";
import { adultCareNeedsRequestExample } from "./adult-care-needs-request/example.ts";
import { adultSafeguardingConcern } from "./adult-safeguarding-concern/definition.ts";
import {
  adultSafeguardingConcernExample,
  adultSafeguardingConcernLacksCapacityExample,
  adultSafeguardingConcernNotAskedExample,
} from "./adult-safeguarding-concern/example.ts";
import { carerSupport } from "./carer-support/definition.ts";
import { carerSupportExample } from "./carer-support/example.ts";
import { childSafeguardingReferral } from "./child-safeguarding-referral/definition.ts";
import {
  childSafeguardingReferralExample,
  childSafeguardingReferralRefusedExample,
} from "./child-safeguarding-referral/example.ts";
import { earlyHelpFamily } from "./early-help-family/definition.ts";
import { earlyHelpFamilyExample, earlyHelpFamilyNoConsent } from "./early-help-family/example.ts";
import { earlyHelpProfessional } from "./early-help-professional/definition.ts";
import {
  earlyHelpProfessionalExample,
  earlyHelpProfessionalNoConsent,
} from "./early-help-professional/example.ts";
import { fosteringEnquiry } from "./fostering-enquiry/definition.ts";
import { fosteringEnquiryExample, fosteringEnquiryProspectiveExample } from "./fostering-enquiry/example.ts";
import { informationRequest } from "./information-request/definition.ts";
import { informationRequestExample } from "./information-request/example.ts";
import { ladoReferral } from "./lado-referral/definition.ts";
import { ladoReferralExample } from "./lado-referral/example.ts";
import { policeNotification } from "./police-notification/definition.ts";
import {
  policeNotificationExample,
  policeNotificationJudgementExample,
} from "./police-notification/example.ts";
import { reportAConcern } from "./report-a-concern/definition.ts";
import { reportAConcernAnonymousExample, reportAConcernExample } from "./report-a-concern/example.ts";
import { CONSENT_REFUSED, CONSENT_REFUSED_MESSAGE } from "./shared/early-help.ts";

export { ELIGIBILITY_PAGE_IDS } from "./adult-care-needs-request/definition.ts";
export {
  assessEligibility,
  CARE_ACT_OUTCOMES,
  type EligibilityOutcome,
  type EligibilityResult,
} from "./adult-care-needs-request/eligibility.ts";
export {
  DASH_QUESTIONS,
  type DashLevel,
  type DashResult,
  dashScore,
  levelForScore,
} from "./police-notification/dash.ts";

/** Every form id in the catalogue (stable: stored with drafts and submissions). */
export const FORM_IDS = [
  "child-safeguarding-referral",
  "report-a-concern",
  "early-help-family",
  "early-help-professional",
  "adult-care-needs-referral",
  "adult-care-needs-request",
  "carer-support",
  "adult-safeguarding-concern",
  "police-notification",
  "fostering-enquiry",
  "information-request",
  "lado-referral",
] as const;

export type FormId = (typeof FORM_IDS)[number];

/** All form definitions by their (typed) id. */
export const catalogueById: Readonly<Record<FormId, FormDefinition>> = {
  "child-safeguarding-referral": childSafeguardingReferral,
  "report-a-concern": reportAConcern,
  "early-help-family": earlyHelpFamily,
  "early-help-professional": earlyHelpProfessional,
  "adult-care-needs-referral": adultCareNeedsReferral,
  "adult-care-needs-request": adultCareNeedsRequest,
  "carer-support": carerSupport,
  "adult-safeguarding-concern": adultSafeguardingConcern,
  "police-notification": policeNotification,
  "fostering-enquiry": fosteringEnquiry,
  "information-request": informationRequest,
  "lado-referral": ladoReferral,
};

/**
 * All form definitions by id, for lookups by a string id from a route or a stored draft: an unknown
 * id gives undefined (with `noUncheckedIndexedAccess`).
 */
export const catalogue: Readonly<Record<string, FormDefinition>> = catalogueById;

export const isFormId = (id: string): id is FormId => (FORM_IDS as readonly string[]).includes(id);

/**
 * Complete, valid example answers for each form (the first is the main journey; others cover the
 * other branches). Used by the catalogue test, seeds and persona journeys.
 */
export const examples: Readonly<Record<FormId, readonly Answers[]>> = {
  "child-safeguarding-referral": [childSafeguardingReferralExample, childSafeguardingReferralRefusedExample],
  "report-a-concern": [reportAConcernExample, reportAConcernAnonymousExample],
  "early-help-family": [earlyHelpFamilyExample, earlyHelpFamilyNoConsent],
  "early-help-professional": [earlyHelpProfessionalExample, earlyHelpProfessionalNoConsent],
  "adult-care-needs-referral": [
    adultCareNeedsReferralExample,
    adultCareNeedsReferralBestInterestsExample,
    adultCareNeedsReferralRefusedExample,
  ],
  "adult-care-needs-request": [adultCareNeedsRequestExample],
  "carer-support": [carerSupportExample],
  "adult-safeguarding-concern": [
    adultSafeguardingConcernExample,
    adultSafeguardingConcernLacksCapacityExample,
    adultSafeguardingConcernNotAskedExample,
  ],
  "police-notification": [policeNotificationExample, policeNotificationJudgementExample],
  "fostering-enquiry": [fosteringEnquiryExample, fosteringEnquiryProspectiveExample],
  "information-request": [informationRequestExample],
  "lado-referral": [ladoReferralExample],
};

/** Organisation types allowed to use a form; absent means any professional (or anyone, for public forms). */
export const restrictedTo: Readonly<Partial<Record<FormId, readonly string[]>>> = {
  "police-notification": ["police"],
};

/** Where a complete journey must still not be submitted (the engine has no exit page yet). */
const submitBlocks: Readonly<Partial<Record<FormId, { when: Condition; message: string }>>> = {
  "early-help-family": { when: CONSENT_REFUSED, message: CONSENT_REFUSED_MESSAGE },
  "early-help-professional": { when: CONSENT_REFUSED, message: CONSENT_REFUSED_MESSAGE },
};

/** The reason a complete form cannot be submitted, or undefined when it can. Call before submitting. */
export function submissionBlocked(form: FormDefinition, answers: Answers): string | undefined {
  const block = isFormId(form.id) ? submitBlocks[form.id] : undefined;
  return block && evaluate(block.when, lookupIn(answers)) ? block.message : undefined;
}
