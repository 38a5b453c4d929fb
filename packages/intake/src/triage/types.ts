import type { Role } from "@portal/auth";
import type { Service } from "../ids.ts";
import type { Rag, SlaCalendar, SlaPolicy } from "../sla/index.ts";

export type { Rag };

/** The services whose items are triaged in the shared queue. LADO cases have their own workflow. */
export const TRIAGE_SERVICES = ["children", "early-help", "adults"] as const satisfies readonly Service[];
export type TriageService = (typeof TRIAGE_SERVICES)[number];

export const isTriageService = (service: string): service is TriageService =>
  (TRIAGE_SERVICES as readonly string[]).includes(service);

/**
 * Where an item is in its workflow. Acknowledgement, assignment and partner checks are facts about
 * the item rather than stages, because they happen alongside screening, not in place of it.
 */
export const STAGES = ["received", "screening", "decided", "closed"] as const;
export type Stage = (typeof STAGES)[number];
export const OPEN_STAGES = ["received", "screening", "decided"] as const satisfies readonly Stage[];

export const RAGS = ["red", "amber", "green", "blue"] as const satisfies readonly Rag[];

/** The partner agencies a MASH asks for information (REFERENCE.md §2). */
export const AGENCIES = ["police", "health", "education", "probation", "youth-justice", "housing"] as const;
export type Agency = (typeof AGENCIES)[number];

/** Someone acting on an item: the signed-in user as the suite understands them. */
export interface Actor {
  subject: string;
  name: string;
  roles: readonly Role[];
  organisation: string | null;
  organisationType: string | null;
}

export interface PersonRef {
  subject: string;
  name: string;
}

export type CheckStatus = "open" | "answered" | "withdrawn";

/** A question for one partner agency about the people an item is about. */
export interface PartnerCheck {
  id: string;
  agency: Agency;
  question: string;
  requestedAt: Date;
  requestedBy: PersonRef;
  dueAt: Date;
  status: CheckStatus;
  response: string | null;
  respondedAt: Date | null;
  respondedBy: (PersonRef & { organisation: string | null }) | null;
  withdrawnReason: string | null;
}

/**
 * A recorded relation to another item. `same-person` and `previous-item` are a worker's decisions
 * about who is already known; the others are written by the workflow itself. `raised-from-lado` and
 * `sent-to-lado` point at a LADO case, which MASH staff may not open: pages show its reference as text.
 */
export const LINK_KINDS = [
  "same-person",
  "previous-item",
  "duplicate-of",
  "stepped-down-to",
  "stepped-down-from",
  "stepped-up-to",
  "stepped-up-from",
  "raised-from-lado",
  "sent-to-lado",
] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export interface ItemLink {
  kind: LinkKind;
  itemId: string;
  reference: string;
  linkedAt: Date;
  linkedBy: PersonRef;
  note: string | null;
}

/** What the referral form told us about consent, read once when the item is loaded. */
export type ConsentStatus = "given" | "refused" | "not-sought" | "not-recorded";

export interface Decision {
  outcome: string;
  reason: string;
  decidedAt: Date;
  decidedBy: PersonRef;
}

export interface Feedback {
  message: string;
  recordedAt: Date;
  recordedBy: PersonRef;
}

/** An intake item as the workflows see it: no answers, only what triage decides on. */
export interface TriageItem {
  id: string;
  reference: string;
  service: TriageService;
  formId: string;
  stage: Stage;
  receivedAt: Date;
  /** When it arrived in its current service: receipt, or the moment it was re-routed here. */
  enteredServiceAt: Date;
  reroutedFrom: TriageService | null;
  referrerSubject: string | null;
  referrerOrganisation: string | null;
  referrerOrganisationType: string | null;
  referrerAnonymous: boolean;
  consent: ConsentStatus;
  /** The hub's question the referrer has not answered yet: the item is waiting for them. */
  question: { id: string; askedAt: Date } | null;
  acknowledgedAt: Date | null;
  assignee: PersonRef | null;
  rag: Rag | null;
  ragReason: string | null;
  screenedAt: Date | null;
  checks: PartnerCheck[];
  links: ItemLink[];
  decision: Decision | null;
  feedback: Feedback | null;
  closedAt: Date | null;
  closure: "completed" | "duplicate" | null;
}

/** A new item the workflow asks the service to create (a step-down or step-up), linked both ways. */
export interface SpawnedItem {
  id: string;
  reference: string;
  service: TriageService;
  linkKind: LinkKind;
}

/**
 * The LADO case the workflow asks the service to create (`refer-to-lado`): the adult as the worker
 * gave them, since the child's referral form does not ask about the adult's work.
 */
export interface SpawnedLadoCase {
  id: string;
  reference: string;
  adult: { name: string; dateOfBirth: string | null; jobTitle: string | null };
  employerName: string;
  reason: string;
}

