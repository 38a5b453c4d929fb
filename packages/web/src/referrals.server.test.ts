import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SignedInUser } from "@portal/auth";
import { beforeAll, describe, expect, it } from "vitest";

// A real SQLite file, the professionals portal's wiring and real Requests. Signing in is the auth
// package's business (and tested there): here a test header names the signed-in user, and a request
// without one goes through the real requireUser.
process.env.DATABASE_PATH = join(mkdtempSync(join(tmpdir(), "referrals-")), "portal.db");
process.env.DEMO_MODE = "1";

const { applyMigrations, openDatabase } = await import("@portal/db");
const { openIntake, openTriage } = await import("@portal/intake");
const { definePortal } = await import("./portal.server.ts");
const server = await import("./referrals.server.ts");

const user = (subject: string, extra: Partial<SignedInUser> = {}): SignedInUser => ({
  subject,
  email: `${subject}@example.org`,
  name: `Name ${subject}`,
  organisation: "Greenfield Primary School",
  organisationType: "school",
  roles: ["professional"],
  sessionId: `session-${subject}`,
  authenticatedAt: null,
  ...extra,
});

const USERS: Record<string, SignedInUser> = {
  teacher: user("teacher"),
  lead: user("lead", { roles: ["professional", "safeguarding:lead"] }),
  gp: user("gp", { organisation: "Riverside Surgery", organisationType: "gp" }),
};

const SW = {
  subject: "sub-sw",
  name: "Chris Walker",
  roles: ["mash:practitioner" as const],
  organisation: "Council children's services",
  organisationType: "council",
};

let origin = "";
let submitItem: (by: SignedInUser) => { itemId: string; reference: string };
let ask: (itemId: string, text: string) => void;

beforeAll(() => {
  applyMigrations(openDatabase(process.env.DATABASE_PATH!));
  const portal = definePortal("professionals");
  origin = portal.auth.origin;
  const realRequireUser = portal.auth.requireUser;
  portal.auth.requireUser = async (request) => {
    const signedIn = USERS[request.headers.get("x-test-user") ?? ""];
    return signedIn ?? realRequireUser(request);
  };
  const intake = openIntake(portal.db, portal.env);
  const triage = openTriage(portal.db, portal.env);
  let n = 0;
  submitItem = (by) => {
    const now = new Date();
    const saved = intake.saveDraftPage({
      actor: { subject: by.subject, portal: "professionals" },
      formId: "child-safeguarding-referral",
      formVersion: 1,
      answers: { n: String(n++) },
      visitedPageIds: [],
      now,
    });
    if (!("ok" in saved)) throw new Error(saved.error);
    return intake.submitReferral({
      draftId: saved.ok.id,
      service: "children",
      formId: "child-safeguarding-referral",
      formVersion: 1,
      answers: { "concern-what-happened": "Private triage detail" },
      subjects: [{ name: "Maya Example", dateOfBirth: "2017-04-12", role: "child" }],
      referrer: {
        subject: by.subject,
        name: by.name,
        organisation: by.organisation ?? undefined,
        organisationType: by.organisationType ?? undefined,
        anonymous: false,
      },
      portal: "professionals",
      now,
    });
  };
  ask = (itemId, text) => {
    const asked = triage.run(SW, itemId, { type: "ask-referrer", messageId: "", text }, "mash", new Date());
    if (!asked.ok) throw new Error(JSON.stringify(asked));
  };
});

const get = (path: string, who?: string) =>
  new Request(`${origin}${path}`, { headers: who ? { "x-test-user": who } : {} });

const post = (path: string, who: string, answer: string, from = origin) =>
  new Request(`${origin}${path}`, {
    method: "POST",
    body: new URLSearchParams({ answer }),
    headers: { "x-test-user": who, Origin: from },
  });

/** The answer form as a browser posts it: multipart, with a file or an empty file input. */
const postWithFile = (path: string, who: string, answer: string, file?: File) => {
  const body = new FormData();
  body.set("answer", answer);
  body.set("answer-file", file ?? new File([], ""));
  return new Request(`${origin}${path}`, {
    method: "POST",
    body,
    headers: { "x-test-user": who, Origin: origin },
  });
};

/** A loader's or action's answer the way React Router sees it: a thrown Response counts too. */
async function run(work: () => Promise<unknown>) {
  try {
    const result = await work();
    if (result instanceof Response)
      return { status: result.status, location: result.headers.get("Location") };
    const init = (result as { init?: { status?: number } | null; data?: unknown }).init;
    return { status: init?.status ?? 200, value: (result as { data?: unknown }).data ?? result };
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown;
    return { status: thrown.status, location: thrown.headers.get("Location") };
  }
}

