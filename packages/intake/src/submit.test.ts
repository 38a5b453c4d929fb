import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { openDatabase } from "@portal/db";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DraftActor } from "./drafts.ts";
import { REFERENCE_PATTERN } from "./ids.ts";
import { openIntake } from "./intake.ts";
import type { Answers, IntakeStore } from "./store.ts";
import type { SubmitReferralInput } from "./submit.ts";
import { at, intakeWith, testIntake } from "./test-support.ts";

const t0 = at("2026-11-02T10:00:00Z");
const dsl: DraftActor = { subject: "dsl", portal: "professionals" };

type Harness = ReturnType<typeof testIntake>;

function newDraft(intake: Harness["intake"], answers: Answers = { "child-name": "Sam" }, actor = dsl) {
  const result = intake.saveDraftPage({
    actor,
    formId: "marf",
    formVersion: 4,
    answers,
    visitedPageIds: [],
    now: t0,
  });
  if (!("ok" in result)) throw new Error(result.error);
  return result.ok;
}

function referral(draftId: string, overrides: Partial<SubmitReferralInput> = {}): SubmitReferralInput {
  return {
    draftId,
    service: "children",
    formId: "marf",
    formVersion: 4,
    answers: { "child-name": "Zoë O'Brien", concern: "<b>not markup</b>" },
    subjects: [{ name: "  Zoë   O'Brien ", dateOfBirth: "2018-03-09", postcode: "sw1a1aa", role: "child" }],
    referrer: {
      subject: "dsl",
      name: "Dee Lee",
      email: "dsl@school.example.org",
      organisation: "Greenfield Primary School",
      organisationType: "school",
      anonymous: false,
    },
    portal: "professionals",
    now: t0,
    ...overrides,
  };
}

const count = (h: Harness, table: string) =>
  h.db.$client.prepare(`select count(*) from ${table}`).pluck().get() as number;

