/**
 * How long the actuals import takes on a 10,000-row file, measured twice:
 * 1. parse, validate and plan alone, with no I/O;
 * 2. the whole import through the service (`importActuals`) into a fresh migrated SQLite file
 *    database: loading the provider's records, planning, and saving every new or updated visit with
 *    its audit event in one durable transaction; then, on the same database, the same file under a
 *    new file reference (every row unchanged) and the same visits each a minute longer (every row
 *    an update). Each run starts from a fresh copy of a seeded template database.
 * Prints numbers; it asserts nothing. Run: pnpm --filter @portal/commissioning bench:csv
 *
 * The file is one week of four calls a day for 358 people (10,024 visits, cut to 10,000 rows), with
 * one row in fifty unreadable in some way so rejection is exercised, and the provider already has the
 * previous week and half of this week recorded, so overlap checks and updates have history to search.
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyMigrations, createSqliteCommissioningStore, openDatabase } from "@portal/db";
import { formatClock, londonInstant, parseClock } from "@portal/intake/london-clock";
import {
  ACTUALS_COLUMNS,
  type Contract,
  csvLine,
  type ImportContext,
  type Provider,
  planActualsImport,
  type ServiceOrder,
  type Visit,
} from "../src/index.ts";
import { createCommissioning } from "../src/service.ts";

const ROWS = 10_000;
const PEOPLE = Math.ceil(ROWS / 28);
const MONDAY = "2026-11-16";
const WEEK = [
  "2026-11-16",
  "2026-11-17",
  "2026-11-18",
  "2026-11-19",
  "2026-11-20",
  "2026-11-21",
  "2026-11-22",
];
const PREVIOUS_WEEK = [
  "2026-11-09",
  "2026-11-10",
  "2026-11-11",
  "2026-11-12",
  "2026-11-13",
  "2026-11-14",
  "2026-11-15",
];
const CALLS = ["07:30", "12:00", "17:00", "21:00"];

const provider: Provider = {
  id: "Sunrise Care Ltd",
  name: "Sunrise Care Ltd",
  ref: "SUN01",
  supplierRef: "100234",
};
const contract: Contract = {
  id: "contract-1",
  providerId: provider.id,
  number: "HC-2026-001",
  serviceType: "HOME CARE",
  costCentre: "ASC-HC-01",
  rates: {
    bandStarts: { day: 420, evening: 1140, night: 1320 },
    pencePerHour: {
      weekday: { day: 2400, evening: 2640, night: 2880 },
      weekend: { day: 2700, evening: 2940, night: 3180 },
      "bank-holiday": { day: 3600, evening: 3960, night: 4320 },
    },
  },
  tolerance: { minutes: 5, percent: 10 },
};

const person = (i: number) => `SU${String(10_000 + i)}`;
const orders: ServiceOrder[] = Array.from({ length: PEOPLE }, (_, i) => ({
  id: `order-${i}`,
  providerId: provider.id,
  contractId: contract.id,
  serviceUserRef: person(i),
  versions: [
    {
      version: 1,
      effectiveFrom: "2026-11-02",
      terms: {
        startDate: "2026-11-02",
        endDate: null,
        calls: [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) =>
          CALLS.map((start) => ({ weekday, start, minutes: 30, carers: 1 })),
        ),
      },
      issuedAt: new Date("2026-10-30T10:00:00Z"),
      decision: {
        outcome: "accepted" as const,
        by: "user-sunrise",
        at: new Date("2026-10-30T11:00:00Z"),
        reason: null,
      },
    },
  ],
}));

const ddmmyyyy = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

/**
 * The file, from a small deterministic generator so every run times the same rows; `longer` adds
 * minutes to every actual duration (the same visits, each one changed).
 */
function actualsFile(reference: string, longer = 0): { text: string; rows: number } {
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const lines = [csvLine(ACTUALS_COLUMNS)];
  let rows = 0;
  for (let p = 0; p < PEOPLE && rows < ROWS; p++) {
    for (const date of WEEK) {
      for (const start of CALLS) {
        if (rows === ROWS) break;
        rows++;
        const actualStart = (parseClock(start) ?? 0) + Math.floor(random() * 10);
        const seconds = Math.floor(random() * 60);
        const duration = 25 + Math.floor(random() * 12) + longer;
        const broken = rows % 50 === 0;
        lines.push(
          csvLine([
            reference,
            provider.ref,
            contract.number,
            broken && rows % 100 === 0 ? "SU99999" : person(p),
            "22/11/2026",
            "HOME CARE",
            broken && rows % 100 !== 0 ? "31/11/2026" : ddmmyyyy(date),
            start,
            "00:30:00",
            `${formatClock(actualStart)}:${String(seconds).padStart(2, "0")}`,
            `00:${String(duration).padStart(2, "0")}:00`,
            "False",
            "1",
          ]),
        );
      }
    }
  }
  return { text: lines.join(""), rows };
}
const { text, rows } = actualsFile("SUN-2026-47");

