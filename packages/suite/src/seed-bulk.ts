/**
 * `pnpm seed:bulk [count]`: adds `count` (default 10,000) synthetic intake items to DATABASE_PATH
 * (default ./data/portal.db), migrating it first. For load testing; never for a real council's data.
 */
import { applyMigrations, openDatabase } from "@portal/db";
import { bulkLoadPragmas, databasePath, parseCount, seedBulk } from "./bulk-data.ts";

const count = parseCount(process.argv[2], 10_000);
const path = databasePath();
const db = openDatabase(path);
applyMigrations(db);
bulkLoadPragmas(db);
console.log(`Seeding ${count.toLocaleString("en-GB")} items into ${path}`);
let last = 0;
const result = seedBulk(db, count, {
  onProgress(done, total) {
    if (done - last >= 100_000 || done === total) {
      last = done;
      console.log(`  ${done.toLocaleString("en-GB")} / ${total.toLocaleString("en-GB")}`);
    }
  },
});
db.$client.pragma("wal_checkpoint(TRUNCATE)");
db.$client.close();
const n = (value: number) => value.toLocaleString("en-GB");
console.log(
  `Seeded ${n(result.items)} items (${n(result.open)} open), ${n(result.subjects)} subject people and ` +
    `${n(result.checks)} checks in ${(result.ms / 1000).toFixed(1)} s`,
);
