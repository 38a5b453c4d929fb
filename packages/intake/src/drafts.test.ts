import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { canAccessDraft, type DraftActor } from "./drafts.ts";
import { at, testIntake } from "./test-support.ts";

const t0 = at("2026-11-02T10:00:00Z");
const plusDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
const alice: DraftActor = { subject: "alice", portal: "professionals" };
const bob: DraftActor = { subject: "bob", portal: "professionals" };
const nobody: DraftActor = { subject: null, portal: "public" };

function saveNew(intake: ReturnType<typeof testIntake>["intake"], actor = alice, now = t0, formId = "marf") {
  const result = intake.saveDraftPage({
    actor,
    formId,
    formVersion: 1,
    answers: { "child-name": "Sam" },
    visitedPageIds: ["child"],
    now,
  });
  if (!("ok" in result)) throw new Error(`save failed: ${result.error}`);
  return result.ok;
}

describe("canAccessDraft", () => {
  it.each([
    ["the owner", alice, { portal: "professionals", ownerSubject: "alice" }, true],
    ["someone else signed in", bob, { portal: "professionals", ownerSubject: "alice" }, false],
    [
      "someone not signed in, for an owned draft",
      { subject: null, portal: "professionals" },
      { portal: "professionals", ownerSubject: "alice" },
      false,
    ],
    ["anyone holding the id of an anonymous draft", nobody, { portal: "public", ownerSubject: null }, true],
    [
      "the owner at another portal",
      { subject: "alice", portal: "public" },
      { portal: "professionals", ownerSubject: "alice" },
      false,
    ],
  ] as const)("%s → %s", (_label, actor, draft, expected) => {
    expect(canAccessDraft(actor, draft)).toBe(expected);
  });
});

