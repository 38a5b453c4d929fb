import type { SlaCalendar } from "../sla/index.ts";
import type { Actor, Feedback, PersonRef } from "../triage/types.ts";

export type { Actor, Feedback, PersonRef };

/**
 * Where a LADO case is (REFERENCE.md §4). Acknowledgement, assignment, meetings, enquiries, follow-on
 * referrals, MASH links and feedback are facts on the case, not stages:
 *
 *   received → consideration → below-threshold → closed
 *                            ↘ management → outcome → closed
 *
 * `received` until someone picks it up; `consideration` while the LADO decides on the threshold;
 * `below-threshold` once it does not meet it (advice, employer to manage, MASH or adults);
 * `management` once it does (meetings and parallel enquiries); `outcome` once the allegation's outcome
 * is recorded (follow-on referrals, feedback); `closed`.
 */
export const LADO_STAGES = [
  "received",
  "consideration",
  "below-threshold",
  "management",
  "outcome",
  "closed",
] as const;
export type LadoStage = (typeof LADO_STAGES)[number];
export const LADO_OPEN_STAGES = LADO_STAGES.filter((s) => s !== "closed");

/** What happens to a concern that does not meet the threshold. */
export const BELOW_THRESHOLD_ROUTES = ["advice", "employer", "mash", "adults"] as const;
export type BelowThresholdRoute = (typeof BELOW_THRESHOLD_ROUTES)[number];

/** The LADO's initial consideration: always with its reasons. */
export type Consideration =
  | { threshold: "met"; reason: string; decidedAt: Date; decidedBy: PersonRef }
  | { threshold: "below"; route: BelowThresholdRoute; reason: string; decidedAt: Date; decidedBy: PersonRef };

export const MEETING_KINDS = ["strategy", "review"] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** The agencies people attend allegation management meetings for. */
export const MEETING_AGENCIES = [
  "lado",
  "police",
  "childrens-social-care",
  "employer",
  "health",
  "education",
  "regulator",
  "other",
] as const;
export type MeetingAgency = (typeof MEETING_AGENCIES)[number];

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

/** An allegation management (strategy) meeting or a review meeting. */
export interface LadoMeeting {
  id: string;
  kind: MeetingKind;
  /** When it is (or was) held. */
  scheduledFor: Date;
  attendees: Attendee[];
  /** Null until the meeting is recorded. */
  minutes: string | null;
  actions: MeetingAction[];
  nextReviewAt: Date | null;
  recordedAt: Date | null;
}

/** The parallel enquiries that follow a threshold-met decision. */
export const ENQUIRY_AGENCIES = ["police", "childrens-social-care", "employer"] as const;
export type EnquiryAgency = (typeof ENQUIRY_AGENCIES)[number];

export interface LadoEnquiry {
  id: string;
  agency: EnquiryAgency;
  status: "open" | "concluded";
  note: string | null;
  startedAt: Date;
  updatedAt: Date;
}

/** The five outcomes of KCSIE part 4. */
export const LADO_OUTCOMES = ["substantiated", "unsubstantiated", "unfounded", "false", "malicious"] as const;
export type LadoOutcomeCategory = (typeof LADO_OUTCOMES)[number];

export interface LadoOutcome {
  category: LadoOutcomeCategory;
  reason: string;
  decidedAt: Date;
  decidedBy: PersonRef;
}

export const FOLLOW_ON_KINDS = ["dbs", "tra", "ofsted", "professional-body"] as const;
export type FollowOnKind = (typeof FOLLOW_ON_KINDS)[number];

export interface FollowOn {
  kind: FollowOnKind;
  note: string;
  recordedAt: Date;
  recordedBy: PersonRef;
}

/**
 * A MASH item this case is linked with: `mash-referral`, a children's MASH item the LADO raised from
 * this case because a child protection concern arose; `from-mash`, the MASH item whose worker sent the
 * allegation here (this case was made from it). `reason` is why, in the words of whoever linked them.
 */
export const LADO_LINK_KINDS = ["mash-referral", "from-mash"] as const;
export type LadoLinkKind = (typeof LADO_LINK_KINDS)[number];

export interface LadoLink {
  kind: LadoLinkKind;
  itemId: string;
  reference: string;
  reason: string;
  linkedAt: Date;
  linkedBy: PersonRef;
}

/**
 * The adult the allegation is about, as the referral gave them (or the MASH worker, for a case made
 * from a MASH item): name and date of birth are what repeat concerns match on.
 */
export interface LadoAdult {
  name: string;
  /** As entered; normalised when matched. */
  dateOfBirth: string | null;
  /** Their job or role, or null when not given. */
  jobTitle: string | null;
}

