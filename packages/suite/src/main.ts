import { resolve } from "node:path";
import { env } from "@portal/config";
import { applyMigrations, openDatabase } from "@portal/db";
import { seedDemoPersonas } from "@portal/identity";
import { openIntake, openOutboxWorker } from "@portal/intake";
import { seedDemoReferrals } from "./demo-referrals.ts";
import { APP_NAMES, REPO_ROOT, type RunningApp, startApp, stopAll, waitForHealth } from "./processes.ts";
import { seedDemoCommissioning } from "./seed-commissioning.ts";

// `pnpm start` is the newcomer's command: demo data and the embedded issuer unless told otherwise.
process.env.DEMO_MODE ??= "1";
// The demo school's safeguarding lead receives Operation Encompass notices.
if (process.env.DEMO_MODE === "1")
  process.env.SCHOOL_CONTACTS ??= JSON.stringify([
    { name: "Greenfield Primary School", email: "dsl@school.example.org" },
  ]);
// Every app opens the same file, whatever folder it runs in.
process.env.DATABASE_PATH = resolve(
  process.env.INIT_CWD ?? REPO_ROOT,
  process.env.DATABASE_PATH || "./data/portal.db",
);
const settings = env();

const db = openDatabase(settings.DATABASE_PATH);
applyMigrations(db);
if (settings.DEMO_MODE) {
  await seedDemoPersonas(db);
  // A newcomer's queue has work in it; an existing database is never touched.
  seedDemoReferrals(db, settings);
  // Two care providers' orders, eight weeks of visits, invoices and queries, for the providers portal.
  seedDemoCommissioning(db, settings, new Date());
}

// Saved answers past their expiry are unreachable already; this removes them and their files.
const intake = openIntake(db, settings);
const housekeeping = async () => {
  const removed = await intake.deleteExpiredDrafts(new Date());
  console.log(JSON.stringify({ level: "info", msg: "expired drafts removed", ...removed }));
};
await housekeeping();
const daily = setInterval(() => void housekeeping(), 24 * 60 * 60 * 1000);

// Emails wait in the outbox until this sends them (GOV.UK Notify; in demo mode, nothing leaves).
const outbox = openOutboxWorker(db, settings);
outbox.start(settings.OUTBOX_POLL_SECONDS * 1000);

const running: RunningApp[] = [];
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  clearInterval(daily);
  await outbox.stop();
  console.log("\nStopping all apps…");
  await stopAll(running);
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  // The issuer first: portals discover it on their first sign-in.
  const identity = startApp("identity", settings, {});
  running.push(identity);
  await waitForHealth(identity);
  const portals = APP_NAMES.filter((app) => app !== "identity").map((app) => startApp(app, settings, {}));
  running.push(...portals);
  await Promise.all(portals.map((p) => waitForHealth(p)));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
}

for (const app of running) {
  app.process.once("exit", (code) => {
    if (!stopping) {
      console.error(`${app.app} stopped unexpectedly (exit ${code}); stopping the rest.`);
      void shutdown(1);
    }
  });
}

const width = Math.max(...APP_NAMES.map((a) => a.length));
console.log(`\nThe referral portal suite is running${settings.DEMO_MODE ? " with demo data" : ""}:\n`);
for (const app of running) console.log(`  ${app.app.padEnd(width)}  ${app.url}`);
console.log(`\nDatabase: ${settings.DATABASE_PATH}`);
if (settings.DEMO_MODE) console.log("Demo sign-in: any persona in the README, password demo-password-1");
console.log("Press Ctrl-C to stop them all.");
