import type { QueueStatus, Rag } from "@portal/intake";
import type { Choice } from "@portal/web/casework/action-form.tsx";
import type { AnswersView } from "@portal/web/casework/answers.server.ts";
import type { HistoryRow } from "@portal/web/casework/history.tsx";
import type { SummaryRow } from "@portal/web/casework/lines-list.tsx";
import type { MessageRow } from "@portal/web/casework/messages.tsx";

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
