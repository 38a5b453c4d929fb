/**
 * A separate outbox process (tests only), so a test can kill it mid-send or race several of them.
 *
 *   node --import tsx <this> send <database> <notifyBaseUrl> <leaseMs>
 *     runs the suite's outbox worker (one message per run) against a stand-in Notify until killed;
 *   node --import tsx <this> claim <database> <leaseMs> <batch>
 *     claims batches until none are left and prints the claimed ids as JSON.
 *
 * Each prints "ready" once it has opened the database.
 */
import { parseEnv } from "@portal/config";
import { createSqliteIntakeStore, openDatabase } from "@portal/db";
import { openOutboxWorker } from "./open.ts";
import { notifyVars } from "./test-support.ts";

const [mode, databasePath, ...rest] = process.argv.slice(2);
if (!databasePath) throw new Error("usage: outbox-worker send|claim <database> …");
const db = openDatabase(databasePath);

if (mode === "send") {
  const [baseUrl = "", leaseMs = "60000"] = rest;
  const env = parseEnv({ NODE_ENV: "test", DATABASE_PATH: databasePath, ...notifyVars(baseUrl) });
  const lease = Number(leaseMs);
  const worker = openOutboxWorker(db, env, { batchSize: 1, leaseMs: lease, timeoutMs: lease / 2 });
  process.stdout.write("ready\n");
  worker.start(20);
} else if (mode === "claim") {
  const [leaseMs = "60000", batch = "2"] = rest;
  const store = createSqliteIntakeStore(db);
  process.stdout.write("ready\n");
  const claimed: string[] = [];
  for (;;) {
    const now = new Date();
    const rows = store.outbox.claimDue(now, Number(batch), new Date(now.getTime() + Number(leaseMs)));
    if (rows.length === 0) break;
    claimed.push(...rows.map((r) => r.id));
  }
  process.stdout.write(`${JSON.stringify(claimed)}\n`);
} else {
  throw new Error(`unknown mode ${mode}`);
}
