import { createSlaCalendar } from "../sla/index.ts";
import type { SubmitReferralInput } from "../submit.ts";
import { actor, MONDAY_10AM } from "../triage/test-support.ts";
import type {
  Actor,
  LadoCase,
  LadoCommand,
  LadoCommandType,
  LadoContext,
  LadoMeeting,
  LadoStage,
  PersonRef,
} from "./types.ts";

export { actor, MONDAY_10AM };

export const LADO_EMAIL = "lado@council.example.org";
export const DSL_EMAIL = "dsl@school.example.org";

export const ladoContext = (who: Actor, now: Date = MONDAY_10AM): LadoContext => ({
  now,
  actor: who,
  calendar: createSlaCalendar(),
});

const officer: PersonRef = { subject: `sub-${LADO_EMAIL}`, name: "Dana Clarke" };

/** The child and the adult a LADO referral in the service tests is about: never in an email. */
export const LADO_CHILD = "Maya Example";
export const LADO_ADULT = "Jamie Fox";

/**
 * The LADO referral a school's DSL (or `by`) sends through the professionals portal, for
 * sendTestReferral: the employer, the adult (by the allegation role) and a child.
 */
export function ladoReferral(by: Actor, now: Date): Omit<SubmitReferralInput, "draftId"> {
  return {
    service: "lado",
    formId: "lado-referral",
    formVersion: 1,
    answers: {
      "employer-name": "Greenfield Primary School",
      "adult-job-title": "Teaching assistant",
      "allegation-details": "A pupil said the assistant grabbed her arm",
    },
    // In the form's order: the adult the allegation is about first, then the children.
    subjects: [
      { name: LADO_ADULT, dateOfBirth: "1985-04-12", role: "person-allegation-against" },
      { name: LADO_CHILD, dateOfBirth: "2017-04-12", role: "child" },
    ],
    referrer: {
      subject: by.subject,
      name: by.name,
      email: DSL_EMAIL,
      organisation: by.organisation ?? undefined,
      organisationType: by.organisationType ?? undefined,
      anonymous: false,
    },
    portal: "professionals",
    now,
  };
}

/** A freshly received case: the school's DSL referred a teaching assistant. */
export function receivedCase(overrides: Partial<LadoCase> = {}): LadoCase {
  return {
    id: "lado-1",
    reference: "LADO-2611-AAAA",
    stage: "received",
    receivedAt: new Date("2026-11-23T09:30:00Z"),
    referrerSubject: `sub-${DSL_EMAIL}`,
    referrerOrganisation: "Greenfield Primary School",
    employerName: "Greenfield Primary School",
    adult: { name: "Jamie Fox", dateOfBirth: "1985-04-12", jobTitle: "Teaching assistant" },
    acknowledgedAt: null,
    assignee: null,
    consideration: null,
    meetings: [],
    enquiries: [],
    outcome: null,
    followOns: [],
    links: [],
    feedback: null,
    question: null,
    closedAt: null,
    ...overrides,
  };
}

/** The allegation management meeting, held and recorded on the Friday before. */
export function heldStrategyMeeting(overrides: Partial<LadoMeeting> = {}): LadoMeeting {
  return {
    id: "meeting-1",
    kind: "strategy",
    scheduledFor: new Date("2026-11-20T14:00:00Z"),
    attendees: [
      { agency: "lado", name: "Dana Clarke" },
      { agency: "police", name: "DC Ria Patel" },
    ],
    minutes: "Police to interview; employer to suspend pending enquiries.",
    actions: [],
    nextReviewAt: null,
    recordedAt: new Date("2026-11-20T16:00:00Z"),
    ...overrides,
  };
}

/** A case in each stage, with what that stage implies already recorded. */
export function caseIn(stage: LadoStage): LadoCase {
  const received = receivedCase();
  if (stage === "received") return received;
  const consideration: LadoCase = { ...received, stage: "consideration", assignee: officer };
  if (stage === "consideration") return consideration;
  if (stage === "below-threshold")
    return {
      ...consideration,
      stage,
      consideration: {
        threshold: "below",
        route: "employer",
        reason: "Conduct issue for the school",
        decidedAt: MONDAY_10AM,
        decidedBy: officer,
      },
    };
  const management: LadoCase = {
    ...consideration,
    stage: "management",
    consideration: {
      threshold: "met",
      reason: "May have harmed a child",
      decidedAt: MONDAY_10AM,
      decidedBy: officer,
    },
    meetings: [heldStrategyMeeting()],
  };
  if (stage === "management") return management;
  const outcome: LadoCase = {
    ...management,
    stage: "outcome",
    outcome: {
      category: "substantiated",
      reason: "Evidence supports it",
      decidedAt: MONDAY_10AM,
      decidedBy: officer,
    },
    feedback: { message: "The allegation was substantiated.", recordedAt: MONDAY_10AM, recordedBy: officer },
  };
  if (stage === "outcome") return outcome;
  return { ...outcome, stage: "closed", closedAt: MONDAY_10AM };
}

/** Who runs each command: the LADO officer, but the answer to a question is the referring DSL's. */
export const runnerOf = (type: LadoCommandType): Actor =>
  actor(type === "referrer-reply" ? DSL_EMAIL : LADO_EMAIL);

/** The LADO's open question to the referrer, as `ask-referrer` leaves it on a case. */
export const OPEN_QUESTION = { id: "message-1", askedAt: MONDAY_10AM };

/**
 * A well-formed example of each command, valid on the case `caseIn` gives for a stage that allows it
 * (`referrer-reply` on such a case once it has OPEN_QUESTION).
 */
export function exampleLadoCommand(type: LadoCommandType, by: Actor): LadoCommand {
  switch (type) {
    case "assign":
      return { type, assignee: { subject: by.subject, name: by.name } };
    case "acknowledge":
    case "close":
      return { type };
    case "record-consideration":
      return { type, threshold: "met", reason: "Behaved in a way that indicates risk of harm" };
    case "schedule-meeting":
      return {
        type,
        meetingId: "meeting-2",
        kind: "review",
        scheduledFor: new Date("2026-12-18T10:00:00Z"),
        attendees: [{ agency: "lado", name: "Dana Clarke" }],
      };
    case "record-meeting":
      return {
        type,
        meetingId: "meeting-1",
        attendees: [
          { agency: "lado", name: "Dana Clarke" },
          { agency: "employer", name: "Sam Taylor" },
        ],
        minutes: "Agreed the enquiries.",
        actions: [{ id: "a1", owner: "Sam Taylor", action: "Suspend pending enquiries", dueAt: MONDAY_10AM }],
        nextReviewAt: new Date("2026-12-18T10:00:00Z"),
      };
    case "start-enquiry":
      return { type, enquiryId: "enquiry-2", agency: "employer", note: "Disciplinary investigation" };
    case "update-enquiry":
      return { type, enquiryId: "enquiry-1", status: "concluded", note: "No further police action" };
    case "record-outcome":
      return { type, category: "unsubstantiated", reason: "Not enough evidence either way" };
    case "record-follow-on":
      return { type, kind: "dbs", note: "Referred after dismissal" };
    case "refer-to-mash":
      return {
        type,
        reason: "A child in the adult's household",
        newItemId: "item-9",
        newReference: "CSC-2611-CCCC",
      };
    case "record-feedback":
      return { type, message: "The allegation was not substantiated." };
    case "ask-referrer":
      return { type, messageId: "message-1", text: "Was anyone else in the room?" };
    case "referrer-reply":
      return { type, messageId: "message-2", text: "A teaching assistant was there." };
  }
}