describe("the referrer's pages", () => {
  it("send someone who is not signed in to sign in", async () => {
    const result = await run(() => server.loadReferralsList(get("/referrals")));
    expect(result.status).toBe(302);
    expect(result.location).toBe("/auth/sign-in?returnTo=%2Freferrals");
  });

  it("list a person's own referrals, and the organisation's for its safeguarding lead", async () => {
    const mine = submitItem(USERS.teacher!);
    const list = await server.loadReferralsList(get("/referrals", "teacher"));
    expect(list.heading).toBe("Your referrals");
    expect(list.rows.map((r) => r.reference)).toContain(mine.reference);
    const lead = await server.loadReferralsList(get("/referrals", "lead"));
    expect(lead.heading).toBe("Referrals from Greenfield Primary School");
    expect(lead.rows.find((r) => r.id === mine.itemId)?.sentByColleague).toBe(true);
    const gp = await server.loadReferralsList(get("/referrals", "gp"));
    expect(gp.rows.map((r) => r.id)).not.toContain(mine.itemId);
  });

  it("show one referral to its referrer, and 404 to anyone else, as for an id that does not exist", async () => {
    const { itemId, reference } = submitItem(USERS.teacher!);
    const page = await server.loadReferral(get(`/referrals/${itemId}`, "teacher"), itemId);
    expect(page.referral.reference).toBe(reference);
    // No receipt email went (no address), so confirming it arrived is what is owed first.
    expect(page.referral.nextStep).toMatch(/^We will confirm we have it by /);
    expect(JSON.stringify(page)).not.toContain("Private triage detail");
    expect((await run(() => server.loadReferral(get(`/referrals/${itemId}`, "gp"), itemId))).status).toBe(
      404,
    );
    expect((await run(() => server.loadReferral(get("/referrals/nope", "teacher"), "nope"))).status).toBe(
      404,
    );
  });

  it("take an answer to the team's question, refusing blank, too long and cross-site answers", async () => {
    const { itemId } = submitItem(USERS.teacher!);
    ask(itemId, "When did it happen?");
    const path = `/referrals/${itemId}`;
    const asked = await server.loadReferral(get(path, "teacher"), itemId);
    expect(asked.referral.question?.text).toBe("When did it happen?");

    expect(await run(() => server.replyToReferral(post(path, "teacher", "  "), itemId))).toMatchObject({
      status: 400,
      value: { error: "Enter your answer" },
    });
    expect(
      await run(() => server.replyToReferral(post(path, "teacher", "x".repeat(5001)), itemId)),
    ).toMatchObject({ status: 400, value: { error: "Your answer must be 5,000 characters or less" } });
    expect(
      (
        await run(() =>
          server.replyToReferral(post(path, "teacher", "Friday", "https://evil.example"), itemId),
        )
      ).status,
    ).toBe(403);
    expect((await run(() => server.replyToReferral(post(path, "gp", "Friday"), itemId))).status).toBe(404);

    expect(await run(() => server.replyToReferral(post(path, "teacher", "Last\r\nFriday"), itemId))).toEqual({
      status: 302,
      location: `/referrals/${itemId}?done=answered`,
    });
    const answered = await server.loadReferral(get(`${path}?done=answered`, "teacher"), itemId);
    expect(answered.answeredNow).toBe(true);
    expect(answered.referral.question).toBeNull();
    expect(answered.referral.messages.map((m) => m.text)).toEqual(["When did it happen?", "Last\nFriday"]);

    expect(await run(() => server.replyToReferral(post(path, "teacher", "Again"), itemId))).toMatchObject({
      status: 400,
      value: { error: "There is no question waiting for an answer" },
    });
  });

  it("take a file with the answer, and refuse a file of the wrong type beside a blank answer", async () => {
    const { itemId } = submitItem(USERS.teacher!);
    ask(itemId, "Do you have the letter?");
    const path = `/referrals/${itemId}`;
    const exe = new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00])], "letter.exe");
    expect(await run(() => server.replyToReferral(postWithFile(path, "teacher", " ", exe), itemId))).toEqual({
      status: 400,
      value: {
        answer: " ",
        error: "Enter your answer",
        fileError: "The selected file must be a PDF, Word document, JPG, PNG or text file",
      },
    });
    expect((await server.loadReferral(get(path, "teacher"), itemId)).referral.question).not.toBeNull();

    // An empty file input is no file.
    const pdf = new File(["%PDF-1.7\n%%EOF\n"], "letter.pdf", { type: "application/pdf" });
    expect(
      await run(() => server.replyToReferral(postWithFile(path, "teacher", "Here it is", pdf), itemId)),
    ).toEqual({ status: 302, location: `/referrals/${itemId}?done=answered` });
    const answered = await server.loadReferral(get(path, "teacher"), itemId);
    expect(answered.referral.messages[1]?.files).toEqual([
      { id: expect.any(String), name: "letter.pdf", size: "15 bytes" },
    ]);
    expect(answered.fileHint).toBe("It must be a PDF, Word document, JPG, PNG or text file.");
  });

  it("take an answer without a file from a multipart form", async () => {
    const { itemId } = submitItem(USERS.teacher!);
    ask(itemId, "When?");
    const path = `/referrals/${itemId}`;
    expect(
      (await run(() => server.replyToReferral(postWithFile(path, "teacher", "Friday"), itemId))).status,
    ).toBe(302);
    const answered = await server.loadReferral(get(path, "teacher"), itemId);
    expect(answered.referral.messages.map((m) => m.files)).toEqual([[], []]);
  });

  it("give no Operation Encompass notice for an item that is not one", async () => {
    const { itemId } = submitItem(USERS.teacher!);
    expect((await run(() => server.loadNotice(get(`/notices/${itemId}`, "lead"), itemId))).status).toBe(404);
  });

  it("show the outbox in demo mode", () => {
    const outbox = server.loadOutbox();
    expect(outbox.limit).toBe(100);
    expect(Array.isArray(outbox.rows)).toBe(true);
  });
});
