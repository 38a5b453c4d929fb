/**
 * A separate process that submits a draft (tests only): `node --import tsx <this> <db> <draftId>`.
 * Prints "ready" before it submits and the JSON result afterwards.
 */
import { parseEnv } from "@portal/config";
import { openDatabase } from "@portal/db";
import { openIntake } from "./intake.ts";

const [databasePath, draftId] = process.argv.slice(2);
if (!databasePath || !draftId) throw new Error("usage: submit-worker <database> <draftId>");
const env = parseEnv({ NODE_ENV: "test", DATABASE_PATH: databasePath, RESUME_TOKEN_SECRET: "w".repeat(32) });
const intake = openIntake(openDatabase(databasePath), env);
process.stdout.write("ready\n");
const result = intake.submitReferral({
  draftId,
  service: "children",
  formId: "marf",
  formVersion: 1,
  answers: { from: `process ${process.pid}` },
  subjects: [{ name: "Sam Smith" }],
  referrer: { subject: "dsl", anonymous: false },
  portal: "professionals",
  now: new Date("2026-11-02T10:00:00Z"),
});
process.stdout.write(`${JSON.stringify(result)}\n`);
