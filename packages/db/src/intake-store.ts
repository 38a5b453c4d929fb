import { and, asc, desc, eq, gt, inArray, isNull, lte, ne, or, sql } from "drizzle-orm";
import { type Db, durably } from "./connection.ts";
import {
  attachments,
  auditEvents,
  formDrafts,
  intakeItems,
  itemSubjects,
  outboxMessages,
  resumeTokens,
  serverSecrets,
} from "./schema.ts";
import type { AuditEventRecord, SubjectIndexRow } from "./triage-types.ts";

type DraftRow = typeof formDrafts.$inferSelect;
type ResumeTokenRow = typeof resumeTokens.$inferSelect;
type AttachmentRow = typeof attachments.$inferSelect;
type IntakeItemRow = typeof intakeItems.$inferSelect;
type AuditEventRow = typeof auditEvents.$inferSelect;

/** The columns a new item is submitted with; the triage state starts empty. */
type SubmittedColumns = Omit<
  IntakeItemRow,
  | "referrerAnonymous"
  | "enteredServiceAt"
  | "reroutedFrom"
  | "acknowledgedAt"
  | "assigneeSubject"
  | "assigneeName"
  | "rag"
  | "ragReason"
  | "screenedAt"
  | "decision"
  | "outcome"
  | "feedback"
  | "closedAt"
  | "closure"
  | "questionId"
  | "questionAskedAt"
  | "caseFile"
>;

/** An intake item as @portal/intake's IntakeItemRecord: its columns and its subject people's keys. */
export type IntakeItemInsert = SubmittedColumns &
  Partial<Pick<IntakeItemRow, "acknowledgedAt">> & { subjectIndex: SubjectIndexRow[] };
type OutboxStatus = "queued" | "sending" | "sent" | "failed";
type OutboxRow = Omit<typeof outboxMessages.$inferSelect, "channel" | "status"> & {
  channel: "email" | "sms";
  status: OutboxStatus;
};
/** A message as a producer writes it: the worker's columns may be left out. */
type NewOutboxRow = Omit<OutboxRow, "leaseUntil" | "providerId"> &
  Partial<Pick<OutboxRow, "leaseUntil" | "providerId">>;

/** SQLite reports a unique clash as "UNIQUE constraint failed: table.column"; drizzle may wrap it. */
function uniqueClash(error: unknown): string | undefined {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const match = /UNIQUE constraint failed: ([\w.]+)/.exec(e.message);
    if (match) return match[1];
  }
  return undefined;
}

