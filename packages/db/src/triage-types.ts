/**
 * The shapes of @portal/intake's triage store interfaces (triage/types.ts, triage/store.ts,
 * matching/keys.ts, matching/match.ts), copied here because @portal/db must not import @portal/intake:
 * intake depends on db. The SQLite repositories implement those interfaces structurally, and intake's
 * typecheck verifies that these copies still fit when it wires them. Keep them identical.
 */

export const TRIAGE_SERVICES = ["children", "early-help", "adults"] as const;
export type TriageService = (typeof TRIAGE_SERVICES)[number];

export const isTriageService = (service: string): service is TriageService =>
  (TRIAGE_SERVICES as readonly string[]).includes(service);

export type Stage = "received" | "screening" | "decided" | "closed";
export type Rag = "red" | "amber" | "green" | "blue";
export type Agency = "police" | "health" | "education" | "probation" | "youth-justice" | "housing";
export type CheckStatus = "open" | "answered" | "withdrawn";
export type ConsentStatus = "given" | "refused" | "not-sought" | "not-recorded";
export type LinkKind =
  | "same-person"
  | "previous-item"
  | "duplicate-of"
  | "stepped-down-to"
  | "stepped-down-from"
  | "stepped-up-to"
  | "stepped-up-from"
  | "raised-from-lado"
  | "sent-to-lado";

export interface PersonRef {
  subject: string;
  name: string;
}

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

export interface ItemLink {
  kind: LinkKind;
  itemId: string;
  reference: string;
  linkedAt: Date;
  linkedBy: PersonRef;
  note: string | null;
}

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

export interface TriageItem {
  id: string;
  reference: string;
  service: TriageService;
  formId: string;
  stage: Stage;
  receivedAt: Date;
  enteredServiceAt: Date;
  reroutedFrom: TriageService | null;
  referrerSubject: string | null;
  referrerOrganisation: string | null;
  referrerOrganisationType: string | null;
  referrerAnonymous: boolean;
  consent: ConsentStatus;
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

export interface QueueCursor {
  queueKey: number;
  id: string;
}

export interface QueueFilters {
  services: readonly TriageService[];
  service?: TriageService;
  stage: Stage | "open";
  rag?: Rag | "none";
  overdue?: boolean;
  assignee?: string | "none";
  now: Date;
}

export interface QueueRow {
  id: string;
  reference: string;
  service: TriageService;
  formId: string;
  stage: Stage;
  rag: Rag | null;
  receivedAt: Date;
  dueAt: Date | null;
  queueKey: number;
  assigneeName: string | null;
  assigneeSubject: string | null;
  subjectName: string | null;
  referrerOrganisation: string | null;
  openChecks: number;
  waitingForReferrer: boolean;
  referrerNotTold: boolean;
}

export interface QueueCounts {
  total: number;
  byService: Partial<Record<TriageService, number>>;
  byStage: Partial<Record<Stage, number>>;
  byRag: Partial<Record<Rag | "none", number>>;
  overdue: number;
  assignedTo: number;
  unassigned: number;
}

/** JSON as stored and returned (intake's `Json`). */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export interface ItemContent {
  formId: string;
  formVersion: number;
  portal: string;
  answers: { [key: string]: Json };
  subjects: Json[];
  referrer: { [key: string]: Json };
}

export interface CheckTask {
  check: PartnerCheck;
  itemId: string;
  reference: string;
  subjects: { name: string; dateOfBirth: string | null; postcode: string | null; role: string | null }[];
}

/** matching/keys.ts PersonKeys: what item_subjects stores per person so candidates are found by index. */
export interface PersonKeys {
  normalName: string | null;
  givenKey: string | null;
  familyKey: string | null;
  dateOfBirth: string | null;
  postcode: string | null;
}

/** matching/match.ts KnownPerson: one subject person on an earlier item. */
export interface KnownPerson {
  itemId: string;
  reference: string;
  service: string;
  receivedAt: Date;
  name: string;
  dateOfBirth: string | null;
  postcode: string | null;
  role?: string | null;
}

/** store.ts SubjectIndexRow: one subject person of a new item with their keys. */
export interface SubjectIndexRow extends PersonKeys {
  name: string;
  role: string | null;
}

/** store.ts AuditEventRecord. */
export interface AuditEventRecord {
  occurredAt: Date;
  action: string;
  actorSubject: string | null;
  actorRoles?: readonly string[] | null;
  actorOrganisation?: string | null;
  portal: string;
  itemId: string | null;
  details: { [key: string]: Json } | null;
}

/** Queue key of an item with nothing owed (minus its receipt time): after every deadline, newest first. */
export const NO_DEADLINE_KEY = 8_000_000_000_000_000;

/** One message between the hub and the referrer. */
export interface ItemMessage {
  id: string;
  itemId: string;
  direction: "to-referrer" | "from-referrer";
  body: string;
  replyTo: string | null;
  authorSubject: string;
  authorName: string;
  createdAt: Date;
}

/** What a referrer's list shows for each of their referrals. */
export interface ReferrerItemRow {
  id: string;
  reference: string;
  service: string;
  formId: string;
  portal: string;
  receivedAt: Date;
}
