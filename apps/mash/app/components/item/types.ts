import type { QueueStatus, Rag } from "@portal/intake";

/**
 * What the item page shows, already in words and formatted in Europe/London by the loader: the
 * browser gets nothing the page does not show.
 */
export interface ItemPage {
  id: string;
  reference: string;
  /** The service in words ("Children's MASH"). */
  service: string;
  rag: Rag | null;
  status: QueueStatus;
  /** The stage in words ("Being screened"). */
  stage: Tag;
  /** The service it was sent from, in words, when another team re-routed it here. */
  reroutedFrom: string | null;
  /** The success sentence after an action, from `?done=<intent>`. */
  done: string | null;
  summary: SummaryRow[];
  people: PersonKnown[];
  checks: CheckRow[];
  answers: AnswersView;
  history: HistoryRow[];
  /** The conversation with the referrer, oldest first. */
  messages: MessageRow[];
  /** The hub asked the referrer something they have not answered yet. */
  waitingForReferrer: boolean;
  actions: ActionForms;
}

export interface SummaryRow {
  key: string;
  /** Plain text, one line each. */
  lines: string[];
}

export interface PersonKnown {
  name: string;
  contactsInLast12Months: number;
  matches: MatchRow[];
}

export interface MatchRow {
  reference: string;
  /** Only for an item in one of the viewer's own services. */
  href: string | null;
  service: string;
  received: string;
  reasons: string;
  strength: "Strong match" | "Possible match";
  /** Already recorded as the same person. */
  linked: boolean;
  /** The matched item's id, present only when a button below posts it. */
  itemId: string | null;
  canLink: boolean;
  canMarkDuplicate: boolean;
}

export interface Tag {
  text: string;
  classes: string;
}

export interface CheckRow {
  agency: string;
  question: string;
  requested: string;
  due: string;
  status: Tag;
  /** The agency's answer, or why the check was withdrawn. */
  response: string | null;
  /** Who answered and when, or null. */
  answeredBy: string | null;
}

export interface AnswersSection {
  id: string;
  title: string;
  rows: SummaryRow[];
}

export interface AnswersView {
  /** Said plainly above the answers when they are not shown with the definition they were made with. */
  notice: string | null;
  sections: AnswersSection[];
}

export interface HistoryRow {
  at: string;
  /** ISO time for the `<time>` element. */
  datetime: string;
  what: string;
  /** The new item a step-down made, linked when the viewer may open it. */
  link: { text: string; href: string | null } | null;
  /** A reason or a message recorded with the event. */
  detail: string | null;
  who: string | null;
}

export interface Choice {
  value: string;
  text: string;
  hint?: string;
}

/** The forms the viewer may use now; a form is absent when its command is not on offer. */
export interface ActionForms {
  acknowledge?: true;
  assign?: { toMe: boolean; unassign: boolean; assignee: string | null };
  screen?: {
    /** The ratings offered: all four, or only the current one when the viewer may not change it. */
    ratings: Choice[];
    current: Rag | null;
  };
  requestCheck?: { agencies: Choice[] };
  withdrawCheck?: { checks: Choice[] };
  decide?: { outcomes: Choice[]; s42: boolean };
  stepDown?: { askConsent: boolean };
  recordFeedback?: { recorded: boolean };
  reroute?: { services: Choice[] };
  referToLado?: true;
  askReferrer?: true;
  close?: { feedbackFirst: boolean };
}

/** What the action returns when a command was refused: the page shows it and changes nothing. */
export interface Refusal {
  intent: string;
  errors: { field: string; message: string }[];
  values: Record<string, string | string[]>;
}

export interface MessageRow {
  id: string;
  from: string;
  to: "referrer" | "team";
  at: string;
  body: string;
  /** The files that came with it, each a download link. */
  files: { id: string; name: string; size: string; href: string }[];
}
