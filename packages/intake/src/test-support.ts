import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Env, parseEnv } from "@portal/config";
import { applyMigrations, createSqliteIntakeStore, type Db, openDatabase } from "@portal/db";
import { createIntake, type IntakeOptions, intakeSettings, openIntake } from "./intake.ts";
import type { SubmitReferralInput, SubmitReferralResult } from "./submit.ts";

/** A fresh migrated SQLite file in a temporary folder, with attachments beside it (tests only). */
export function testDatabase(vars: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), "intake-"));
  const databasePath = join(dir, "portal.db");
  const env: Env = parseEnv({ NODE_ENV: "test", DATABASE_PATH: databasePath, ...vars });
  const db = openDatabase(databasePath);
  applyMigrations(db);
  return { dir, databasePath, env, db, attachmentsDir: join(dir, "attachments") };
}

export function testIntake(vars: Record<string, string> = {}, now = new Date("2026-11-02T10:00:00Z")) {
  const t = testDatabase(vars);
  const intake = openIntake(t.db, t.env, now);
  return { ...t, intake, store: createSqliteIntakeStore(t.db) };
}

/** The intake services over another store (for example one that fails on purpose). */
export function intakeWith(db: Db, env: Env, options: Partial<IntakeOptions>) {
  return createIntake({
    store: createSqliteIntakeStore(db),
    files: { put: async () => {}, read: async () => null, remove: async () => {} },
    resumeSecret: Buffer.from("test-secret-test-secret-test-secret"),
    ...intakeSettings(env),
    ...options,
  });
}

export const at = (iso: string) => new Date(iso);

/** Sends a referral through the real draft and submit services, as a portal does (tests only). */
export function sendTestReferral(
  intake: ReturnType<typeof createIntake>,
  input: Omit<SubmitReferralInput, "draftId">,
): SubmitReferralResult {
  const saved = intake.saveDraftPage({
    actor: { subject: input.referrer.subject ?? null, portal: input.portal },
    formId: input.formId,
    formVersion: input.formVersion,
    answers: {},
    visitedPageIds: [],
    now: input.now,
  });
  if (!("ok" in saved)) throw new Error(saved.error);
  return intake.submitReferral({ ...input, draftId: saved.ok.id });
}
