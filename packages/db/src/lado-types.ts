/**
 * The shapes of @portal/intake's LADO case and store interfaces (lado/types.ts, lado/store.ts,
 * lado/repeat-concerns.ts), copied here because @portal/db must not import @portal/intake. The SQLite
 * repository implements them structurally, and intake's typecheck verifies the copies still fit when
 * it wires them. Keep them identical.
 */
import type { ItemMessage, Json, PersonKeys } from "./triage-types.ts";

export type LadoStage =
  | "received"
  | "consideration"
  | "below-threshold"
  | "management"
  | "outcome"
  | "closed";
export type BelowThresholdRoute = "advice" | "employer" | "mash" | "adults";
export type MeetingKind = "strategy" | "review";
export type MeetingAgency =
  | "lado"
  | "police"
  | "childrens-social-care"
  | "employer"
  | "health"
  | "education"
  | "regulator"
  | "other";
export type EnquiryAgency = "police" | "childrens-social-care" | "employer";
export type LadoOutcomeCategory = "substantiated" | "unsubstantiated" | "unfounded" | "false" | "malicious";
export type FollowOnKind = "dbs" | "tra" | "ofsted" | "professional-body";

export interface PersonRef {
  subject: string;
  name: string;
}

export type Consideration =
  | { threshold: "met"; reason: string; decidedAt: Date; decidedBy: PersonRef }
  | { threshold: "below"; route: BelowThresholdRoute; reason: string; decidedAt: Date; decidedBy: PersonRef };

export interface Attendee {
  agency: MeetingAgency;
  name: string;
}

export interface MeetingAction {
  id: string;
  owner: string;
  action: string;
  dueAt: Date;
}

export interface LadoMeeting {
  id: string;
  kind: MeetingKind;
  scheduledFor: Date;
  attendees: Attendee[];
  minutes: string | null;
  actions: MeetingAction[];
  nextReviewAt: Date | null;
  recordedAt: Date | null;
}

export interface LadoEnquiry {
  id: string;
  agency: EnquiryAgency;
  status: "open" | "concluded";
  note: string | null;
  startedAt: Date;
  updatedAt: Date;
}

export interface LadoOutcome {
  category: LadoOutcomeCategory;
  reason: string;
  decidedAt: Date;
  decidedBy: PersonRef;
}

export interface FollowOn {
  kind: FollowOnKind;
  note: string;
  recordedAt: Date;
  recordedBy: PersonRef;
}

export type LadoLinkKind = "mash-referral" | "from-mash";

export interface LadoLink {
  kind: LadoLinkKind;
  itemId: string;
  reference: string;
  reason: string;
  linkedAt: Date;
  linkedBy: PersonRef;
}

export interface LadoAdult {
  name: string;
  dateOfBirth: string | null;
  jobTitle: string | null;
}

export interface Feedback {
  message: string;
  recordedAt: Date;
  recordedBy: PersonRef;
}

export interface LadoCase {
  id: string;
  reference: string;
  stage: LadoStage;
  receivedAt: Date;
  referrerSubject: string | null;
  referrerOrganisation: string | null;
  employerName: string;
  adult: LadoAdult;
  acknowledgedAt: Date | null;
  assignee: PersonRef | null;
  consideration: Consideration | null;
  meetings: LadoMeeting[];
  enquiries: LadoEnquiry[];
  outcome: LadoOutcome | null;
  followOns: FollowOn[];
  links: LadoLink[];
  feedback: Feedback | null;
  question: { id: string; askedAt: Date } | null;
  closedAt: Date | null;
}

/** repeat-concerns.ts LadoCandidate. */
export type LadoCandidate = Pick<
  LadoCase,
  "id" | "reference" | "receivedAt" | "stage" | "adult" | "employerName" | "consideration" | "outcome"
>;

/** timescales.ts KcsieCase: what the KCSIE dashboard reads of each case. */
export interface KcsieCase {
  id: string;
  receivedAt: Date;
  stage: LadoStage;
  outcome: Pick<LadoOutcome, "category" | "decidedAt"> | null;
}

/** lado/store.ts LadoListFilters. */
export interface LadoListFilters {
  /** A stage, or "open" for every stage but closed (the default). */
  stage?: LadoStage | "open";
  /** Only cases whose next deadline is before `now`. */
  overdue?: boolean;
  /** Employer names containing this text (case-insensitive). */
  employer?: string;
  now: Date;
}

/** lado/store.ts LadoListRow: what the LADO's case list shows. */
export interface LadoListRow {
  id: string;
  reference: string;
  stage: LadoStage;
  receivedAt: Date;
  dueAt: Date | null;
  queueKey: number;
  assigneeSubject: string | null;
  assigneeName: string | null;
  adultName: string;
  employerName: string;
  outcome: LadoOutcomeCategory | null;
  /** The LADO asked the referrer a question they have not answered. */
  waitingForReferrer: boolean;
}

/** lado/store.ts LadoContent: what the referral said. */
export interface LadoContent {
  formId: string;
  formVersion: number;
  portal: string;
  answers: { [key: string]: Json };
  subjects: Json[];
  referrer: { [key: string]: Json };
}

export type { ItemMessage, Json, PersonKeys };