export type Command =
  | { type: "acknowledge" }
  | { type: "assign"; assignee: PersonRef | null }
  | { type: "screen"; rag: Rag; reason: string }
  | { type: "request-check"; checkId: string; agency: Agency; question: string }
  | { type: "respond-to-check"; checkId: string; response: string }
  | { type: "withdraw-check"; checkId: string; reason: string }
  | { type: "link"; kind: "same-person" | "previous-item"; itemId: string; reference: string; note: string }
  | { type: "mark-duplicate"; itemId: string; reference: string }
  | { type: "decide"; outcome: string; reason: string; s42?: S42Criteria }
  | {
      type: "step-down";
      reason: string;
      /** Consent taken by the worker when the referral did not record it. */
      consentObtained: boolean;
      newItemId: string;
      newReference: string;
    }
  | { type: "record-feedback"; message: string }
  | { type: "reroute"; to: TriageService; reason: string }
  | {
      /** An allegation about an adult who works with children, sent to the LADO as a new case. */
      type: "refer-to-lado";
      adultName: string;
      /** ISO date (YYYY-MM-DD), or null when not known. */
      adultDateOfBirth: string | null;
      employer: string;
      jobTitle: string | null;
      reason: string;
      newItemId: string;
      newReference: string;
    }
  | { type: "ask-referrer"; messageId: string; text: string }
  | { type: "referrer-reply"; messageId: string; text: string }
  | { type: "close" };

export type CommandType = Command["type"];

export const COMMAND_TYPES = [
  "acknowledge",
  "assign",
  "screen",
  "request-check",
  "respond-to-check",
  "withdraw-check",
  "link",
  "mark-duplicate",
  "decide",
  "step-down",
  "record-feedback",
  "reroute",
  "refer-to-lado",
  "ask-referrer",
  "referrer-reply",
  "close",
] as const satisfies readonly CommandType[];

/** The three Care Act s42(1) conditions; all three must hold for a statutory enquiry. */
export interface S42Criteria {
  careAndSupportNeeds: boolean;
  abuseOrNeglect: boolean;
  unableToProtectSelf: boolean;
}

/** What happened, as recorded in the item's history (and the audit trail). */
export type TriageEvent =
  | { type: "acknowledged" }
  | { type: "assigned"; assignee: PersonRef | null; previous: PersonRef | null }
  | { type: "screened"; rag: Rag; previousRag: Rag | null; reason: string }
  | { type: "check-requested"; checkId: string; agency: Agency; dueAt: Date }
  | { type: "check-answered"; checkId: string; agency: Agency }
  | { type: "check-withdrawn"; checkId: string; agency: Agency; reason: string }
  | { type: "linked"; kind: LinkKind; itemId: string; reference: string }
  | { type: "marked-duplicate"; itemId: string; reference: string }
  | { type: "decided"; outcome: string; reason: string; codes: OutcomeCodes }
  | { type: "stepped-down"; itemId: string; reference: string }
  | { type: "feedback-recorded" }
  | { type: "rerouted"; from: TriageService; to: TriageService; reason: string; outcome: string | null }
  | { type: "sent-to-lado"; itemId: string; reference: string; reason: string }
  | { type: "referrer-asked"; messageId: string }
  | { type: "referrer-replied"; messageId: string }
  | { type: "closed"; closure: "completed" | "duplicate" };

/** The coded form of a decision, for the statutory returns (REFERENCE.md §7). */
export interface OutcomeCodes {
  /** Standard Safeguarding Dataset contact outcome flags (children's only). */
  ssdFlags?: string[];
  /** CIN census / Annex A source of the contact or referral. */
  referralSource?: string;
  /** The contact became a referral (Annex A list 3). */
  isReferral?: boolean;
  /** CIN census "Referral NFA?": a referral that led to no further action. */
  referralNfa?: boolean;
  /** Early help or adults outcome code as reported. */
  serviceOutcome?: string;
}

export const TRIAGE_ERRORS = [
  "forbidden",
  "not-allowed-in-stage",
  "already-acknowledged",
  "reason-required",
  "text-required",
  "rag-required",
  "unknown-outcome",
  "unknown-check",
  "check-not-open",
  "checks-outstanding",
  "consent-required",
  "feedback-required",
  "same-service",
  "self-link",
  "unknown-item",
  "already-linked",
  "s42-criteria-required",
  "anonymous-referrer",
  "question-open",
  "no-question",
  "name-required",
  "employer-required",
  "already-with-lado",
] as const;
export type TriageErrorCode = (typeof TRIAGE_ERRORS)[number];

export interface TriageError {
  code: TriageErrorCode;
  /** A sentence for the person who tried, in the GOV.UK voice. */
  message: string;
}

export type TransitionResult =
  | { ok: true; item: TriageItem; events: TriageEvent[]; spawned?: SpawnedItem; lado?: SpawnedLadoCase }
  | { ok: false; error: TriageError };

export interface TransitionContext {
  now: Date;
  actor: Actor;
  calendar: SlaCalendar;
  policy: SlaPolicy;
}
