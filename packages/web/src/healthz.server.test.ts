import { applyMigrations, openDatabase } from "@portal/db";
import { describe, expect, it } from "vitest";
import { healthz } from "./healthz.server.ts";

describe("healthz", () => {
  it("answers 200 ok when the database can be written and read", async () => {
    const db = openDatabase(":memory:");
    applyMigrations(db);
    const response = healthz(db, "mash");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("answers 503 when the database cannot be written", async () => {
    const db = openDatabase(":memory:");
    applyMigrations(db);
    db.$client.pragma("query_only = ON");
    const response = healthz(db, "mash");
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable" });
  });

  it("answers 503 when the database is gone", () => {
    const db = openDatabase(":memory:");
    db.$client.close();
    expect(healthz(db, "lado").status).toBe(503);
  });
});
