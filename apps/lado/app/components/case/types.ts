import type { Choice } from "@portal/web/casework/action-form.tsx";
import type { AnswersView } from "@portal/web/casework/answers.server.ts";
import type { HistoryRow } from "@portal/web/casework/history.tsx";
import type { SummaryRow } from "@portal/web/casework/lines-list.tsx";
import type { MessageRow } from "@portal/web/casework/messages.tsx";

/**
 * What the case page shows, already in words and formatted in Europe/London by the loader: the
 * browser gets nothing the page does not show.
 */
export interface CasePage {
  id: string;
  reference: string;
  stage: Tag;
  /** A deadline owed on the case has passed. */
  overdue: boolean;
  /** The success sentence after an action, from `?done=<intent>`. */
  done: string | null;
  summary: SummaryRow[];
  /** The KCSIE targets for this case: when each falls and, once resolved, whether it was met. */
  kcsie: KcsieRow[];
  repeatConcerns: RepeatConcernRow[];
  consideration: SummaryRow[] | null;
  meetings: MeetingView[];
  enquiries: EnquiryRow[];
  outcome: SummaryRow[] | null;
  followOns: SummaryRow[];
  links: SummaryRow[];
  answers: AnswersView;
  /** Requests for information to whoever referred, and their answers, oldest first. */
  messages: MessageRow[];
  /** A request for information is waiting for an answer. */
  waitingForReferrer: boolean;
  history: HistoryRow[];
  actions: ActionForms;
}

export interface Tag {
  text: string;
  classes: string;
}

export interface KcsieRow {
  target: string;
  by: string;
  result: "Met" | "Missed" | "Not yet resolved" | "Does not apply";
}

export interface RepeatConcernRow {
  reference: string;
  href: string;
  received: string;
  adult: string;
  employer: string;
  /** Same employer, in words, so the pattern is read not guessed. */
  sameEmployer: boolean;
  /** "Below threshold: employer to manage", "Outcome: substantiated", "Open: allegation management". */
  result: string;
  strength: "Strong match" | "Possible match";
  reasons: string;
}

export interface MeetingView {
  id: string;
  heading: string;
  when: string;
  attendees: SummaryRow[];
  /** Null until the meeting is recorded. */
  minutes: string | null;
  actions: { action: string; owner: string; due: string }[];
  nextReview: string | null;
  recorded: string | null;
}

export interface EnquiryRow {
  agency: string;
  status: Tag;
  started: string;
  updated: string;
  note: string | null;
}

/** The forms the LADO may use now; a form is absent when its command is not on offer. */
export interface ActionForms {
  assign?: { toMe: boolean; unassign: boolean; assignee: string | null };
  acknowledge?: true;
  recordConsideration?: { routes: Choice[] };
  scheduleMeeting?: { kinds: Choice[]; agencies: Choice[] };
  recordMeeting?: {
    meetings: Choice[];
    agencies: Choice[];
    /** Who was invited to the only meeting waiting to be recorded: ticked and named to start with. */
    invited: Record<string, string>;
  };
  startEnquiry?: { agencies: Choice[] };
  updateEnquiry?: { enquiries: Choice[] };
  recordOutcome?: { outcomes: Choice[] };
  recordFollowOn?: { kinds: Choice[] };
  referToMash?: true;
  askReferrer?: true;
  recordFeedback?: { recorded: boolean };
  close?: { feedbackFirst: boolean };
}
