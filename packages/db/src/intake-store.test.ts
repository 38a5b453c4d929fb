import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "./connection.ts";
import { createSqliteIntakeStore } from "./intake-store.ts";
import { applyMigrations } from "./migrate.ts";

const now = new Date("2026-11-02T10:00:00Z");

function fresh() {
  const path = join(mkdtempSync(join(tmpdir(), "intake-store-")), "portal.db");
  const db = openDatabase(path);
  applyMigrations(db);
  return { path, db, store: createSqliteIntakeStore(db) };
}

const draft = (id: string, overrides = {}) => ({
  id,
  portal: "public",
  formId: "f",
  formVersion: 1,
  ownerSubject: null,
  answers: { a: [1, { b: null }] },
  visitedPageIds: ["p1"],
  createdAt: now,
  updatedAt: now,
  expiresAt: new Date(now.getTime() + 1000),
  submittedItemId: null,
  submittedAt: null,
  ...overrides,
});

const item = (id: string, reference: string, draftId: string | null) => ({
  id,
  reference,
  draftId,
  service: "children",
  portal: "public",
  formId: "f",
  formVersion: 1,
  answers: {},
  subjects: [],
  subjectName: null,
  subjectDateOfBirth: null,
  subjectPostcode: null,
  referrer: { anonymous: true },
  referrerSubject: null,
  referrerOrganisation: null,
  referrerOrganisationType: null,
  receivedAt: now,
  status: "received",
  consent: "not-recorded",
  dueAt: null,
  queueKey: 0,
  subjectIndex: [],
});

