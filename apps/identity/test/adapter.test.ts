import { describe, expect, it } from "vitest";
import { deleteExpiredPayloads, SqliteAdapter } from "../src/adapter.ts";
import { migratedDb } from "./helpers.ts";

function clock(start = Date.parse("2026-03-02T09:00:00Z")) {
  let now = start;
  return { now: () => now, advance: (seconds: number) => (now += seconds * 1000) };
}

describe("SqliteAdapter", () => {
  it("stores, finds and replaces a payload per model", async () => {
    const db = migratedDb();
    const sessions = new SqliteAdapter(db, "Session");
    const grants = new SqliteAdapter(db, "Grant");
    await sessions.upsert("s1", { uid: "u1", accountId: "a1" }, 60);
    await sessions.upsert("s1", { uid: "u1", accountId: "a2" }, 60);
    expect(await sessions.find("s1")).toEqual({ uid: "u1", accountId: "a2" });
    expect(await sessions.findByUid("u1")).toEqual({ uid: "u1", accountId: "a2" });
    expect(await grants.find("s1")).toBeUndefined();
  });

  it("hides a row once it has expired and deletes expired rows on a sweep", async () => {
    const db = migratedDb();
    const time = clock();
    const codes = new SqliteAdapter(db, "AuthorizationCode", time.now);
    await codes.upsert("c1", { grantId: "g1" }, 60);
    await codes.upsert("c2", { grantId: "g1" }, undefined);
    time.advance(61);
    expect(await codes.find("c1")).toBeUndefined();
    expect(await codes.find("c2")).toEqual({ grantId: "g1" });
    expect(deleteExpiredPayloads(db, time.now)).toBe(1);
  });

  it("marks a code consumed, so oidc-provider refuses to use it twice", async () => {
    const db = migratedDb();
    const time = clock();
    const codes = new SqliteAdapter(db, "AuthorizationCode", time.now);
    await codes.upsert("c1", { grantId: "g1" }, 60);
    await codes.consume("c1");
    expect(await codes.find("c1")).toEqual({ grantId: "g1", consumed: Math.floor(time.now() / 1000) });
  });

  it("finds by user code, destroys, and revokes everything of a grant for its model", async () => {
    const db = migratedDb();
    const tokens = new SqliteAdapter(db, "AccessToken");
    const codes = new SqliteAdapter(db, "AuthorizationCode");
    await tokens.upsert("t1", { grantId: "g1", userCode: "ABCD" }, 60);
    await tokens.upsert("t2", { grantId: "g1" }, 60);
    await tokens.upsert("t3", { grantId: "g2" }, 60);
    await codes.upsert("c1", { grantId: "g1" }, 60);
    expect(await tokens.findByUserCode("ABCD")).toEqual({ grantId: "g1", userCode: "ABCD" });
    await tokens.revokeByGrantId("g1");
    expect(await tokens.find("t1")).toBeUndefined();
    expect(await tokens.find("t2")).toBeUndefined();
    expect(await tokens.find("t3")).toEqual({ grantId: "g2" });
    expect(await codes.find("c1")).toEqual({ grantId: "g1" });
    await tokens.destroy("t3");
    expect(await tokens.find("t3")).toBeUndefined();
  });
});
