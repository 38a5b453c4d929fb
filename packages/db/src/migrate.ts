import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { Db } from "./connection.ts";

/** The repository's migrations folder. Apps bundle this package, so they may pass their own path. */
export const defaultMigrationsFolder = fileURLToPath(new URL("../../../migrations", import.meta.url));

export function applyMigrations(db: Db, migrationsFolder = defaultMigrationsFolder): void {
  if (!existsSync(migrationsFolder)) throw new Error(`Migrations folder not found: ${migrationsFolder}`);
  migrate(db, { migrationsFolder });
}
