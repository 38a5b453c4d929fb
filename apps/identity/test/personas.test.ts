import { schema } from "@portal/db";
import { describe, expect, it } from "vitest";
// packages/auth is not a dependency of this app; its role list is read here only to keep the
// personas' roles in step with it.
import { ROLES } from "../../../packages/auth/src/roles.ts";
import { authenticate } from "../src/accounts.ts";
import { hashPassword, verifyPassword } from "../src/passwords.ts";
import { DEMO_PASSWORD, demoPersonas, seedDemoPersonas } from "../src/personas.ts";
import { migratedDb } from "./helpers.ts";

describe("passwords", () => {
  it("hashes with scrypt, a random salt and the parameters in the string", async () => {
    const first = await hashPassword("correct horse");
    const second = await hashPassword("correct horse");
    expect(first).toMatch(/^scrypt\$32768\$8\$3\$[\w-]{22}\$[\w-]{43}$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword("correct horse", first)).toBe(true);
    expect(await verifyPassword("correct horsE", first)).toBe(false);
    expect(await verifyPassword("correct horse", "plaintext")).toBe(false);
  });
});

describe("demo personas", () => {
  it("covers every persona of CONTRACTS.md with the suite's roles", () => {
    expect(demoPersonas).toHaveLength(15);
    for (const persona of demoPersonas) {
      expect(persona.roles.length).toBeGreaterThan(0);
      for (const role of persona.roles) expect(ROLES).toContain(role);
    }
    const byEmail = Object.fromEntries(demoPersonas.map((p) => [p.email, p]));
    expect(byEmail["mash.manager@council.example.org"]?.roles).toEqual(["mash:manager", "mash:practitioner"]);
    expect(byEmail["manager@sunrise-care.example.org"]).toMatchObject({
      organisation: "Sunrise Care Ltd",
      organisationType: "provider",
      roles: ["provider:user"],
    });
    expect(byEmail["mash.police@police.example.org"]).toMatchObject({
      organisationType: "police",
      roles: ["mash:partner"],
    });
  });

  it("are stored hashed, once each, however often seeding runs", async () => {
    const db = migratedDb();
    await seedDemoPersonas(db);
    const firstIds = db.select({ id: schema.users.id, email: schema.users.email }).from(schema.users).all();
    await seedDemoPersonas(db);
    const rows = db.select().from(schema.users).all();
    expect(rows).toHaveLength(demoPersonas.length);
    expect(new Set(rows.map((row) => row.email)).size).toBe(demoPersonas.length);
    expect(rows.map(({ id, email }) => ({ id, email }))).toEqual(firstIds);
    for (const row of rows) {
      expect(row.passwordHash).toMatch(/^scrypt\$/);
      expect(row.passwordHash).not.toContain(DEMO_PASSWORD);
    }
    expect(await authenticate(db, "DSL@school.example.org ", DEMO_PASSWORD)).toMatchObject({
      organisation: "Greenfield Primary School",
      roles: ["professional", "safeguarding:lead"],
    });
    expect(await authenticate(db, "dsl@school.example.org", "wrong-password")).toBeUndefined();
    expect(await authenticate(db, "nobody@example.org", DEMO_PASSWORD)).toBeUndefined();
  });
});
