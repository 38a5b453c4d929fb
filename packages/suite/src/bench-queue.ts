/**
 * `pnpm bench:queue [count]`: times the triage queue's reads on DATABASE_PATH (default ./data/portal.db),
 * first seeding synthetic items until it holds `count` (default 1,000,000). A script, not a test.
 *
 *   (a) a MASH practitioner's default queue: first page of open children's items, plus the counts —
 *       through the triage service exactly as the /queue loader calls it, and through the repository
 *   (b) a deep filtered page: children's closed items after ~2,000 pages (a real row as the cursor)
 *   (c) overdue and unassigned, first page, all three services
 *   (d) matching candidates for a subject with the commonest family name key
 *   (e), (f) for context: candidates sharing only that family key; closed pages across all services
 */
import { statSync } from "node:fs";
import { parseEnv } from "@portal/config";
import {
  applyMigrations,
  createSqliteTriageStore,
  explainQueryPlan,
  openDatabase,
  recordQueries,
  type triageShapes,
} from "@portal/db";
import { type Actor, openTriage } from "@portal/intake";
import { bulkLoadPragmas, databasePath, parseCount, seedBulk } from "./bulk-data.ts";

type TriageService = triageShapes.TriageService;

const RUNS = 200;
const WARM_UP = 20;
const PAGE = 25;
const ALL: TriageService[] = ["children", "early-help", "adults"];

const target = parseCount(process.argv[2], 1_000_000);
const path = databasePath();
const n = (value: number) => value.toLocaleString("en-GB");

// Seed (with bulk-load settings) on a connection of its own, then measure on one set up as the apps do.
{
  const seeding = openDatabase(path);
  applyMigrations(seeding);
  const existing = seeding.$client.prepare("SELECT count(*) FROM intake_items").pluck().get() as number;
  if (existing < target) {
    console.log(`Seeding ${n(target - existing)} items into ${path} (it holds ${n(existing)})…`);
    bulkLoadPragmas(seeding);
    const result = seedBulk(seeding, target - existing);
    console.log(`  done in ${(result.ms / 1000).toFixed(1)} s`);
    seeding.$client.pragma("wal_checkpoint(TRUNCATE)");
  }
  seeding.$client.close();
}

const db = openDatabase(path);
const client = db.$client;
const now = new Date();
const count = (sql: string) => client.prepare(sql).pluck().get() as number;

console.log(`\nDatabase ${path}: ${(statSync(path).size / 1024 / 1024).toFixed(0)} MB`);
console.log(
  `  intake_items ${n(count("SELECT count(*) FROM intake_items"))} (open ${n(count("SELECT count(*) FROM intake_items WHERE status <> 'closed'"))}), ` +
    `item_subjects ${n(count("SELECT count(*) FROM item_subjects"))}, item_checks ${n(count("SELECT count(*) FROM item_checks"))}`,
);

// The inputs each scenario needs, taken from real rows.
const deepCursor = client
  .prepare(
    `SELECT queue_key AS queueKey, id FROM intake_items WHERE service = 'children' AND status = 'closed'
     ORDER BY queue_key, id LIMIT 1 OFFSET ?`,
  )
  .get(2_000 * PAGE - 1) as { queueKey: number; id: string } | undefined;
if (!deepCursor) throw new Error("Too few closed children's items for a page 2,000 cursor");
const commonKey = client
  .prepare(
    `SELECT family_key FROM item_subjects WHERE family_key IS NOT NULL
     GROUP BY family_key ORDER BY count(*) DESC LIMIT 1`,
  )
  .pluck()
  .get() as string;
const subject = client
  .prepare(
    `SELECT normal_name AS normalName, given_key AS givenKey, family_key AS familyKey,
       date_of_birth AS dateOfBirth, postcode FROM item_subjects
     WHERE family_key = ? AND date_of_birth IS NOT NULL AND postcode IS NOT NULL ORDER BY rowid DESC LIMIT 1`,
  )
  .get(commonKey) as triageShapes.PersonKeys;
const worker = client
  .prepare("SELECT assignee_subject FROM intake_items WHERE assignee_subject IS NOT NULL LIMIT 1")
  .pluck()
  .get() as string | undefined;

const triage = openTriage(db, parseEnv({ DATABASE_PATH: path }));
const practitioner: Actor = {
  subject: worker ?? "bench-worker",
  name: "Bench Worker",
  roles: ["mash:practitioner"],
  organisation: "Council children's services",
  organisationType: "council",
};

const scenarios: { name: string; run: (store: ReturnType<typeof createSqliteTriageStore>) => number }[] = [
  {
    name: "(a) /queue loader: triage.queue() for a practitioner",
    run: () => triage.queue(practitioner, {}, now).rows.length,
  },
  {
    name: "(a) repository: first page + counts",
    run: (store) => {
      const rows = store.triage.queue({ services: ["children"], stage: "open", now }, null, PAGE);
      store.triage.counts({ services: ["children"], now, assignee: worker });
      return rows.length;
    },
  },
  {
    name: "(b) children's closed, page ~2,001 (keyset)",
    run: (store) =>
      store.triage.queue({ services: ALL, service: "children", stage: "closed", now }, deepCursor, PAGE)
        .length,
  },
  {
    name: "(c) overdue + unassigned, first page",
    run: (store) =>
      store.triage.queue({ services: ALL, stage: "open", overdue: true, assignee: "none", now }, null, PAGE)
        .length,
  },
  {
    name: `(d) candidates, family key ${commonKey} (limit 200)`,
    run: (store) => store.triage.candidates([subject], 200).length,
  },
  // Two more for context: the broad candidate search alone, and closed pages merged across services.
  {
    name: `(e) candidates, only family key ${commonKey} shared`,
    run: (store) =>
      store.triage.candidates(
        [{ normalName: null, givenKey: "QQQQ", familyKey: commonKey, dateOfBirth: null, postcode: null }],
        200,
      ).length,
  },
  {
    name: "(f) closed, all three services, page ~2,001",
    run: (store) => store.triage.queue({ services: ALL, stage: "closed", now }, deepCursor, PAGE).length,
  },
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

console.log(`\n${RUNS} runs each after ${WARM_UP} to warm up (ms):`);
const results: string[] = [];
const plans: string[] = [];
for (const scenario of scenarios) {
  // A fresh store per scenario, so its statements are prepared (and recorded) here.
  const recording = recordQueries(db);
  const store = createSqliteTriageStore(db);
  let rows = scenario.run(store);
  recording.stop();
  for (let i = 1; i < WARM_UP; i++) scenario.run(store);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    rows = scenario.run(store);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const fmt = (ms: number) => ms.toFixed(2).padStart(7);
  results.push(
    `${scenario.name.padEnd(52)} p50 ${fmt(percentile(times, 50))}  p95 ${fmt(percentile(times, 95))}  max ${fmt(times[times.length - 1]!)}  rows ${rows}`,
  );
  console.log(results[results.length - 1]);
  plans.push(`\n${scenario.name}`);
  for (const query of recording.queries) {
    plans.push(`  ${query.sql.replace(/\s+/g, " ").trim()}`);
    for (const line of explainQueryPlan(db, query.sql, query.params)) plans.push(`    ${line}`);
  }
}

console.log("\nQuery plans:");
console.log(plans.join("\n"));
client.close();
