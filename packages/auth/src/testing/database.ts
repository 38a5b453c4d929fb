import { applyMigrations, type Db, openDatabase } from "@portal/db";

/** A fresh database with the real migrations applied, private to one test. */
export function migratedDatabase(path = ":memory:"): Db {
  const db = openDatabase(path);
  applyMigrations(db);
  return db;
}
