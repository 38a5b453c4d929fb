import {
  type Actor,
  BELOW_THRESHOLD_ROUTES,
  ENQUIRY_AGENCIES,
  FOLLOW_ON_KINDS,
  FOLLOW_ONS_AFTER,
  KCSIE_TARGETS,
  LADO_OUTCOMES,
  type LadoCase,
  type LadoCaseView,
  type LadoMeeting,
  MEETING_AGENCIES,
  MEETING_KINDS,
  type RepeatConcern,
} from "@portal/intake";
import { formatDate, formatDateTime } from "@portal/web";
import type { Choice } from "@portal/web/casework/action-form.tsx";
import { answersView } from "@portal/web/casework/answers.server.ts";
import { referrerLines } from "@portal/web/casework/details.ts";
import type { SummaryRow } from "@portal/web/casework/lines-list.tsx";
import { matchReasons, matchStrength } from "@portal/web/casework/match-words.ts";
import { messageRows } from "@portal/web/casework/messages.server.ts";
import type { Intent } from "../../.server/commands.ts";
import {
  ENQUIRY_AGENCY_NAMES,
  FOLLOW_ON_NAMES,
  KCSIE_NAMES,
  MEETING_AGENCY_NAMES,
  MEETING_KIND_NAMES,
  OUTCOME_NAMES,
  ROUTE_NAMES,
  STAGE_CLASSES,
  STAGE_NAMES,
} from "../names.ts";
import { historyRows } from "./history.server.ts";
import type { ActionForms, CasePage, EnquiryRow, KcsieRow, MeetingView, RepeatConcernRow } from "./types.ts";

/** The banner after a command went through, by the form that sent it. */
export const DONE: Record<Intent, string> = {
  assign: "Assignment updated",
  acknowledge: "Recorded that the employer was told the referral arrived",
  "record-consideration": "Initial consideration recorded",
  "schedule-meeting": "Meeting arranged",
  "record-meeting": "Meeting recorded",
  "start-enquiry": "Enquiry started",
  "update-enquiry": "Enquiry updated",
  "record-outcome": "Outcome recorded",
  "record-follow-on": "Referral recorded",
  "refer-to-mash": "Referral made to the children's MASH",
  "ask-referrer": "Request for information sent",
  "record-feedback": "Recorded what the employer was told",
  close: "Case closed",
};

const by = (name: string, at: Date) => `By ${name} on ${formatDateTime(at)}`;

function summaryRows(view: LadoCaseView, referrer: string[]): SummaryRow[] {
  const { case: lado, deadlines } = view;
  const owed = [
    deadlines.considerationBy && `Initial consideration by ${formatDateTime(deadlines.considerationBy)}`,
    deadlines.firstReviewBy && `First review meeting by ${formatDate(deadlines.firstReviewBy)}`,
    deadlines.nextReviewBy && `Next review meeting by ${formatDate(deadlines.nextReviewBy)}`,
  ].filter((line): line is string => Boolean(line));
  return [
    {
      key: "The adult",
      lines: [
        lado.adult.name,
        ...(lado.adult.dateOfBirth ? [`Born ${formatDate(lado.adult.dateOfBirth)}`] : []),
      ],
    },
    { key: "Job or role", lines: lado.adult.jobTitle ? [lado.adult.jobTitle] : ["Not known"] },
    { key: "Employer", lines: [lado.employerName] },
    { key: "Referred by", lines: referrer },
    { key: "Received", lines: [formatDateTime(lado.receivedAt)] },
    { key: "Deadlines", lines: owed.length > 0 ? owed : ["Nothing owed"] },
    { key: "Assigned to", lines: [lado.assignee?.name ?? "Nobody"] },
    {
      key: "Employer told it arrived",
      lines: [lado.acknowledgedAt ? formatDateTime(lado.acknowledgedAt) : "Not yet"],
    },
  ];
}

function kcsieRows(view: LadoCaseView): KcsieRow[] {
  const { result, dates } = view.kcsie;
  return KCSIE_TARGETS.map((target) => {
    const met = result?.[target];
    return {
      target: KCSIE_NAMES[target],
      by: formatDateTime(dates[target]),
      result:
        result === null
          ? view.case.consideration?.threshold === "below"
            ? "Does not apply"
            : "Not yet resolved"
          : met === null || met === undefined
            ? "Does not apply"
            : met
              ? "Met"
              : "Missed",
    };
  });
}

function resultOf(concern: RepeatConcern): string {
  const { candidate } = concern;
  if (candidate.outcome) return `Outcome: ${OUTCOME_NAMES[candidate.outcome.category].text.toLowerCase()}`;
  if (candidate.consideration?.threshold === "below")
    return `Below threshold: ${ROUTE_NAMES[candidate.consideration.route].text.toLowerCase()}`;
  return `${candidate.stage === "closed" ? "Closed" : "Open"}: ${STAGE_NAMES[candidate.stage].toLowerCase()}`;
}

