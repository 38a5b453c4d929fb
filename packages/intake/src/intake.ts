import { attachmentsDir, type Env } from "@portal/config";
import { createSqliteIntakeStore, type Db } from "@portal/db";
import { createDirectoryFileStore, type FileStore } from "./attachments/file-store.ts";
import { createAttachmentService } from "./attachments/service.ts";
import { createDraftService } from "./drafts.ts";
import { createResumeLinkService, resolveResumeSecret } from "./resume-links.ts";
import type { IntakeStore } from "./store.ts";
import { createSubmitService } from "./submit.ts";

export interface IntakeOptions {
  store: IntakeStore;
  files: FileStore;
  /** Key for resume links (see resolveResumeSecret). */
  resumeSecret: Uint8Array;
  draftTtlDays: number;
  attachmentMaxBytes: number;
  /** Random integer below n, for reference numbers; crypto.randomInt by default. */
  random?: (n: number) => number;
}

/** Everything the portals call to save, resume, attach and submit forms. */
export function createIntake(options: IntakeOptions) {
  const { store, files } = options;
  const drafts = createDraftService(options);
  return {
    ...drafts,
    ...createResumeLinkService(options),
    ...createAttachmentService(options),
    ...createSubmitService(options),

    /**
     * Deletes drafts whose expiry has passed (submitted ones too: the item keeps what was sent),
     * with their resume links and the files attached to them that were never sent. Run it daily.
     */
    async deleteExpiredDrafts(now: Date): Promise<{ drafts: number; attachments: number; files: number }> {
      const { count, hashes } = store.durably(() => {
        const ids = store.drafts.expiredIds(now);
        const hashes = store.attachments.deleteUnsubmittedForDrafts(ids);
        return { count: store.drafts.deleteMany(ids), hashes };
      });
      let removed = 0;
      for (const sha256 of new Set(hashes)) {
        if (store.attachments.isHashReferenced(sha256)) continue;
        await files.remove(sha256);
        removed++;
      }
      return { drafts: count, attachments: hashes.length, files: removed };
    },
  };
}

export type Intake = ReturnType<typeof createIntake>;

/**
 * The intake services over the suite's database and attachments folder, configured from the
 * environment. Call once per app, after applyMigrations.
 */
export function openIntake(db: Db, env: Env, now: Date = new Date()): Intake {
  const store: IntakeStore = createSqliteIntakeStore(db);
  return createIntake({
    store,
    files: createDirectoryFileStore(attachmentsDir(env)),
    resumeSecret: resolveResumeSecret(env, store.secrets, now),
    draftTtlDays: env.DRAFT_TTL_DAYS,
    attachmentMaxBytes: env.ATTACHMENT_MAX_BYTES,
  });
}
