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
  /** The referrer's answer it came with; null (or absent) for a file attached to a draft. */
  messageId?: string | null;
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
  /** The files that came with one message about the item, oldest first. */
  listForMessage(itemId: string, messageId: string): AttachmentRecord[];
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

/** A submission as it is first written: the item, its place in the queue and its subject index. */
export interface NewIntakeItem extends IntakeItemRecord {
  /** Set at receipt when the referrer is emailed a receipt: the automatic acknowledgement. */
  acknowledgedAt: Date | null;
  /** Consent as the form recorded it (triage/consent.ts). */
  consent: string;
  /** The first deadline owed on the new item, and its place in the queue (triage/store.ts queueKey). */
  dueAt: Date | null;
  queueKey: number;
  /** One row per subject person, with the keys that find them again (matching/keys.ts). */
  subjectIndex: SubjectIndexRow[];
}

export interface SubjectIndexRow {
  name: string;
  role: string | null;
  normalName: string | null;
  givenKey: string | null;
  familyKey: string | null;
  dateOfBirth: string | null;
  postcode: string | null;
}

/** What happened to an insert: a clash on the reference means "draw another reference". */
export type InsertItemOutcome = "inserted" | "reference-taken" | "draft-taken";

export interface IntakeItemRepository {
  insert(item: NewIntakeItem): InsertItemOutcome;
  get(id: string): IntakeItemRecord | undefined;
  findByDraftId(draftId: string): IntakeItemRecord | undefined;
}

export interface AuditEventRecord {
  occurredAt: Date;
  action: string;
  actorSubject: string | null;
  /** The actor's suite roles and organisation when they acted (absent for someone not signed in). */
  actorRoles?: string[] | null;
  actorOrganisation?: string | null;
  portal: string;
  itemId: string | null;
  details: { [key: string]: Json } | null;
}

export interface AuditRepository {
  append(event: AuditEventRecord): void;
  listForItem(itemId: string): (AuditEventRecord & { id: number })[];
}

export type OutboxStatus = "queued" | "sending" | "sent" | "failed";

export interface OutboxMessageRecord {
  id: string;
  channel: "email" | "sms";
  template: string;
  recipient: string;
  personalisation: Record<string, string>;
  createdAt: Date;
  /** "queued" → "sending" (claimed by a worker under a lease) → "sent" or "failed"; or back to "queued". */
  status: OutboxStatus;
  /** Claims so far: each claim counts, even one a crash cut short. */
  attempts: number;
  nextAttemptAt: Date;
  /** While "sending": until when the claiming worker holds it. Null otherwise. */
  leaseUntil: Date | null;
  sentAt: Date | null;
  /** The provider's id for the sent message (GOV.UK Notify's notification id); null in demo mode. */
  providerId: string | null;
  lastError: string | null;
}

/** A message as a producer writes it (use `enqueueEmail` in notifications/templates.ts). */
export type NewOutboxMessage = Omit<OutboxMessageRecord, "leaseUntil" | "providerId"> &
  Partial<Pick<OutboxMessageRecord, "leaseUntil" | "providerId">>;

/**
 * The transactional outbox. Producers enqueue in the transaction that causes the message; the worker
 * (notifications/worker.ts) claims, sends and records. Sending is at least once: a worker that stops
 * between the provider accepting a message and `markSent` leaves it to be claimed and sent again once
 * its lease has passed.
 */
export interface OutboxRepository {
  enqueue(message: NewOutboxMessage): void;
  /**
   * Atomically claims up to `limit` messages that are due at `now` (queued, or sending under a lease
   * that has passed): marks them "sending" with `leaseUntil`, adds one to `attempts`, returns them
   * oldest due first. While a lease holds, no other claim returns that message.
   */
  claimDue(now: Date, limit: number, leaseUntil: Date): OutboxMessageRecord[];
  /** Records the message sent unless it already was; true only for the call that recorded it. */
  markSent(id: string, at: Date, providerId: string | null): boolean;
  /** Back to "queued" until `nextAttemptAt`, keeping the error; false unless it was "sending". */
  reschedule(id: string, nextAttemptAt: Date, error: string): boolean;
  /** Gives up on a message (a permanent refusal, or too many attempts); false if it was sent or failed. */
  markFailed(id: string, error: string): boolean;
  get(id: string): OutboxMessageRecord | undefined;
  /** Newest first (at most `limit`, 100 by default), optionally only those at one status. */
  list(options?: { status?: OutboxStatus; limit?: number }): OutboxMessageRecord[];
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