describe("drafts", () => {
  it("creates a draft with an unguessable id, the form version and a 30-day expiry", () => {
    const { intake } = testIntake();
    const draft = saveNew(intake);
    expect(draft.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(draft).toMatchObject({
      portal: "professionals",
      formId: "marf",
      formVersion: 1,
      ownerSubject: "alice",
      answers: { "child-name": "Sam" },
      visitedPageIds: ["child"],
      submittedItemId: null,
    });
    expect(draft.expiresAt).toEqual(plusDays(t0, 30));
    expect(intake.getDraftFor(alice, draft.id, t0)).toEqual(draft);
  });

  it("lets only the owner read or update a signed-in user's draft", () => {
    const { intake } = testIntake();
    const draft = saveNew(intake);
    expect(intake.getDraftFor(bob, draft.id, t0)).toBeNull();
    expect(intake.getDraftFor({ subject: null, portal: "professionals" }, draft.id, t0)).toBeNull();
    const page = { formId: "marf", formVersion: 1, answers: { hijack: true }, visitedPageIds: [], now: t0 };
    expect(intake.saveDraftPage({ ...page, actor: bob, draftId: draft.id })).toEqual({ error: "not-found" });
    expect(intake.getDraftFor(alice, draft.id, t0)?.answers).toEqual({ "child-name": "Sam" });
  });

  it("updates answers, visited pages and version, and moves the expiry to 30 days after the last save", () => {
    const { intake } = testIntake();
    const draft = saveNew(intake);
    const later = plusDays(t0, 20);
    const result = intake.saveDraftPage({
      actor: alice,
      draftId: draft.id,
      formId: "marf",
      formVersion: 2,
      answers: { "child-name": "Sam", "child-dob": "2019-04-01" },
      visitedPageIds: ["child", "child-dob"],
      now: later,
    });
    expect(result).toEqual({
      ok: expect.objectContaining({ id: draft.id, formVersion: 2, updatedAt: later, createdAt: t0 }),
    });
    const reread = intake.getDraftFor(alice, draft.id, plusDays(t0, 45));
    expect(reread?.expiresAt).toEqual(plusDays(later, 30));
    expect(reread?.visitedPageIds).toEqual(["child", "child-dob"]);
  });

  it("reaches an anonymous draft only by its id, and refuses another form's id", () => {
    const { intake } = testIntake();
    const draft = saveNew(intake, nobody, t0, "worried-about-a-child");
    expect(draft.ownerSubject).toBeNull();
    expect(intake.getDraftFor(nobody, draft.id, t0)?.id).toBe(draft.id);
    expect(intake.getDraftFor(nobody, "not-the-id-000000000000", t0)).toBeNull();
    expect(
      intake.saveDraftPage({
        actor: nobody,
        draftId: draft.id,
        formId: "early-help-family",
        formVersion: 1,
        answers: {},
        visitedPageIds: [],
        now: t0,
      }),
    ).toEqual({ error: "not-found" });
  });

  it("gives an anonymous draft to the person who signs in and continues it", () => {
    const { intake } = testIntake();
    const draft = saveNew(intake, nobody, t0, "report-a-concern");
    const parent = { subject: "parent", portal: "public" };
    const result = intake.saveDraftPage({
      actor: parent,
      draftId: draft.id,
      formId: "report-a-concern",
      formVersion: 1,
      answers: { a: 1 },
      visitedPageIds: ["a"],
      now: t0,
    });
    expect("ok" in result && result.ok.ownerSubject).toBe("parent");
    expect(intake.getDraftFor(nobody, draft.id, t0)).toBeNull();
    expect(intake.listDrafts("parent", "public", t0).map((d) => d.id)).toEqual([draft.id]);
  });

  it("does not return or update an expired draft", () => {
    const { intake } = testIntake();
    const draft = saveNew(intake);
    const expiry = plusDays(t0, 30);
    expect(intake.getDraftFor(alice, draft.id, new Date(expiry.getTime() - 1))).not.toBeNull();
    expect(intake.getDraftFor(alice, draft.id, expiry)).toBeNull();
    expect(
      intake.saveDraftPage({
        actor: alice,
        draftId: draft.id,
        formId: "marf",
        formVersion: 1,
        answers: {},
        visitedPageIds: [],
        now: expiry,
      }),
    ).toEqual({ error: "not-found" });
  });

  it("honours DRAFT_TTL_DAYS", () => {
    const { intake } = testIntake({ DRAFT_TTL_DAYS: "7" });
    expect(saveNew(intake).expiresAt).toEqual(plusDays(t0, 7));
  });

  it("refuses an absurdly large answers object", () => {
    const { intake } = testIntake();
    const result = intake.saveDraftPage({
      actor: alice,
      formId: "marf",
      formVersion: 1,
      answers: { notes: "x".repeat(1_000_001) },
      visitedPageIds: [],
      now: t0,
    });
    expect(result).toEqual({ error: "too-large" });
  });

  it("lists a person's drafts at one portal newest first, without expired, submitted or others' drafts", () => {
    const { intake } = testIntake();
    const oldest = saveNew(intake, alice, t0);
    const newer = saveNew(intake, alice, plusDays(t0, 1));
    const newest = saveNew(intake, alice, plusDays(t0, 2));
    const submitted = saveNew(intake, alice, plusDays(t0, 3));
    saveNew(intake, bob, plusDays(t0, 1));
    saveNew(intake, { subject: "alice", portal: "lado" }, plusDays(t0, 1));
    intake.submitReferral({
      draftId: submitted.id,
      service: "children",
      formId: "marf",
      formVersion: 1,
      answers: {},
      subjects: [],
      referrer: { subject: "alice", anonymous: false },
      portal: "professionals",
      now: plusDays(t0, 3),
    });
    const now = plusDays(t0, 5);
    expect(intake.listDrafts("alice", "professionals", now).map((d) => d.id)).toEqual([
      newest.id,
      newer.id,
      oldest.id,
    ]);
    // the oldest expires 30 days after its save
    expect(intake.listDrafts("alice", "professionals", plusDays(t0, 30)).map((d) => d.id)).toEqual([
      newest.id,
      newer.id,
    ]);
  });

  it("refuses to save a page of a draft that has been submitted, but still returns it for the back button", () => {
    const { intake } = testIntake();
    const draft = saveNew(intake);
    const { itemId } = intake.submitReferral({
      draftId: draft.id,
      service: "children",
      formId: "marf",
      formVersion: 1,
      answers: draft.answers,
      subjects: [{ name: "Sam" }],
      referrer: { subject: "alice", anonymous: false },
      portal: "professionals",
      now: t0,
    });
    expect(intake.getDraftFor(alice, draft.id, t0)?.submittedItemId).toBe(itemId);
    expect(
      intake.saveDraftPage({
        actor: alice,
        draftId: draft.id,
        formId: "marf",
        formVersion: 1,
        answers: {},
        visitedPageIds: [],
        now: t0,
      }),
    ).toEqual({ error: "submitted" });
  });

  it("deletes expired drafts with their links and unsent files, keeping files that were sent", async () => {
    const { intake, db, attachmentsDir } = testIntake();
    const expiring = saveNew(intake, nobody, t0, "report-a-concern");
    const sent = saveNew(intake, alice, t0);
    const fresh = saveNew(intake, alice, plusDays(t0, 20));
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
    const text = Buffer.from("only in the expiring draft\n");
    await intake.storeAttachment({ bytes: text, filename: "notes.txt", draftId: expiring.id, now: t0 });
    await intake.storeAttachment({ bytes: png, filename: "a.png", draftId: expiring.id, now: t0 });
    await intake.storeAttachment({ bytes: png, filename: "a.png", draftId: sent.id, now: t0 });
    intake.issueResumeLink(expiring.id, t0);
    const { itemId } = intake.submitReferral({
      draftId: sent.id,
      service: "children",
      formId: "marf",
      formVersion: 1,
      answers: {},
      subjects: [],
      referrer: { subject: "alice", anonymous: false },
      portal: "professionals",
      now: t0,
    });

    expect(await intake.deleteExpiredDrafts(plusDays(t0, 29))).toEqual({
      drafts: 0,
      attachments: 0,
      files: 0,
    });
    const result = await intake.deleteExpiredDrafts(plusDays(t0, 30));
    expect(result).toEqual({ drafts: 2, attachments: 2, files: 1 });
    const count = (table: string) =>
      db.$client.prepare(`select count(*) from ${table}`).pluck().get() as number;
    expect(count("form_drafts")).toBe(1);
    expect(intake.getDraftFor(alice, fresh.id, plusDays(t0, 30))?.id).toBe(fresh.id);
    expect(count("resume_tokens")).toBe(0);
    expect(count("attachments")).toBe(1);
    const [kept] = intake.listItemAttachments(itemId);
    expect(kept?.name).toBe("a.png");
    const path = (sha256: string) => join(attachmentsDir, sha256.slice(0, 2), sha256);
    expect(existsSync(path(kept?.sha256 ?? ""))).toBe(true);
    expect((await intake.readAttachment(kept?.id ?? ""))?.bytes).toEqual(png);
  });
});