export interface LadoCase {
  id: string;
  reference: string;
  stage: LadoStage;
  receivedAt: Date;
  /** The person who referred (usually the employer's designated safeguarding lead). */
  referrerSubject: string | null;
  referrerOrganisation: string | null;
  /**
   * The adult's employer (or the organisation they volunteer or work for): the LADO referral form's
   * answer, or what the MASH worker gave when the case was made from a MASH item.
   */
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
  /** What the employer was told about the decision or outcome. */
  feedback: Feedback | null;
  /**
   * The LADO's question to the referrer that they have not answered yet (an item_messages id): the
   * case is waiting for them. The question's text is the message, never kept on the case.
   */
  question: { id: string; askedAt: Date } | null;
  closedAt: Date | null;
}

/** The children's MASH item the workflow asks the service to create, linked back to the case. */
export interface LadoSpawnedItem {
  id: string;
  reference: string;
  service: "children";
  linkKind: "raised-from-lado";
}

export type LadoCommand =
  | { type: "assign"; assignee: PersonRef | null }
  | { type: "acknowledge" }
  | {
      type: "record-consideration";
      threshold: "met";
      reason: string;
    }
  | {
      type: "record-consideration";
      threshold: "below";
      route: BelowThresholdRoute;
      reason: string;
    }
  | {
      type: "schedule-meeting";
      meetingId: string;
      kind: MeetingKind;
      scheduledFor: Date;
      attendees: Attendee[];
    }
  | {
      type: "record-meeting";
      meetingId: string;
      /** Who actually attended; replaces the invitation list. */
      attendees: Attendee[];
      minutes: string;
      actions: MeetingAction[];
      nextReviewAt: Date | null;
    }
  | { type: "start-enquiry"; enquiryId: string; agency: EnquiryAgency; note: string }
  | { type: "update-enquiry"; enquiryId: string; status: "open" | "concluded"; note: string }
  | { type: "record-outcome"; category: LadoOutcomeCategory; reason: string }
  | { type: "record-follow-on"; kind: FollowOnKind; note: string }
  | { type: "refer-to-mash"; reason: string; newItemId: string; newReference: string }
  | { type: "record-feedback"; message: string }
  /** A request for information: the LADO asks the referrer one question at a time. */
  | { type: "ask-referrer"; messageId: string; text: string }
  /** The referrer's answer to the open question (the referrer pages, not the LADO's). */
  | { type: "referrer-reply"; messageId: string; text: string }
  | { type: "close" };

export type LadoCommandType = LadoCommand["type"];

export const LADO_COMMAND_TYPES = [
  "assign",
  "acknowledge",
  "record-consideration",
  "schedule-meeting",
  "record-meeting",
  "start-enquiry",
  "update-enquiry",
  "record-outcome",
  "record-follow-on",
  "refer-to-mash",
  "record-feedback",
  "ask-referrer",
  "referrer-reply",
  "close",
] as const satisfies readonly LadoCommandType[];

/** What happened, as recorded in the case's history (and the audit trail). No minutes or notes. */
export type LadoEvent =
  | { type: "assigned"; assignee: PersonRef | null; previous: PersonRef | null }
  | { type: "acknowledged" }
  | {
      type: "consideration-recorded";
      threshold: "met" | "below";
      route: BelowThresholdRoute | null;
      reason: string;
    }
  | { type: "meeting-scheduled"; meetingId: string; kind: MeetingKind; scheduledFor: Date }
  | {
      type: "meeting-recorded";
      meetingId: string;
      kind: MeetingKind;
      actions: number;
      nextReviewAt: Date | null;
    }
  | { type: "enquiry-started"; enquiryId: string; agency: EnquiryAgency }
  | { type: "enquiry-updated"; enquiryId: string; agency: EnquiryAgency; status: "open" | "concluded" }
  | { type: "outcome-recorded"; category: LadoOutcomeCategory; reason: string }
  | { type: "follow-on-recorded"; kind: FollowOnKind }
  | { type: "referred-to-mash"; itemId: string; reference: string }
  | { type: "feedback-recorded" }
  | { type: "referrer-asked"; messageId: string }
  | { type: "referrer-replied"; messageId: string }
  | { type: "closed" };

export const LADO_ERRORS = [
  "forbidden",
  "not-allowed-in-stage",
  "already-acknowledged",
  "reason-required",
  "text-required",
  "duplicate-id",
  "unknown-meeting",
  "meeting-already-recorded",
  "meeting-not-held",
  "unknown-enquiry",
  "enquiry-already-open",
  "enquiry-not-open",
  "enquiries-open",
  "meeting-required",
  "follow-on-not-allowed",
  "feedback-required",
  "mash-referral-required",
  "no-referrer",
  "question-open",
  "no-question",
] as const;
export type LadoErrorCode = (typeof LADO_ERRORS)[number];

export interface LadoError {
  code: LadoErrorCode;
  /** A sentence for the person who tried, in the GOV.UK voice. */
  message: string;
}

export type LadoTransitionResult =
  | { ok: true; case: LadoCase; events: LadoEvent[]; spawned?: LadoSpawnedItem }
  | { ok: false; error: LadoError };

export interface LadoContext {
  now: Date;
  actor: Actor;
  calendar: SlaCalendar;
}
