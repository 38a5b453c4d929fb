import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { durably, openDatabase } from "./connection.ts";
import { applyMigrations } from "./migrate.ts";
import { users } from "./schema.ts";

describe("openDatabase", () => {
  it("opens a file in WAL mode with foreign keys and a busy timeout, and migrates it", () => {
    const db = openDatabase(join(mkdtempSync(join(tmpdir(), "db-")), "nested", "portal.db"));
    expect(db.$client.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.$client.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(db.$client.pragma("busy_timeout", { simple: true })).toBe(5000);
    applyMigrations(db);
    applyMigrations(db);
    const tables = db.$client
      .prepare("select name from sqlite_master where type = 'table' order by name")
      .pluck()
      .all();
    expect(tables).toEqual(
      expect.arrayContaining(["users", "portal_sessions", "oidc_payloads", "identity_keys"]),
    );
  });

  it("rolls back a durable write that throws", () => {
    const db = openDatabase(":memory:");
    applyMigrations(db);
    const row = {
      id: "u1",
      email: "a@example.org",
      passwordHash: "x",
      name: "A",
      organisation: "O",
      organisationType: "school",
      roles: ["professional"],
    };
    expect(() =>
      durably(db, () => {
        db.insert(users).values(row).run();
        throw new Error("crash before commit");
      }),
    ).toThrow("crash before commit");
    expect(db.select().from(users).all()).toHaveLength(0);
    durably(db, () => db.insert(users).values(row).run());
    expect(db.select().from(users).all()).toHaveLength(1);
    expect(db.$client.pragma("synchronous", { simple: true })).toBe(1);
  });
});
