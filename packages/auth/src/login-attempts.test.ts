import { schema } from "@portal/db";
import { describe, expect, it } from "vitest";
import { LOGIN_ATTEMPT_TTL_SECONDS, saveLoginAttempt, takeLoginAttempt } from "./login-attempts.ts";
import { migratedDatabase } from "./testing/database.ts";

const start = new Date("2026-03-02T09:00:00Z");
const later = (seconds: number) => new Date(start.getTime() + seconds * 1000);
const attempt = (state: string) => ({
  state,
  nonce: `n-${state}`,
  codeVerifier: `v-${state}`,
  returnTo: "/queue",
});

describe("login attempts", () => {
  it("can be taken once only", () => {
    const db = migratedDatabase();
    saveLoginAttempt(db, "mash", attempt("s1"), start);
    expect(takeLoginAttempt(db, "mash", "s1", later(5))).toEqual(attempt("s1"));
    expect(takeLoginAttempt(db, "mash", "s1", later(6))).toBeNull();
  });

  it("belong to the portal that started them", () => {
    const db = migratedDatabase();
    saveLoginAttempt(db, "mash", attempt("s1"), start);
    expect(takeLoginAttempt(db, "lado", "s1", later(5))).toBeNull();
    expect(takeLoginAttempt(db, "mash", "s1", later(5))).not.toBeNull();
  });

  it("expire, and an expired one is still used up", () => {
    const db = migratedDatabase();
    saveLoginAttempt(db, "mash", attempt("s1"), start);
    expect(takeLoginAttempt(db, "mash", "s1", later(LOGIN_ATTEMPT_TTL_SECONDS + 1))).toBeNull();
    expect(db.select().from(schema.loginAttempts).all()).toEqual([]);
  });

  it("clears abandoned attempts when a new one starts", () => {
    const db = migratedDatabase();
    saveLoginAttempt(db, "mash", attempt("old"), start);
    saveLoginAttempt(db, "lado", attempt("recent"), later(60));
    saveLoginAttempt(db, "mash", attempt("new"), later(LOGIN_ATTEMPT_TTL_SECONDS + 1));
    const states = db.select({ state: schema.loginAttempts.state }).from(schema.loginAttempts).all();
    expect(states.map((row) => row.state).sort()).toEqual(["new", "recent"]);
  });
});
