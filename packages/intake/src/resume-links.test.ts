import { openDatabase } from "@portal/db";
import { describe, expect, it } from "vitest";
import { openIntake } from "./intake.ts";
import { formatDateTime } from "./london-time.ts";
import { hashToken, resolveResumeSecret, verifyTokenSignature } from "./resume-links.ts";
import { at, testIntake } from "./test-support.ts";

const t0 = at("2026-11-02T10:00:00Z");
const plusDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
const nobody = { subject: null, portal: "public" };

function anonymousDraft(intake: ReturnType<typeof testIntake>["intake"], now = t0) {
  const result = intake.saveDraftPage({
    actor: nobody,
    formId: "early-help-family",
    formVersion: 3,
    answers: { consent: "yes" },
    visitedPageIds: ["consent"],
    now,
  });
  if (!("ok" in result)) throw new Error(result.error);
  return result.ok;
}

/** Flips one character of the token's random part, keeping it valid base64url. */
function tamper(token: string): string {
  const c = token[5] === "A" ? "B" : "A";
  return token.slice(0, 5) + c + token.slice(6);
}

describe("resume links", () => {
  it("issues a path-safe token that opens the draft once", () => {
    const { intake, db } = testIntake();
    const draft = anonymousDraft(intake);
    const { token, expiresAt } = intake.issueResumeLink(draft.id, t0);
    expect(token).toMatch(/^[A-Za-z0-9_-]{64}$/);
    expect(encodeURIComponent(token)).toBe(token);
    expect(expiresAt).toEqual(draft.expiresAt);
    const stored = db.$client.prepare("select * from resume_tokens").all() as { token_hash: string }[];
    expect(stored).toHaveLength(1);
    expect(stored[0]?.token_hash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    expect(intake.redeemResumeLink(token, plusDays(t0, 1))).toEqual({ ok: { draftId: draft.id } });
    expect(intake.redeemResumeLink(token, plusDays(t0, 1))).toEqual({ error: "used" });
  });

  it.each([
    ["a changed character", (token: string) => tamper(token)],
    ["a truncated token", (token: string) => token.slice(0, 40)],
    ["an extended token", (token: string) => `${token}AA`],
    ["the draft id instead", () => "AAAAAAAAAAAAAAAAAAAAAA"],
    ["characters outside base64url", (token: string) => `${token.slice(0, 63)}.`],
    ["an empty token", () => ""],
  ])("refuses %s as tampered", (_label, change) => {
    const { intake } = testIntake();
    const { token } = intake.issueResumeLink(anonymousDraft(intake).id, t0);
    expect(intake.redeemResumeLink(change(token), t0)).toEqual({ error: "tampered" });
    expect(intake.redeemResumeLink(token, t0)).toEqual({ ok: { draftId: expect.any(String) } });
  });

  it("refuses a token signed with another secret", () => {
    const first = testIntake({ RESUME_TOKEN_SECRET: "a".repeat(32) });
    const second = testIntake({ RESUME_TOKEN_SECRET: "b".repeat(32) });
    const { token } = first.intake.issueResumeLink(anonymousDraft(first.intake).id, t0);
    expect(second.intake.redeemResumeLink(token, t0)).toEqual({ error: "tampered" });
    expect(verifyTokenSignature(token, Buffer.from("a".repeat(32)))).toBe(true);
    expect(verifyTokenSignature(token, Buffer.from("b".repeat(32)))).toBe(false);
  });

  it("says unknown for a correctly signed token this database never issued", () => {
    const secret = { RESUME_TOKEN_SECRET: "s".repeat(40) };
    const first = testIntake(secret);
    const second = testIntake(secret);
    const { token } = first.intake.issueResumeLink(anonymousDraft(first.intake).id, t0);
    expect(second.intake.redeemResumeLink(token, t0)).toEqual({ error: "unknown" });
  });

  it("expires with the draft", () => {
    const { intake } = testIntake();
    const draft = anonymousDraft(intake);
    const { token } = intake.issueResumeLink(draft.id, t0);
    expect(intake.redeemResumeLink(token, draft.expiresAt)).toEqual({ error: "expired" });
    expect(intake.redeemResumeLink(token, new Date(draft.expiresAt.getTime() - 1))).toEqual({
      ok: { draftId: draft.id },
    });
  });

  it("becomes unknown once the expired draft is deleted", async () => {
    const { intake } = testIntake();
    const draft = anonymousDraft(intake);
    const { token } = intake.issueResumeLink(draft.id, t0);
    await intake.deleteExpiredDrafts(draft.expiresAt);
    expect(intake.redeemResumeLink(token, draft.expiresAt)).toEqual({ error: "unknown" });
  });

  it("does not reopen a draft that has been submitted", () => {
    const { intake } = testIntake();
    const draft = anonymousDraft(intake);
    const { token } = intake.issueResumeLink(draft.id, t0);
    intake.submitReferral({
      draftId: draft.id,
      service: "early-help",
      formId: draft.formId,
      formVersion: draft.formVersion,
      answers: draft.answers,
      subjects: [],
      referrer: { anonymous: true },
      portal: "public",
      now: t0,
    });
    expect(intake.redeemResumeLink(token, t0)).toEqual({ error: "submitted" });
    expect(() => intake.issueResumeLink(draft.id, t0)).toThrow(/submitted/);
  });

  it("refuses to issue a link for a draft that does not exist or has expired", () => {
    const { intake } = testIntake();
    const draft = anonymousDraft(intake);
    expect(() => intake.issueResumeLink("no-such-draft", t0)).toThrow(/not found/);
    expect(() => intake.issueResumeLink(draft.id, draft.expiresAt)).toThrow(/expired/);
  });

  it("lets only one of two redemptions through two connections succeed", () => {
    const { intake, databasePath, env } = testIntake();
    const other = openIntake(openDatabase(databasePath), env, t0);
    const draft = anonymousDraft(intake);
    const { token } = intake.issueResumeLink(draft.id, t0);
    const results = [intake.redeemResumeLink(token, t0), other.redeemResumeLink(token, t0)];
    expect(results).toEqual([{ ok: { draftId: draft.id } }, { error: "used" }]);
  });

  it("keeps a generated secret in the database outside production, so links survive a restart", () => {
    const { intake, databasePath, env } = testIntake();
    const { token } = intake.issueResumeLink(anonymousDraft(intake).id, t0);
    const restarted = openIntake(openDatabase(databasePath), env, t0);
    expect(restarted.redeemResumeLink(token, t0)).toEqual({ ok: { draftId: expect.any(String) } });
  });

  it("requires RESUME_TOKEN_SECRET in production", () => {
    const secrets = { getOrCreate: () => "kept" };
    expect(() => resolveResumeSecret({ NODE_ENV: "production" }, secrets, t0)).toThrow(/RESUME_TOKEN_SECRET/);
    expect(
      resolveResumeSecret({ NODE_ENV: "production", RESUME_TOKEN_SECRET: "x".repeat(32) }, secrets, t0),
    ).toEqual(Buffer.from("x".repeat(32)));
    expect(resolveResumeSecret({ NODE_ENV: "development" }, secrets, t0)).toEqual(Buffer.from("kept"));
  });
});

describe("emailing a resume link", () => {
  const resumeUrl = (token: string) => `https://public.example.gov.uk/resume/${token}`;

  it("queues the draft-saved email with a working link, in the same transaction as the link", () => {
    const { intake, store } = testIntake();
    const draft = anonymousDraft(intake);
    const { expiresAt } = intake.emailResumeLink({
      draftId: draft.id,
      email: "sam@example.org",
      resumeUrl,
      now: t0,
    });
    const [message, ...others] = store.outbox.list();
    expect(others).toHaveLength(0);
    expect(message).toMatchObject({
      channel: "email",
      template: "draft-saved",
      recipient: "sam@example.org",
      status: "queued",
      attempts: 0,
    });
    expect(message?.personalisation.expires).toBe(formatDateTime(expiresAt));
    const token = message?.personalisation.link?.split("/resume/")[1] ?? "";
    expect(intake.redeemResumeLink(token, t0)).toEqual({ ok: { draftId: draft.id } });
    // Only the link and its expiry: no answers or names travel by email.
    expect(Object.keys(message?.personalisation ?? {}).sort()).toEqual(["expires", "link"]);
  });

  it("queues nothing and makes no link for a draft that has expired", () => {
    const { intake, store, db } = testIntake();
    const draft = anonymousDraft(intake);
    expect(() =>
      intake.emailResumeLink({
        draftId: draft.id,
        email: "sam@example.org",
        resumeUrl,
        now: plusDays(t0, 31),
      }),
    ).toThrow();
    expect(store.outbox.list()).toHaveLength(0);
    expect(db.$client.prepare("select count(*) as n from resume_tokens").get()).toEqual({ n: 0 });
  });
});