describe("createSqliteIntakeStore", () => {
  it("creates the intake tables", () => {
    const { db } = fresh();
    const tables = db.$client.prepare("select name from sqlite_master where type = 'table'").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining([
        "form_drafts",
        "resume_tokens",
        "server_secrets",
        "intake_items",
        "attachments",
        "audit_events",
      ]),
    );
  });

  it("round-trips a draft, JSON and dates included", () => {
    const { store } = fresh();
    store.drafts.insert(draft("d1"));
    expect(store.drafts.get("d1")).toEqual(draft("d1"));
  });

  it("tells a reference clash from a draft clash, and rethrows anything else", () => {
    const { store } = fresh();
    expect(store.items.insert(item("i1", "CSC-2611-AAAA", "d1"))).toBe("inserted");
    expect(store.items.insert(item("i2", "CSC-2611-AAAA", "d2"))).toBe("reference-taken");
    expect(store.items.insert(item("i3", "CSC-2611-BBBB", "d1"))).toBe("draft-taken");
    expect(() => store.items.insert(item("i1", "CSC-2611-CCCC", "d3"))).toThrow(/UNIQUE|PRIMARY|constraint/i);
    // items not from a draft do not clash with each other
    expect(store.items.insert(item("i4", "CSC-2611-DDDD", null))).toBe("inserted");
    expect(store.items.insert(item("i5", "CSC-2611-EEEE", null))).toBe("inserted");
    expect(store.items.findByDraftId("d1")?.id).toBe("i1");
  });

  it("writes the subject people's keys with the item and reads them back", () => {
    const { store, db } = fresh();
    const person = {
      name: "Zoë O'Brien",
      role: "child",
      normalName: "zoe o'brien",
      givenKey: "S",
      familyKey: "PRN",
      dateOfBirth: "2015-04-03",
      postcode: "SW1A 1AA",
    };
    const due = new Date(now.getTime() + 86_400_000);
    const record = {
      ...item("i1", "CSC-2611-AAAA", "d1"),
      referrer: { anonymous: true },
      consent: "given",
      dueAt: due,
      queueKey: due.getTime(),
      subjectIndex: [person, { ...person, name: "Not known", role: "adult", normalName: null }],
    };
    expect(store.items.insert(record)).toBe("inserted");
    expect(store.items.get("i1")).toMatchObject(record);
    expect(store.items.findByDraftId("d1")?.subjectIndex).toEqual(record.subjectIndex);
    const row = db.$client
      .prepare("select referrer_anonymous, entered_service_at from intake_items where id = 'i1'")
      .get();
    expect(row).toEqual({ referrer_anonymous: 1, entered_service_at: now.getTime() });
    // A clash writes no subject rows.
    expect(store.items.insert({ ...record, id: "i2", draftId: "d2" })).toBe("reference-taken");
    expect(db.$client.prepare("select count(*) from item_subjects").pluck().get()).toBe(2);
  });

  it("uses a token once", () => {
    const { store } = fresh();
    store.drafts.insert(draft("d1"));
    store.resumeTokens.insert({
      tokenHash: "h",
      draftId: "d1",
      createdAt: now,
      expiresAt: now,
      usedAt: null,
    });
    expect(store.resumeTokens.markUsed("h", now)).toBe(true);
    expect(store.resumeTokens.markUsed("h", now)).toBe(false);
    expect(store.resumeTokens.get("h")?.usedAt).toEqual(now);
  });

  it("deletes a draft's tokens with it and keeps its sent files", () => {
    const { store } = fresh();
    store.drafts.insert(draft("d1"));
    store.items.insert(item("i1", "R1", "d1"));
    store.resumeTokens.insert({
      tokenHash: "h",
      draftId: "d1",
      createdAt: now,
      expiresAt: now,
      usedAt: null,
    });
    const file = { name: "a", size: 1, mediaType: "text/plain", sha256: "0".repeat(64), createdAt: now };
    store.attachments.insert({ ...file, id: "a1", draftId: "d1", itemId: null });
    store.attachments.insert({ ...file, id: "a2", draftId: "d1", itemId: null });
    store.attachments.assignToItem("d1", "i1");
    store.attachments.insert({ ...file, id: "a3", draftId: "d1", itemId: null });
    expect(store.drafts.expiredIds(new Date(now.getTime() + 1000))).toEqual(["d1"]);
    expect(store.attachments.deleteUnsubmittedForDrafts(["d1"])).toEqual(["0".repeat(64)]);
    expect(store.drafts.deleteMany(["d1"])).toBe(1);
    expect(store.resumeTokens.get("h")).toBeUndefined();
    expect(store.attachments.listForItem("i1").map((a) => [a.id, a.draftId])).toEqual([
      ["a1", null],
      ["a2", null],
    ]);
    expect(store.attachments.isHashReferenced("0".repeat(64))).toBe(true);
  });

  it("keeps the first generated secret, whichever connection asks", () => {
    const { path, store } = fresh();
    const other = createSqliteIntakeStore(openDatabase(path));
    const first = store.secrets.getOrCreate("k", () => "one", now);
    expect(other.secrets.getOrCreate("k", () => "two", now)).toBe(first);
    expect(first).toBe("one");
  });

  it("keeps the actor's roles and organisation, and refuses to change or delete audit events", () => {
    const { store, db } = fresh();
    store.audit.append({
      occurredAt: now,
      action: "submitted",
      actorSubject: null,
      portal: "public",
      itemId: "i",
      details: null,
    });
    store.audit.append({
      occurredAt: now,
      action: "screened",
      actorSubject: "u1",
      actorRoles: ["mash-practitioner"],
      actorOrganisation: "Harbourside Council",
      portal: "mash",
      itemId: "i",
      details: { rag: "red" },
    });
    expect(store.audit.listForItem("i").map((e) => [e.actorRoles, e.actorOrganisation])).toEqual([
      [null, null],
      [["mash-practitioner"], "Harbourside Council"],
    ]);
    expect(() => db.$client.prepare("update audit_events set actor_subject = 'x'").run()).toThrow(
      /append-only/,
    );
    expect(() => db.$client.prepare("update audit_events set actor_roles = '[]'").run()).toThrow(
      /append-only/,
    );
    expect(() => db.$client.prepare("delete from audit_events").run()).toThrow(/append-only/);
    expect(store.audit.listForItem("i")).toHaveLength(2);
  });

  it("rolls back everything a durable write did when it throws", () => {
    const { store } = fresh();
    expect(() =>
      store.durably(() => {
        store.drafts.insert(draft("d1"));
        store.items.insert(item("i1", "R1", "d1"));
        throw new Error("crash");
      }),
    ).toThrow("crash");
    expect(store.drafts.get("d1")).toBeUndefined();
    expect(store.items.get("i1")).toBeUndefined();
  });
});