function repeatRows(concerns: readonly RepeatConcern[]): RepeatConcernRow[] {
  return concerns.map((concern) => ({
    reference: concern.candidate.reference,
    href: `/cases/${encodeURIComponent(concern.candidate.id)}`,
    received: formatDate(concern.candidate.receivedAt),
    adult: concern.candidate.adult.name,
    employer: concern.candidate.employerName,
    sameEmployer: concern.sameEmployer,
    result: resultOf(concern),
    strength: matchStrength(concern.strength),
    reasons: matchReasons(concern.reasons),
  }));
}

function considerationRows(lado: LadoCase): SummaryRow[] | null {
  const c = lado.consideration;
  if (!c) return null;
  return [
    {
      key: "Decision",
      lines: [c.threshold === "met" ? "Threshold met" : `Below threshold: ${ROUTE_NAMES[c.route].text}`],
    },
    { key: "Reasons", lines: [c.reason] },
    { key: "Decided", lines: [by(c.decidedBy.name, c.decidedAt)] },
  ];
}

const attendeeName = (name: string) => (name === "" ? "Name to be confirmed" : name);

function meetingView(meeting: LadoMeeting): MeetingView {
  const agencies = MEETING_AGENCIES.filter((agency) => meeting.attendees.some((a) => a.agency === agency));
  return {
    id: meeting.id,
    heading: MEETING_KIND_NAMES[meeting.kind],
    when: formatDateTime(meeting.scheduledFor),
    attendees: agencies.map((agency) => ({
      key: MEETING_AGENCY_NAMES[agency],
      lines: meeting.attendees.filter((a) => a.agency === agency).map((a) => attendeeName(a.name)),
    })),
    minutes: meeting.minutes,
    actions: meeting.actions.map((a) => ({ action: a.action, owner: a.owner, due: formatDate(a.dueAt) })),
    nextReview: meeting.nextReviewAt ? formatDate(meeting.nextReviewAt) : null,
    recorded: meeting.recordedAt ? formatDateTime(meeting.recordedAt) : null,
  };
}

function enquiryRows(lado: LadoCase): EnquiryRow[] {
  return lado.enquiries.map((e) => ({
    agency: ENQUIRY_AGENCY_NAMES[e.agency],
    status:
      e.status === "open"
        ? { text: "Open", classes: "govuk-tag--yellow" }
        : { text: "Concluded", classes: "govuk-tag--green" },
    started: formatDate(e.startedAt),
    updated: formatDateTime(e.updatedAt),
    note: e.note,
  }));
}

function outcomeRows(lado: LadoCase): SummaryRow[] | null {
  const o = lado.outcome;
  if (!o) return null;
  return [
    { key: "Outcome", lines: [OUTCOME_NAMES[o.category].text] },
    { key: "Reasons", lines: [o.reason] },
    { key: "Decided", lines: [by(o.decidedBy.name, o.decidedAt)] },
  ];
}

const LINK_WORDS: Record<string, string> = {
  "mash-referral": "Referred to the children's MASH",
  "from-mash": "Sent to the LADO by the MASH",
};

function linkRows(lado: LadoCase): SummaryRow[] {
  // MASH items are the MASH's records: the LADO sees their reference, not a link into another portal.
  return lado.links.map((link) => ({
    key: `${LINK_WORDS[link.kind] ?? "Linked"}: ${link.reference}`,
    lines: [link.reason, by(link.linkedBy.name, link.linkedAt)],
  }));
}

const choices = <T extends string>(
  codes: readonly T[],
  words: Record<T, string | { text: string; hint: string }>,
): Choice[] =>
  codes.map((code) => {
    const w = words[code];
    return typeof w === "string" ? { value: code, text: w } : { value: code, text: w.text, hint: w.hint };
  });