describe("submitReferral", () => {
  it("writes one item with indexed subject and referrer columns, an audit event, and marks the draft", () => {
    const h = testIntake();
    const draft = newDraft(h.intake);
    const result = h.intake.submitReferral(referral(draft.id));
    expect(result.created).toBe(true);
    expect(result.itemId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(result.reference).toMatch(REFERENCE_PATTERN);
    expect(result.reference.startsWith("CSC-2611-")).toBe(true);

    const item = h.store.items.get(result.itemId);
    expect(item).toMatchObject({
      reference: result.reference,
      draftId: draft.id,
      service: "children",
      portal: "professionals",
      formId: "marf",
      formVersion: 4,
      answers: { "child-name": "Zoë O'Brien", concern: "<b>not markup</b>" },
      subjectName: "zoe o'brien",
      subjectDateOfBirth: "2018-03-09",
      subjectPostcode: "SW1A 1AA",
      referrerSubject: "dsl",
      referrerOrganisation: "Greenfield Primary School",
      referrerOrganisationType: "school",
      receivedAt: t0,
      status: "received",
    });
    expect(item?.subjects).toEqual([
      { name: "  Zoë   O'Brien ", dateOfBirth: "2018-03-09", postcode: "sw1a1aa", role: "child" },
    ]);
    expect(item?.referrer).toMatchObject({ email: "dsl@school.example.org", anonymous: false });

    expect(h.store.audit.listForItem(result.itemId)).toEqual([
      {
        id: expect.any(Number),
        occurredAt: t0,
        action: "submitted",
        actorSubject: "dsl",
        actorRoles: null,
        actorOrganisation: "Greenfield Primary School",
        portal: "professionals",
        itemId: result.itemId,
        details: { service: "children", formId: "marf", formVersion: 4 },
      },
      // The receipt email is the acknowledgement: recorded with the item, in the same transaction.
      {
        id: expect.any(Number),
        occurredAt: t0,
        action: "acknowledged",
        actorSubject: null,
        actorRoles: null,
        actorOrganisation: null,
        portal: "professionals",
        itemId: result.itemId,
        details: { how: "receipt-email" },
      },
    ]);
    expect(h.store.outbox.list({ limit: 10 }).map((m) => m.template)).toEqual(["receipt"]);
    const after = h.store.drafts.get(draft.id);
    expect([after?.submittedItemId, after?.submittedAt]).toEqual([result.itemId, t0]);
  });

  it.each([
    ["children", "CSC"],
    ["early-help", "EH"],
    ["adults", "ASC"],
    ["lado", "LADO"],
  ] as const)("numbers %s referrals %s-yymm-XXXX", (service, prefix) => {
    const h = testIntake();
    const { reference } = h.intake.submitReferral(referral(newDraft(h.intake).id, { service }));
    expect(reference).toMatch(new RegExp(`^${prefix}-2611-[0-9A-HJKMNP-TV-Z]{4}$`));
  });

  it("is idempotent: a second submit of the same draft returns the same reference and writes nothing", () => {
    const h = testIntake();
    const draft = newDraft(h.intake);
    const first = h.intake.submitReferral(referral(draft.id));
    const second = h.intake.submitReferral(
      referral(draft.id, { answers: { changed: true }, now: at("2026-11-03T00:00:00Z") }),
    );
    expect(second).toEqual({ ...first, created: false });
    expect(count(h, "intake_items")).toBe(1);
    expect(count(h, "audit_events")).toBe(2);
    expect(count(h, "outbox_messages")).toBe(1);
    expect(h.store.items.get(first.itemId)?.answers).not.toHaveProperty("changed");
  });

  it("is idempotent across two connections to the same file", () => {
    const h = testIntake();
    const draft = newDraft(h.intake);
    const other = openIntake(openDatabase(h.databasePath), h.env, t0);
    const first = h.intake.submitReferral(referral(draft.id));
    const second = other.submitReferral(referral(draft.id));
    expect(second.reference).toBe(first.reference);
    expect(count(h, "intake_items")).toBe(1);
  });

  it("creates one item when two processes submit the same draft at the same moment", async () => {
    const h = testIntake();
    const draft = newDraft(h.intake);
    // Hold the write lock so both processes are waiting at the door, then let them race.
    const gate = openDatabase(h.databasePath);
    gate.$client.exec("BEGIN IMMEDIATE");
    const worker = fileURLToPath(new URL("./submit-worker.test-support.ts", import.meta.url));
    const run = () => {
      const child = spawn(process.execPath, ["--import", "tsx", worker, h.databasePath, draft.id], {
        cwd: fileURLToPath(new URL("..", import.meta.url)),
        stdio: ["ignore", "pipe", "pipe"],
      });
      let out = "";
      let err = "";
      let signalReady: () => void = () => {};
      const ready = new Promise<void>((resolve) => {
        signalReady = resolve;
      });
      child.stdout.on("data", (chunk) => {
        out += chunk;
        if (out.includes("ready\n")) signalReady();
      });
      child.stderr.on("data", (chunk) => {
        err += chunk;
      });
      const done = new Promise<{ itemId: string; reference: string; created: boolean }>((resolve, reject) => {
        child.on("close", (code) => {
          if (code !== 0) reject(new Error(`worker exited ${code}: ${err}`));
          else resolve(JSON.parse(out.split("\n")[1] ?? ""));
        });
      });
      return { ready, done };
    };
    const a = run();
    const b = run();
    await Promise.all([a.ready, b.ready]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    gate.$client.exec("COMMIT");
    const results = await Promise.all([a.done, b.done]);
    expect(results[0].reference).toBe(results[1].reference);
    expect(results[0].itemId).toBe(results[1].itemId);
    expect(results.map((r) => r.created).sort()).toEqual([false, true]);
    expect(count(h, "intake_items")).toBe(1);
    // This referrer gave no email address: no receipt, so no acknowledgement either.
    expect(count(h, "audit_events")).toBe(1);
    expect(count(h, "outbox_messages")).toBe(0);
  }, 30_000);

  it("leaves nothing behind when the transaction fails after the insert", () => {
    const h = testIntake();
    const draft = newDraft(h.intake);
    const real = h.store;
    const crashing: IntakeStore = {
      ...real,
      audit: {
        ...real.audit,
        append: () => {
          throw new Error("power cut");
        },
      },
    };
    const failing = intakeWith(h.db, h.env, { store: crashing });
    expect(() => failing.submitReferral(referral(draft.id))).toThrow("power cut");
    expect(count(h, "intake_items")).toBe(0);
    expect(count(h, "audit_events")).toBe(0);
    expect(h.store.drafts.get(draft.id)?.submittedItemId).toBeNull();
    // and the person can try again
    const retry = h.intake.submitReferral(referral(draft.id));
    expect(retry.created).toBe(true);
    expect(count(h, "intake_items")).toBe(1);
  });

  it("draws another reference when the first is taken", () => {
    const h = testIntake();
    // Always 0 for the first two references drawn (0000), then 1s.
    let calls = 0;
    const random = () => (calls++ < 8 ? 0 : 1);
    const intake = intakeWith(h.db, h.env, { store: h.store, random });
    const first = intake.submitReferral(referral(newDraft(h.intake).id));
    const second = intake.submitReferral(referral(newDraft(h.intake).id));
    expect(first.reference).toBe("CSC-2611-0000");
    expect(second.reference).toBe("CSC-2611-1111");
  });

  it("refuses a draft that is missing, expired, at another portal or owned by someone else", () => {
    const h = testIntake();
    const draft = newDraft(h.intake);
    expect(() => h.intake.submitReferral(referral("missing"))).toThrow(/not found/);
    expect(() =>
      h.intake.submitReferral(
        referral(draft.id, { referrer: { subject: "someone-else", anonymous: false } }),
      ),
    ).toThrow(/not found/);
    expect(() => h.intake.submitReferral(referral(draft.id, { portal: "public" }))).toThrow(/not found/);
    expect(() => h.intake.submitReferral(referral(draft.id, { now: draft.expiresAt }))).toThrow(/expired/);
    expect(count(h, "intake_items")).toBe(0);
  });

  it("accepts an anonymous referral from someone not signed in", () => {
    const h = testIntake();
    const draft = newDraft(h.intake, {}, { subject: null, portal: "public" });
    const { itemId } = h.intake.submitReferral(
      referral(draft.id, { portal: "public", subjects: [], referrer: { anonymous: true } }),
    );
    expect(h.store.items.get(itemId)).toMatchObject({
      subjectName: null,
      referrerSubject: null,
      referrerOrganisation: null,
      referrer: { anonymous: true },
    });
    expect(h.store.audit.listForItem(itemId)[0]?.actorSubject).toBeNull();
  });

  it("moves the draft's files to the item", async () => {
    const h = testIntake();
    const draft = newDraft(h.intake);
    await h.intake.storeAttachment({
      bytes: Buffer.from("notes\n"),
      filename: "n.txt",
      draftId: draft.id,
      now: t0,
    });
    const { itemId } = h.intake.submitReferral(referral(draft.id));
    expect(h.intake.listItemAttachments(itemId).map((a) => a.name)).toEqual(["n.txt"]);
  });

  it("gives the confirmation page the reference and service only", () => {
    const h = testIntake();
    const { itemId, reference } = h.intake.submitReferral(
      referral(newDraft(h.intake).id, { service: "lado" }),
    );
    expect(h.intake.getSubmission(itemId)).toStrictEqual({ reference, service: "lado" });
    expect(h.intake.getSubmission("unknown")).toBeNull();
  });

  it("keeps the audit trail append-only", () => {
    const h = testIntake();
    h.intake.submitReferral(referral(newDraft(h.intake).id));
    expect(() => h.db.$client.exec("update audit_events set action = 'x'")).toThrow(/append-only/);
    expect(() => h.db.$client.exec("delete from audit_events")).toThrow(/append-only/);
    expect(count(h, "audit_events")).toBe(2);
  });
});

describe("answers JSON (property-based)", () => {
  const answers = fc.dictionary(fc.string(), fc.jsonValue()) as fc.Arbitrary<Answers>;
  const h = testIntake();

  it("round-trips unchanged through a draft", () => {
    fc.assert(
      fc.property(answers, (value) => {
        const saved = h.intake.saveDraftPage({
          actor: dsl,
          formId: "marf",
          formVersion: 1,
          answers: value,
          visitedPageIds: [],
          now: t0,
        });
        if (!("ok" in saved)) return false;
        const back = h.intake.getDraftFor(dsl, saved.ok.id, t0)?.answers;
        expect(JSON.stringify(back)).toBe(JSON.stringify(value));
        expect(back).toEqual(JSON.parse(JSON.stringify(value)));
        return true;
      }),
      { numRuns: 100 },
    );
  });

  it("round-trips unchanged through a submission", () => {
    fc.assert(
      fc.property(answers, (value) => {
        const { itemId } = h.intake.submitReferral(referral(newDraft(h.intake).id, { answers: value }));
        const back = h.store.items.get(itemId)?.answers;
        expect(JSON.stringify(back)).toBe(JSON.stringify(value));
        return true;
      }),
      { numRuns: 100 },
    );
  });
});
