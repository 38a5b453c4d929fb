/**
 * What the intake services need from storage. The SQLite implementation is `createSqliteIntakeStore`
 * in @portal/db; tests may pass another. Every method is synchronous: writes that must happen together
 * run inside `durably`.
 */

/** A JSON value as stored and returned. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A form's answers: a JSON object keyed by the form's stable field ids. */
export type Answers = { [key: string]: Json };

export interface DraftRecord {
  id: string;
  portal: string;
  formId: string;
  formVersion: number;
  /** The signed-in subject who owns the draft, or null when it was started by someone not signed in. */
  ownerSubject: string | null;
  answers: Answers;
  visitedPageIds: string[];
  createdAt: Date;
  updatedAt: Date;
  expiresAt: Date;
  submittedItemId: string | null;
  submittedAt: Date | null;
}

export type DraftChanges = Pick<
  DraftRecord,
  "formVersion" | "ownerSubject" | "answers" | "visitedPageIds" | "updatedAt" | "expiresAt"
>;

export interface DraftRepository {
  get(id: string): DraftRecord | undefined;
  insert(draft: DraftRecord): void;
  update(id: string, changes: DraftChanges): void;
  /** The owner's drafts at one portal that are neither expired nor submitted, newest first. */
  listOpenForOwner(ownerSubject: string, portal: string, now: Date): DraftRecord[];
  markSubmitted(id: string, itemId: string, at: Date): void;
  /** Ids of drafts whose expiry is at or before `now`. */
  expiredIds(now: Date): string[];
  /** Deletes the drafts (their resume tokens go with them); returns how many were deleted. */
  deleteMany(ids: string[]): number;
}

export interface ResumeTokenRecord {
  /** SHA-256 of the token, hex. The token itself is never stored. */
  tokenHash: string;
  draftId: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
}

export interface ResumeTokenRepository {
  insert(token: ResumeTokenRecord): void;
  get(tokenHash: string): ResumeTokenRecord | undefined;
  /** Marks the token used if it was not already; true when this call used it. */
  markUsed(tokenHash: string, at: Date): boolean;
}

export interface SecretRepository {
  /** The named secret, creating and keeping it with `create` the first time (race-safe). */
  getOrCreate(name: string, create: () => string, now: Date): string;
}

export interface AttachmentRecord {
  id: string;
  draftId: string | null;
  itemId: string | null;
  name: string;
  size: number;
  mediaType: string;
  sha256: string;
  createdAt: Date;
}

export interface AttachmentRepository {
  insert(attachment: AttachmentRecord): void;
  get(id: string): AttachmentRecord | undefined;
  listForDraft(draftId: string): AttachmentRecord[];
  listForItem(itemId: string): AttachmentRecord[];
  /** Deletes an attachment that belongs to the draft and is not yet submitted; true when deleted. */
  deleteFromDraft(draftId: string, id: string): boolean;
  assignToItem(draftId: string, itemId: string): void;
  /** Deletes the not-yet-submitted attachments of these drafts; returns their content hashes, one per row. */
  deleteUnsubmittedForDrafts(draftIds: string[]): string[];
  isHashReferenced(sha256: string): boolean;
}

export interface IntakeItemRecord {
  id: string;
  reference: string;
  draftId: string | null;
  service: string;
  portal: string;
  formId: string;
  formVersion: number;
  answers: Answers;
  subjects: Json[];
  subjectName: string | null;
  subjectDateOfBirth: string | null;
  subjectPostcode: string | null;
  referrer: { [key: string]: Json };
  referrerSubject: string | null;
  referrerOrganisation: string | null;
  referrerOrganisationType: string | null;
  receivedAt: Date;
  status: string;
}

/** What happened to an insert: a clash on the reference means "draw another reference". */
export type InsertItemOutcome = "inserted" | "reference-taken" | "draft-taken";

export interface IntakeItemRepository {
  insert(item: IntakeItemRecord): InsertItemOutcome;
  get(id: string): IntakeItemRecord | undefined;
  findByDraftId(draftId: string): IntakeItemRecord | undefined;
}

export interface AuditEventRecord {
  occurredAt: Date;
  action: string;
  actorSubject: string | null;
  portal: string;
  itemId: string | null;
  details: { [key: string]: Json } | null;
}

export interface AuditRepository {
  append(event: AuditEventRecord): void;
  listForItem(itemId: string): (AuditEventRecord & { id: number })[];
}

export interface OutboxMessageRecord {
  id: string;
  channel: "email" | "sms";
  template: string;
  recipient: string;
  personalisation: Record<string, string>;
  createdAt: Date;
  status: "queued" | "sent" | "failed";
  attempts: number;
  nextAttemptAt: Date;
  sentAt: Date | null;
  lastError: string | null;
}

export interface OutboxRepository {
  enqueue(message: OutboxMessageRecord): void;
  list(): OutboxMessageRecord[];
}

export interface IntakeStore {
  drafts: DraftRepository;
  resumeTokens: ResumeTokenRepository;
  secrets: SecretRepository;
  attachments: AttachmentRepository;
  items: IntakeItemRepository;
  audit: AuditRepository;
  outbox: OutboxRepository;
  /** Runs `work` in one IMMEDIATE transaction with a full sync at commit; a throw rolls it all back. */
  durably<T>(work: () => T): T;
}
