import { appUrl, attachmentsDir, type Env } from "@portal/config";
import { createSqliteIntakeStore, createSqliteLadoStore, createSqliteTriageStore, type Db } from "@portal/db";
import { createDirectoryFileStore, type FileStore } from "./attachments/file-store.ts";
import { createAttachmentService } from "./attachments/service.ts";
import { createDraftService } from "./drafts.ts";
import { createLado, type Lado } from "./lado/service.ts";
import type { LadoStore } from "./lado/store.ts";
import { createReferrals, type Referrals } from "./referrals/service.ts";
import { createResumeLinkService, resolveResumeSecret } from "./resume-links.ts";
import { slaFromEnv } from "./sla/index.ts";
import type { IntakeStore } from "./store.ts";
import { createSubmitService, type SubmitOptions } from "./submit.ts";
import { createTriage, type Triage } from "./triage/service.ts";
import type { TriageStore } from "./triage/store.ts";

export interface IntakeOptions extends SubmitOptions {
  store: IntakeStore;
  files: FileStore;
  /** Key for resume links (see resolveResumeSecret). */
  resumeSecret: Uint8Array;
  draftTtlDays: number;
  attachmentMaxBytes: number;
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
    ...intakeSettings(env),
  });
}

/** The intake options the environment decides. */
export function intakeSettings(env: Env) {
  return {
    draftTtlDays: env.DRAFT_TTL_DAYS,
    attachmentMaxBytes: env.ATTACHMENT_MAX_BYTES,
    ...slaFromEnv(env),
    referrerLink: referrerLink(env),
    noticeLink: (itemId: string) => `${appUrl(env, "professionals")}/notices/${encodeURIComponent(itemId)}`,
    schools: env.SCHOOL_CONTACTS,
    schoolDayStartMinutes: env.SCHOOL_DAY_START,
  };
}

/** Where a referrer follows a referral: the public portal's requests, or the professionals' referrals. */
export function referrerLink(env: Env) {
  return (portal: string, itemId: string) =>
    portal === "public"
      ? `${appUrl(env, "public")}/requests/${encodeURIComponent(itemId)}`
      : `${appUrl(env, "professionals")}/referrals/${encodeURIComponent(itemId)}`;
}

function triageStore(db: Db): TriageStore {
  const { outbox, attachments } = createSqliteIntakeStore(db);
  return { ...createSqliteTriageStore(db), outbox, attachments };
}

/** The shared queue's service over the suite's database, on the configured working calendar. */
export function openTriage(db: Db, env: Env): Triage {
  return createTriage({
    store: triageStore(db),
    files: createDirectoryFileStore(attachmentsDir(env)),
    referrerLink: referrerLink(env),
    ...slaFromEnv(env),
  });
}

/** The referrer's side of the queue, over the same store and attachments folder. */
export function openReferrals(db: Db, env: Env): Referrals {
  return createReferrals({
    store: triageStore(db),
    files: createDirectoryFileStore(attachmentsDir(env)),
    attachmentMaxBytes: env.ATTACHMENT_MAX_BYTES,
    ...slaFromEnv(env),
    lado: createSqliteLadoStore(db).lado,
    schools: env.SCHOOL_CONTACTS,
    schoolDayStartMinutes: env.SCHOOL_DAY_START,
  });
}

function ladoStore(db: Db): LadoStore {
  const { outbox, attachments } = createSqliteIntakeStore(db);
  return { ...createSqliteLadoStore(db), outbox, attachments };
}

/** The LADO's case service over the suite's database, on the configured working calendar and deadlines. */
export function openLado(db: Db, env: Env): Lado {
  return createLado({
    store: ladoStore(db),
    files: createDirectoryFileStore(attachmentsDir(env)),
    referrerLink: referrerLink(env),
    ...slaFromEnv(env),
  });
}