/** SQLite caps bound parameters; delete and update in slices. */
function slices<T>(values: T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

/**
 * The intake repositories (interfaces in @portal/intake) over the suite's SQLite database.
 */
export function createSqliteIntakeStore(db: Db) {
  const drafts = {
    get(id: string): DraftRow | undefined {
      return db.select().from(formDrafts).where(eq(formDrafts.id, id)).get();
    },
    insert(draft: DraftRow): void {
      db.insert(formDrafts).values(draft).run();
    },
    update(
      id: string,
      changes: Pick<
        DraftRow,
        "formVersion" | "ownerSubject" | "answers" | "visitedPageIds" | "updatedAt" | "expiresAt"
      >,
    ): void {
      db.update(formDrafts).set(changes).where(eq(formDrafts.id, id)).run();
    },
    listOpenForOwner(ownerSubject: string, portal: string, now: Date): DraftRow[] {
      return db
        .select()
        .from(formDrafts)
        .where(
          and(
            eq(formDrafts.ownerSubject, ownerSubject),
            eq(formDrafts.portal, portal),
            gt(formDrafts.expiresAt, now),
            isNull(formDrafts.submittedItemId),
          ),
        )
        .orderBy(desc(formDrafts.updatedAt), desc(formDrafts.id))
        .all();
    },
    markSubmitted(id: string, itemId: string, at: Date): void {
      db.update(formDrafts)
        .set({ submittedItemId: itemId, submittedAt: at })
        .where(eq(formDrafts.id, id))
        .run();
    },
    expiredIds(now: Date): string[] {
      return db
        .select({ id: formDrafts.id })
        .from(formDrafts)
        .where(lte(formDrafts.expiresAt, now))
        .all()
        .map((r) => r.id);
    },
    deleteMany(ids: string[]): number {
      let deleted = 0;
      for (const slice of slices(ids)) {
        deleted += db.delete(formDrafts).where(inArray(formDrafts.id, slice)).run().changes;
      }
      return deleted;
    },
  };

  const tokens = {
    insert(token: ResumeTokenRow): void {
      db.insert(resumeTokens).values(token).run();
    },
    get(tokenHash: string): ResumeTokenRow | undefined {
      return db.select().from(resumeTokens).where(eq(resumeTokens.tokenHash, tokenHash)).get();
    },
    markUsed(tokenHash: string, at: Date): boolean {
      const result = db
        .update(resumeTokens)
        .set({ usedAt: at })
        .where(and(eq(resumeTokens.tokenHash, tokenHash), isNull(resumeTokens.usedAt)))
        .run();
      return result.changes === 1;
    },
  };

  const secrets = {
    getOrCreate(name: string, create: () => string, now: Date): string {
      db.insert(serverSecrets).values({ name, value: create(), createdAt: now }).onConflictDoNothing().run();
      const row = db.select().from(serverSecrets).where(eq(serverSecrets.name, name)).get();
      if (!row) throw new Error(`Server secret ${name} could not be kept`);
      return row.value;
    },
  };

  const files = {
    insert(attachment: Omit<AttachmentRow, "messageId"> & { messageId?: string | null }): void {
      db.insert(attachments).values(attachment).run();
    },
    get(id: string): AttachmentRow | undefined {
      return db.select().from(attachments).where(eq(attachments.id, id)).get();
    },
    listForDraft(draftId: string): AttachmentRow[] {
      return db
        .select()
        .from(attachments)
        .where(eq(attachments.draftId, draftId))
        .orderBy(asc(attachments.createdAt), asc(attachments.id))
        .all();
    },
    listForItem(itemId: string): AttachmentRow[] {
      return db
        .select()
        .from(attachments)
        .where(eq(attachments.itemId, itemId))
        .orderBy(asc(attachments.createdAt), asc(attachments.id))
        .all();
    },
    /** By item first, so the lookup uses the item's index. */
    listForMessage(itemId: string, messageId: string): AttachmentRow[] {
      return db
        .select()
        .from(attachments)
        .where(and(eq(attachments.itemId, itemId), eq(attachments.messageId, messageId)))
        .orderBy(asc(attachments.createdAt), asc(attachments.id))
        .all();
    },
    deleteFromDraft(draftId: string, id: string): boolean {
      const result = db
        .delete(attachments)
        .where(and(eq(attachments.id, id), eq(attachments.draftId, draftId), isNull(attachments.itemId)))
        .run();
      return result.changes === 1;
    },
    assignToItem(draftId: string, itemId: string): void {
      db.update(attachments)
        .set({ itemId })
        .where(and(eq(attachments.draftId, draftId), isNull(attachments.itemId)))
        .run();
    },
    deleteUnsubmittedForDrafts(draftIds: string[]): string[] {
      const hashes: string[] = [];
      for (const slice of slices(draftIds)) {
        const rows = db
          .delete(attachments)
          .where(and(inArray(attachments.draftId, slice), isNull(attachments.itemId)))
          .returning({ sha256: attachments.sha256 })
          .all();
        hashes.push(...rows.map((r) => r.sha256));
      }
      return hashes;
    },
    isHashReferenced(sha256: string): boolean {
      return (
        db
          .select({ id: attachments.id })
          .from(attachments)
          .where(eq(attachments.sha256, sha256))
          .limit(1)
          .get() !== undefined
      );
    },
  };

  const subjectIndexOf = (itemId: string): SubjectIndexRow[] =>
    db
      .select({
        name: itemSubjects.name,
        role: itemSubjects.role,
        normalName: itemSubjects.normalName,
        givenKey: itemSubjects.givenKey,
        familyKey: itemSubjects.familyKey,
        dateOfBirth: itemSubjects.dateOfBirth,
        postcode: itemSubjects.postcode,
      })
      .from(itemSubjects)
      .where(eq(itemSubjects.itemId, itemId))
      .orderBy(asc(itemSubjects.position))
      .all();

  const withSubjects = (row: IntakeItemRow | undefined) =>
    row ? { ...row, subjectIndex: subjectIndexOf(row.id) } : undefined;

  const items = {
    /** Writes the item and its item_subjects rows; the caller's `durably` makes them one transaction. */
    insert(item: IntakeItemInsert): "inserted" | "reference-taken" | "draft-taken" {
      const { subjectIndex, ...columns } = item;
      try {
        db.insert(intakeItems)
          .values({
            ...columns,
            referrerAnonymous: columns.referrer.anonymous === true,
            enteredServiceAt: columns.receivedAt,
          })
          .run();
      } catch (error) {
        const column = uniqueClash(error);
        if (column === "intake_items.reference") return "reference-taken";
        if (column === "intake_items.draft_id") return "draft-taken";
        throw error;
      }
      if (subjectIndex.length > 0) {
        db.insert(itemSubjects)
          .values(subjectIndex.map((person, position) => ({ ...person, itemId: item.id, position })))
          .run();
      }
      return "inserted";
    },
    get(id: string) {
      return withSubjects(db.select().from(intakeItems).where(eq(intakeItems.id, id)).get());
    },
    findByDraftId(draftId: string) {
      return withSubjects(db.select().from(intakeItems).where(eq(intakeItems.draftId, draftId)).get());
    },
  };

  const audit = createAuditRepository(db);

  const outbox = {
    enqueue(message: NewOutboxRow): void {
      db.insert(outboxMessages).values(message).run();
    },
    /**
     * Claims up to `limit` due messages for one worker, in one IMMEDIATE transaction: each becomes
     * "sending" with the worker's lease and one more attempt. Due means queued, or sending under a lease
     * that has passed (its worker stopped), with next_attempt_at at or before `now`. Two workers never
     * claim the same message while its lease holds.
     */
    claimDue(now: Date, limit: number, leaseUntil: Date): OutboxRow[] {
      if (limit < 1) return [];
      return db.$client
        .transaction(() => {
          const due = db
            .select({ id: outboxMessages.id })
            .from(outboxMessages)
            .where(
              and(
                or(
                  eq(outboxMessages.status, "queued"),
                  and(eq(outboxMessages.status, "sending"), lte(outboxMessages.leaseUntil, now)),
                ),
                lte(outboxMessages.nextAttemptAt, now),
              ),
            )
            .orderBy(asc(outboxMessages.nextAttemptAt), asc(outboxMessages.id))
            .limit(limit);
          const claimed = db
            .update(outboxMessages)
            .set({ status: "sending", leaseUntil, attempts: sql`${outboxMessages.attempts} + 1` })
            .where(inArray(outboxMessages.id, due))
            .returning()
            .all() as OutboxRow[];
          return claimed.sort(
            (a, b) =>
              a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime() ||
              (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
          );
        })
        .immediate();
    },
    /** Records the message sent unless it already is; true only for the call that recorded it. */
    markSent(id: string, at: Date, providerId: string | null): boolean {
      const result = db
        .update(outboxMessages)
        .set({ status: "sent", sentAt: at, providerId, leaseUntil: null, lastError: null })
        .where(and(eq(outboxMessages.id, id), ne(outboxMessages.status, "sent")))
        .run();
      return result.changes === 1;
    },
    /** Puts a claimed message back in the queue until `nextAttemptAt`; false unless it was "sending". */
    reschedule(id: string, nextAttemptAt: Date, error: string): boolean {
      const result = db
        .update(outboxMessages)
        .set({ status: "queued", nextAttemptAt, lastError: error, leaseUntil: null })
        .where(and(eq(outboxMessages.id, id), eq(outboxMessages.status, "sending")))
        .run();
      return result.changes === 1;
    },
    /** Gives up on a message that is not sent; false when it was already sent or failed. */
    markFailed(id: string, error: string): boolean {
      const result = db
        .update(outboxMessages)
        .set({ status: "failed", lastError: error, leaseUntil: null })
        .where(and(eq(outboxMessages.id, id), inArray(outboxMessages.status, ["queued", "sending"])))
        .run();
      return result.changes === 1;
    },
    get(id: string): OutboxRow | undefined {
      return db.select().from(outboxMessages).where(eq(outboxMessages.id, id)).get() as OutboxRow | undefined;
    },
    /** Messages newest first, for the outbox viewer: all of them or those at one status. */
    list(options: { status?: OutboxStatus; limit?: number } = {}): OutboxRow[] {
      return db
        .select()
        .from(outboxMessages)
        .where(options.status ? eq(outboxMessages.status, options.status) : undefined)
        .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
        .limit(options.limit ?? 100)
        .all() as OutboxRow[];
    },
  };

  return {
    drafts,
    resumeTokens: tokens,
    outbox,
    secrets,
    attachments: files,
    items,
    audit,
    durably: <T>(work: () => T): T => durably(db, work),
  };
}

export type SqliteIntakeStore = ReturnType<typeof createSqliteIntakeStore>;

/** The append-only audit trail, shared by the intake and triage stores. */
export function createAuditRepository(db: Db) {
  return {
    append(event: AuditEventRecord): void {
      db.insert(auditEvents)
        .values({
          ...event,
          actorRoles: event.actorRoles ? [...event.actorRoles] : null,
          actorOrganisation: event.actorOrganisation ?? null,
        })
        .run();
    },
    listForItem(itemId: string): AuditEventRow[] {
      return db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.itemId, itemId))
        .orderBy(asc(auditEvents.occurredAt), asc(auditEvents.id))
        .all();
    },
  };
}
