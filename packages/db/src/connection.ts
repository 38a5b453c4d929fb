import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import * as schema from "./schema.ts";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/**
 * Opens the suite's SQLite file. Every app opens the same file, so WAL lets readers run beside the
 * one writer and busy_timeout makes a writer wait its turn instead of failing.
 */
export function openDatabase(path: string): Db {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const client = new Database(path);
  client.pragma("journal_mode = WAL");
  client.pragma("busy_timeout = 5000");
  client.pragma("foreign_keys = ON");
  client.pragma("synchronous = NORMAL");
  return drizzle(client, { schema }) as Db;
}

/**
 * Runs a write that acknowledges something to a person (a submission, a sign-in) with a full sync,
 * so a power cut after the acknowledgement cannot lose it.
 */
export function durably<T>(db: Db, work: () => T): T {
  db.$client.pragma("synchronous = FULL");
  try {
    return db.$client.transaction(work).immediate();
  } finally {
    db.$client.pragma("synchronous = NORMAL");
  }
}