function actionForms(view: LadoCaseView, actor: Actor): ActionForms {
  const { case: lado } = view;
  const offered = (type: (typeof view.actions)[number]) => view.actions.includes(type);
  const forms: ActionForms = {};
  if (offered("assign")) {
    const mine = lado.assignee?.subject === actor.subject;
    forms.assign = { toMe: !mine, unassign: lado.assignee !== null, assignee: lado.assignee?.name ?? null };
  }
  if (offered("acknowledge") && lado.acknowledgedAt === null) forms.acknowledge = true;
  if (offered("record-consideration"))
    forms.recordConsideration = { routes: choices(BELOW_THRESHOLD_ROUTES, ROUTE_NAMES) };
  if (offered("schedule-meeting")) {
    const strategyHeld = lado.meetings.some((m) => m.kind === "strategy" && m.recordedAt !== null);
    forms.scheduleMeeting = {
      kinds: choices(strategyHeld ? MEETING_KINDS : ["strategy"], MEETING_KIND_NAMES),
      agencies: choices(MEETING_AGENCIES, MEETING_AGENCY_NAMES),
    };
  }
  const unrecorded = lado.meetings.filter((m) => m.recordedAt === null);
  if (offered("record-meeting") && unrecorded.length > 0) {
    const only = unrecorded.length === 1 ? unrecorded[0] : undefined;
    forms.recordMeeting = {
      meetings: unrecorded.map((m) => ({
        value: m.id,
        text: `${MEETING_KIND_NAMES[m.kind]}, ${formatDateTime(m.scheduledFor)}`,
      })),
      agencies: choices(MEETING_AGENCIES, MEETING_AGENCY_NAMES),
      invited: only
        ? Object.fromEntries(
            MEETING_AGENCIES.filter((agency) => only.attendees.some((a) => a.agency === agency)).map(
              (agency) => [
                agency,
                only.attendees
                  .filter((a) => a.agency === agency && a.name !== "")
                  .map((a) => a.name)
                  .join(", "),
              ],
            ),
          )
        : {},
    };
  }
  if (offered("start-enquiry")) {
    const open = new Set(lado.enquiries.filter((e) => e.status === "open").map((e) => e.agency));
    const agencies = ENQUIRY_AGENCIES.filter((agency) => !open.has(agency));
    if (agencies.length > 0) forms.startEnquiry = { agencies: choices(agencies, ENQUIRY_AGENCY_NAMES) };
  }
  const openEnquiries = lado.enquiries.filter((e) => e.status === "open");
  if (offered("update-enquiry") && openEnquiries.length > 0)
    forms.updateEnquiry = {
      enquiries: openEnquiries.map((e) => ({
        value: e.id,
        text: `${ENQUIRY_AGENCY_NAMES[e.agency]} enquiry`,
        hint: `Started ${formatDate(e.startedAt)}`,
      })),
    };
  if (offered("record-outcome")) forms.recordOutcome = { outcomes: choices(LADO_OUTCOMES, OUTCOME_NAMES) };
  const outcome = lado.outcome?.category;
  if (offered("record-follow-on") && outcome) {
    const kinds = FOLLOW_ON_KINDS.filter((kind) => FOLLOW_ONS_AFTER[kind].includes(outcome));
    if (kinds.length > 0) forms.recordFollowOn = { kinds: choices(kinds, FOLLOW_ON_NAMES) };
  }
  if (offered("refer-to-mash")) forms.referToMash = true;
  if (offered("ask-referrer") && view.question === null) forms.askReferrer = true;
  if (offered("record-feedback")) forms.recordFeedback = { recorded: lado.feedback !== null };
  if (offered("close")) forms.close = { feedbackFirst: lado.feedback === null };
  return forms;
}

const isIntent = (value: string | null): value is Intent => value !== null && value in DONE;

/** The case page: the view in words, and the forms this person may use. */
export function casePage(view: LadoCaseView, actor: Actor, now: Date, done: string | null): CasePage {
  const { case: lado, deadlines } = view;
  const referrer = referrerLines(view.content.referrer, false);
  const owed = [deadlines.considerationBy, deadlines.firstReviewBy, deadlines.nextReviewBy];
  return {
    id: lado.id,
    reference: lado.reference,
    stage: { text: STAGE_NAMES[lado.stage], classes: STAGE_CLASSES[lado.stage] },
    overdue: owed.some((date) => date !== null && date.getTime() < now.getTime()),
    done: isIntent(done) && Object.hasOwn(DONE, done) ? DONE[done] : null,
    summary: summaryRows(view, referrer.lines),
    kcsie: kcsieRows(view),
    repeatConcerns: repeatRows(view.repeatConcerns),
    consideration: considerationRows(lado),
    meetings: lado.meetings
      .slice()
      .sort((a, b) => a.scheduledFor.getTime() - b.scheduledFor.getTime())
      .map(meetingView),
    enquiries: enquiryRows(lado),
    outcome: outcomeRows(lado),
    followOns: lado.followOns.map((f) => ({
      key: FOLLOW_ON_NAMES[f.kind],
      lines: [f.note, by(f.recordedBy.name, f.recordedAt)],
    })),
    links: linkRows(lado),
    answers: answersView(view.content),
    messages: messageRows(
      view.messages,
      (fileId) => `/cases/${encodeURIComponent(lado.id)}/attachments/${encodeURIComponent(fileId)}`,
    ),
    waitingForReferrer: view.question !== null,
    history: historyRows(view.history, referrer.sender),
    actions: actionForms(view, actor),
  };
}
