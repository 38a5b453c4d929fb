import { and, asc, desc, eq, gt, inArray, isNull, lte } from "drizzle-orm";
import { type Db, durably } from "./connection.ts";
import {
  attachments,
  auditEvents,
  formDrafts,
  intakeItems,
  outboxMessages,
  resumeTokens,
  serverSecrets,
} from "./schema.ts";

type DraftRow = typeof formDrafts.$inferSelect;
type ResumeTokenRow = typeof resumeTokens.$inferSelect;
type AttachmentRow = typeof attachments.$inferSelect;
type IntakeItemRow = typeof intakeItems.$inferSelect;
type AuditEventRow = typeof auditEvents.$inferSelect;
type OutboxRow = Omit<typeof outboxMessages.$inferSelect, "channel" | "status"> & {
  channel: "email" | "sms";
  status: "queued" | "sent" | "failed";
};

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
    insert(attachment: AttachmentRow): void {
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

  const items = {
    insert(item: IntakeItemRow): "inserted" | "reference-taken" | "draft-taken" {
      try {
        db.insert(intakeItems).values(item).run();
        return "inserted";
      } catch (error) {
        const column = uniqueClash(error);
        if (column === "intake_items.reference") return "reference-taken";
        if (column === "intake_items.draft_id") return "draft-taken";
        throw error;
      }
    },
    get(id: string): IntakeItemRow | undefined {
      return db.select().from(intakeItems).where(eq(intakeItems.id, id)).get();
    },
    findByDraftId(draftId: string): IntakeItemRow | undefined {
      return db.select().from(intakeItems).where(eq(intakeItems.draftId, draftId)).get();
    },
  };

  const audit = {
    append(event: Omit<AuditEventRow, "id">): void {
      db.insert(auditEvents).values(event).run();
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

  const outbox = {
    enqueue(message: OutboxRow): void {
      db.insert(outboxMessages).values(message).run();
    },
    list(): OutboxRow[] {
      return db.select().from(outboxMessages).orderBy(outboxMessages.createdAt).all() as OutboxRow[];
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