function visit(p: number, date: string, start: string, index: number): Visit {
  return {
    id: `visit-${index}`,
    providerId: provider.id,
    orderId: `order-${p}`,
    serviceUserRef: person(p),
    date,
    claimedStart: start,
    claimedMinutes: 30,
    actualStart: londonInstant(date, parseClock(start) ?? 0),
    actualMinutes: 30,
    carers: 1,
    status: "completed",
    reason: null,
    plannedVisitId: `order-${p}:${date}:${start}`,
    source: { kind: "calendar" },
    recordedAt: new Date("2026-11-23T09:00:00Z"),
    recordedBy: "user-sunrise",
  };
}
const existingVisits: Visit[] = [];
for (let p = 0; p < PEOPLE; p++) {
  for (const date of PREVIOUS_WEEK)
    for (const start of CALLS) existingVisits.push(visit(p, date, start, existingVisits.length));
  if (p % 2 === 0)
    for (const start of CALLS) existingVisits.push(visit(p, MONDAY, start, existingVisits.length));
}

const ctx: ImportContext = {
  actor: { subject: "user-sunrise", name: "Ruth Green", roles: ["provider:user"], organisation: provider.id },
  provider,
  contracts: [contract],
  orders,
  seenFileReferences: new Set(Array.from({ length: 46 }, (_, i) => `SUN-2026-${i + 1}`)),
  existingVisits,
  lockedWeeks: new Set(["2026-11-02"]),
  now: new Date("2026-11-24T09:00:00Z"),
};

const RUNS = 5;
const ms = (n: number) => `${n.toFixed(0)} ms`;
const median = (times: readonly number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
const best = (times: readonly number[]) => Math.min(...times);
const perSecond = (n: number, time: number) => Math.round(n / (time / 1000)).toLocaleString("en-GB");
const report = (label: string, times: readonly number[]) =>
  console.log(
    `${label}, ${times.length} runs: first ${ms(times[0]!)}, median ${ms(median(times))}, best ${ms(best(times))}; ` +
      `rows a second (median) ${perSecond(rows, median(times))}`,
  );

// 1. Parse, validate and plan, in memory.
const times: number[] = [];
let summary: unknown;
for (let run = 0; run < RUNS; run++) {
  const started = performance.now();
  const plan = planActualsImport(text, ctx);
  times.push(performance.now() - started);
  if (!plan.ok) throw new Error(plan.message);
  summary = plan.summary;
}
console.log(`actuals import: ${rows.toLocaleString("en-GB")} rows, ${(text.length / 1024).toFixed(0)} KiB`);
console.log(
  `existing visits searched: ${existingVisits.length.toLocaleString("en-GB")}, orders: ${orders.length}`,
);
report("1. parse + validate + plan (no I/O)", times);
console.log(`   summary: ${JSON.stringify(summary)}`);

// 2. The whole import through the service into a SQLite file. The provider's records are seeded once
// into a template database (migrated, with the previous week and half of this one recorded and the
// earlier file references used); each run imports into a fresh copy of it.
const directory = mkdtempSync(join(tmpdir(), "commissioning-bench-"));
try {
  const template = join(directory, "template.sqlite");
  {
    const db = openDatabase(template);
    applyMigrations(db);
    const store = createSqliteCommissioningStore(db);
    store.durably(() => {
      store.providers.save(provider);
      store.contracts.save(contract);
      for (const order of orders) store.orders.save(order);
      for (const reference of ctx.seenFileReferences)
        store.imports.insert({
          id: `file-${reference}`,
          providerId: provider.id,
          fileReference: reference,
          uploadedAt: new Date("2026-11-16T09:00:00Z"),
          uploadedBy: ctx.actor.subject,
          summary: { read: 0, new: 0, updated: 0, unchanged: 0, additionalCarers: 0, rejected: 0 },
        });
      for (const visit of existingVisits) store.visits.save(visit, false);
    });
    db.$client.pragma("wal_checkpoint(TRUNCATE)");
    db.$client.close();
  }
  const again = actualsFile("SUN-2026-48").text;
  const changed = actualsFile("SUN-2026-49", 1).text;
  const firstTimes: number[] = [];
  const againTimes: number[] = [];
  const changedTimes: number[] = [];
  let summaries: unknown[] = [];
  for (let run = 0; run < RUNS; run++) {
    const path = join(directory, `run-${run}.sqlite`);
    copyFileSync(template, path);
    const db = openDatabase(path);
    let serial = 0;
    const service = createCommissioning({
      store: createSqliteCommissioningStore(db),
      invoiceAnchor: "2026-11-09",
      teams: ["Finance"],
      newId: () => `new-${++serial}`,
    });
    const imported: unknown[] = [];
    for (const [file, out] of [
      [text, firstTimes],
      [again, againTimes],
      [changed, changedTimes],
    ] as const) {
      const started = performance.now();
      const result = service.importActuals(ctx.actor, file, ctx.now);
      out.push(performance.now() - started);
      if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
      imported.push(result.value.summary);
    }
    summaries = imported;
    db.$client.close();
    rmSync(path, { force: true });
    rmSync(`${path}-wal`, { force: true });
    rmSync(`${path}-shm`, { force: true });
  }
  report("2. whole import through the service into SQLite (fresh database)", firstTimes);
  console.log(`   summary: ${JSON.stringify(summaries[0])}`);
  report("   the same file again under a new file reference", againTimes);
  console.log(`   summary: ${JSON.stringify(summaries[1])}`);
  report("   the same visits again, each a minute longer (every row an update)", changedTimes);
  console.log(`   summary: ${JSON.stringify(summaries[2])}`);
} finally {
  rmSync(directory, { recursive: true, force: true });
}
