import { existsSync } from "node:fs";
import { join } from "node:path";
import { createSqliteIntakeStore, createSqliteTriageStore } from "@portal/db";
import { describe, expect, it } from "vitest";
import { WRONG_TYPE_MESSAGE } from "../attachments/service.ts";
import { openLado, openReferrals, openTriage } from "../intake.ts";
import { ladoReferral } from "../lado/test-support.ts";
import { sendTestReferral, testIntake } from "../test-support.ts";
import { actor } from "../triage/test-support.ts";
import type { Actor } from "../triage/types.ts";
import { LADO_BELOW_THRESHOLD_LABEL } from "./service.ts";

const MONDAY_0930 = new Date("2026-11-23T09:30:00Z");
const at = (minutes: number) => new Date(MONDAY_0930.getTime() + minutes * 60_000);

const gp = actor("gp@health.example.org");
const dsl = actor("dsl@school.example.org");
const sw = actor("mash.sw@council.example.org");
const manager = actor("mash.manager@council.example.org");
/** A teacher at the same school who is not its safeguarding lead. */
const teacher: Actor = { ...dsl, subject: "sub-teacher", name: "Jo Teacher", roles: ["professional"] };
const otherDsl: Actor = { ...dsl, subject: "sub-other-dsl", organisation: "Hillside Academy" };
const officer = actor("lado@council.example.org");

const CHILD_NAME = "Maya Example";

function harness() {
  const h = testIntake({ DEMO_MODE: "1" }, MONDAY_0930);
  const triage = openTriage(h.db, h.env);
  const referrals = openReferrals(h.db, h.env);
  const submit = (by: Actor & { email?: string }, now = MONDAY_0930) => {
    return sendTestReferral(h.intake, {
      service: "children",
      formId: "child-safeguarding-referral",
      formVersion: 1,
      answers: { "concern-what-happened": "She said her stepdad hit her", "consent-sought": "yes-agreed" },
      subjects: [{ name: CHILD_NAME, dateOfBirth: "2017-04-12", role: "child" }],
      referrer: {
        subject: by.subject,
        name: by.name,
        email: `${by.subject}@example.org`,
        organisation: by.organisation ?? undefined,
        organisationType: by.organisationType ?? undefined,
        anonymous: false,
      },
      portal: "professionals",
      now,
    });
  };
  const outbox = () => createSqliteIntakeStore(h.db).outbox.list({ limit: 100 });
  const lado = openLado(h.db, h.env);
  const submitLado = (by: Actor, now = MONDAY_0930) => sendTestReferral(h.intake, ladoReferral(by, now));
  return { ...h, triage, referrals, submit, outbox, lado, submitLado };
}

function ok<T extends { ok: boolean }>(outcome: T): Extract<T, { ok: true }> {
  if (!outcome.ok) throw new Error(`refused: ${JSON.stringify(outcome)}`);
  return outcome as Extract<T, { ok: true }>;
}

describe("a referrer following their referral", () => {
  it("sees status, the deadline, the team's question, and the outcome with the team's message — never triage notes", async () => {
    const h = harness();
    const { itemId, reference } = h.submit(gp);
    expect(h.referrals.list(gp).map((r) => [r.reference, r.status])).toEqual([[reference, "Received"]]);
    // The receipt email acknowledged it; what is owed next is the decision.
    expect(h.referrals.view(gp, itemId, "professionals", at(1))?.deadline).toEqual({
      owed: "decide",
      by: new Date("2026-11-24T09:30:00Z"),
      late: false,
    });
    // Honest when the council is late.
    expect(
      h.referrals.view(gp, itemId, "professionals", new Date("2026-11-24T10:00:00Z"))?.deadline?.late,
    ).toBe(true);

    ok(
      h.triage.run(
        sw,
        itemId,
        { type: "screen", rag: "amber", reason: "Bruising seen by the GP" },
        "mash",
        at(5),
      ),
    );
    ok(
      h.triage.run(
        sw,
        itemId,
        { type: "ask-referrer", messageId: "", text: "Did she say when it happened?" },
        "mash",
        at(10),
      ),
    );
    const asked = h.referrals.view(gp, itemId, "professionals", at(11));
    expect(asked).toMatchObject({
      status: "Being looked at",
      waitingForYou: true,
      question: { body: "Did she say when it happened?", from: "The team" },
    });

    expect(await h.referrals.reply(gp, itemId, "  ", "professionals", at(12))).toMatchObject({
      ok: false,
      error: { code: "text-required" },
    });
    ok(await h.referrals.reply(gp, itemId, "Last Friday evening.", "professionals", at(13)));
    expect(await h.referrals.reply(gp, itemId, "Again", "professionals", at(14))).toMatchObject({
      error: { code: "no-question" },
    });
    const hub = h.triage.viewItem(sw, itemId, "mash", at(15));
    expect(hub.ok && hub.view.messages.map((m) => [m.direction, m.body])).toEqual([
      ["to-referrer", "Did she say when it happened?"],
      ["from-referrer", "Last Friday evening."],
    ]);
    expect(hub.ok && hub.view.history.map((e) => e.action)).toContain("referrer-replied");

    ok(
      h.triage.run(
        manager,
        itemId,
        { type: "decide", outcome: "s17-assessment", reason: "Stepdad known to police" },
        "mash",
        at(20),
      ),
    );
    const decided = h.referrals.view(gp, itemId, "professionals", at(21));
    expect(decided).toMatchObject({
      status: "Decision made",
      outcome: { label: "Child and family assessment (section 17)", message: null },
      deadline: { owed: "feedback" },
    });
    ok(
      h.triage.run(
        sw,
        itemId,
        { type: "record-feedback", message: "A social worker will visit this week." },
        "mash",
        at(22),
      ),
    );
    const told = h.referrals.view(gp, itemId, "professionals", at(23));
    expect(told?.outcome).toEqual({
      label: "Child and family assessment (section 17)",
      message: "A social worker will visit this week.",
    });
    const seen = JSON.stringify(told);
    expect(seen).not.toContain("Bruising seen by the GP");
    expect(seen).not.toContain("Stepdad known to police");
    expect(seen).not.toContain("amber");
  });

  it("queues the receipt, question and outcome emails, with the reference and a link, never the child's name", async () => {
    const h = harness();
    const { itemId, reference } = h.submit(gp);
    ok(h.triage.run(sw, itemId, { type: "ask-referrer", messageId: "", text: "When?" }, "mash", at(1)));
    ok(h.triage.run(sw, itemId, { type: "screen", rag: "green", reason: "" }, "mash", at(2)));
    ok(await h.referrals.reply(gp, itemId, "Friday", "professionals", at(3)));
    ok(h.triage.run(manager, itemId, { type: "decide", outcome: "advice", reason: "x" }, "mash", at(4)));
    ok(h.triage.run(sw, itemId, { type: "record-feedback", message: "Advice given." }, "mash", at(5)));
    const mine = h.outbox().filter((m) => m.recipient === `${gp.subject}@example.org`);
    expect(mine.map((m) => m.template).sort()).toEqual(["outcome", "question", "receipt"]);
    for (const message of mine) {
      expect(message.personalisation).toEqual({
        reference,
        link: `http://localhost:3002/referrals/${itemId}`,
      });
      expect(JSON.stringify(message)).not.toContain("Maya");
    }
  });

  it("tells the referrer when their referral goes to another team", () => {
    const h = harness();
    const { itemId } = h.submit(gp);
    ok(h.triage.run(manager, itemId, { type: "reroute", to: "adults", reason: "An adult" }, "mash", at(1)));
    expect(h.outbox().map((m) => m.template)).toContain("rerouted");
    expect(h.referrals.view(gp, itemId, "professionals", at(2))?.status).toBe("Sent to another team");
  });
});

const PDF_BYTES = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n");

describe("a file with the referrer's answer", () => {
  it("is kept with the message and the item, listed for the referrer and the hub, and downloadable by the hub", async () => {
    const h = harness();
    const { itemId } = h.submit(gp);
    ok(h.triage.run(sw, itemId, { type: "ask-referrer", messageId: "", text: "Any letter?" }, "mash", at(1)));
    ok(
      await h.referrals.reply(gp, itemId, "Attached.", "professionals", at(2), {
        bytes: PDF_BYTES,
        filename: "C:\\Users\\gp\\letter.pdf",
      }),
    );

    const answer = h.referrals.view(gp, itemId, "professionals", at(3))?.messages[1];
    expect(answer?.files).toEqual([{ id: expect.any(String), name: "letter.pdf", size: PDF_BYTES.length }]);
    const [row] = h.store.attachments.listForItem(itemId);
    expect(row).toMatchObject({
      itemId,
      messageId: answer?.id,
      draftId: null,
      name: "letter.pdf",
      mediaType: "application/pdf",
    });
    expect(existsSync(join(h.attachmentsDir, row!.sha256.slice(0, 2), row!.sha256))).toBe(true);

    const hub = h.triage.viewItem(sw, itemId, "mash", at(4));
    expect(hub.ok && hub.view.messages.map((m) => m.files.map((f) => f.name))).toEqual([[], ["letter.pdf"]]);

    const file = await h.triage.readAttachment(sw, itemId, row!.id, "mash", at(5));
    expect(file?.attachment.mediaType).toBe("application/pdf");
    expect(Buffer.from(file!.bytes).equals(Buffer.from(PDF_BYTES))).toBe(true);
    const trail = createSqliteTriageStore(h.db).audit.listForItem(itemId);
    expect(trail.filter((e) => e.action === "attachment-downloaded")).toMatchObject([
      { actorSubject: sw.subject, details: { attachmentId: row!.id, name: "letter.pdf" } },
    ]);
    // Access, not a change to the item: kept in the trail, left out of the history.
    const later = h.triage.viewItem(sw, itemId, "mash", at(6));
    expect(later.ok && later.view.history.map((e) => e.action)).not.toContain("attachment-downloaded");

    // Not the item's file, not someone who may view the item, not a file: nothing.
    const other = h.submit(gp);
    expect(await h.triage.readAttachment(sw, other.itemId, row!.id, "mash", at(7))).toBeNull();
    expect(await h.triage.readAttachment(gp, itemId, row!.id, "mash", at(7))).toBeNull();
    expect(await h.triage.readAttachment(sw, itemId, "nope", "mash", at(7))).toBeNull();
  });

  it("is refused like a draft's file, before anything is written", async () => {
    const h = harness();
    const { itemId } = h.submit(gp);
    ok(h.triage.run(sw, itemId, { type: "ask-referrer", messageId: "", text: "Any letter?" }, "mash", at(1)));
    const refused = await h.referrals.reply(gp, itemId, "Attached.", "professionals", at(2), {
      bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03]),
      filename: "letter.exe",
    });
    expect(refused).toEqual({ ok: false, reason: "file-refused", error: WRONG_TYPE_MESSAGE });
    expect(
      await h.referrals.reply(gp, itemId, "Attached.", "professionals", at(2), {
        bytes: new Uint8Array(),
        filename: "empty.pdf",
      }),
    ).toEqual({ ok: false, reason: "file-refused", error: "The selected file is empty" });
    expect(h.referrals.checkFile(new Uint8Array(10 * 1024 * 1024 + 1))).toBe(
      "The selected file must be smaller than 10MB",
    );

    const view = h.referrals.view(gp, itemId, "professionals", at(3));
    expect(view?.messages.map((m) => m.direction)).toEqual(["to-referrer"]);
    expect(view?.question?.body).toBe("Any letter?");
    expect(h.store.attachments.listForItem(itemId)).toEqual([]);
    expect(existsSync(h.attachmentsDir)).toBe(false);
  });
});

describe("who may follow a referral", () => {
  it("is the referrer, or their organisation's safeguarding lead: another id gives nothing", async () => {
    const h = harness();
    const byTeacher = h.submit(teacher);
    const byGp = h.submit(gp);
    expect(h.referrals.view(gp, byTeacher.itemId, "professionals", at(1))).toBeNull();
    expect(h.referrals.view(teacher, byGp.itemId, "professionals", at(1))).toBeNull();
    expect(h.referrals.view(dsl, byTeacher.itemId, "professionals", at(1))?.sentByColleague).toBe(true);
    expect(h.referrals.view(otherDsl, byTeacher.itemId, "professionals", at(1))).toBeNull();
    expect(h.referrals.list(dsl).map((r) => r.id)).toEqual([byTeacher.itemId]);
    expect(h.referrals.list(teacher).map((r) => r.id)).toEqual([byTeacher.itemId]);
    expect(h.referrals.list(gp).map((r) => r.id)).toEqual([byGp.itemId]);
    expect(await h.referrals.reply(gp, byTeacher.itemId, "x", "professionals", at(2))).toEqual({
      ok: false,
      reason: "not-found",
    });
  });
});

describe("the referrer of a LADO case", () => {
  const QUESTION = "Was anyone else in the room?";

  it("sees and answers the LADO's question, as does their school's safeguarding lead; nobody else finds it", async () => {
    const h = harness();
    const { itemId, reference } = h.submitLado(teacher);
    ok(h.lado.run(officer, itemId, { type: "ask-referrer", text: QUESTION }, "lado", at(5)));

    for (const who of [teacher, dsl])
      expect(h.referrals.list(who)).toMatchObject([{ reference, waitingForYou: true }]);
    const asked = h.referrals.view(dsl, itemId, "professionals", at(6));
    expect(asked).toMatchObject({
      status: "Received",
      sentByColleague: true,
      waitingForYou: true,
      question: { direction: "to-referrer", body: QUESTION, from: "The team", files: [] },
    });
    expect(asked?.messages).toHaveLength(1);
    // The LADO officer is never named to the employer.
    expect(JSON.stringify(asked)).not.toContain(officer.name);

    // Another school, a MASH worker, a GP: not found, whether reading or answering.
    for (const who of [otherDsl, sw, gp]) {
      expect(h.referrals.view(who, itemId, "professionals", at(7))).toBeNull();
      expect(await h.referrals.reply(who, itemId, "Me", "professionals", at(7))).toEqual({
        ok: false,
        reason: "not-found",
      });
    }
    expect(h.referrals.list(otherDsl)).toEqual([]);

    expect(await h.referrals.reply(dsl, itemId, " ", "professionals", at(8))).toMatchObject({
      ok: false,
      reason: "refused",
      error: { code: "text-required" },
    });
    ok(await h.referrals.reply(dsl, itemId, " Only the class teacher. ", "professionals", at(9)));
    expect(await h.referrals.reply(teacher, itemId, "Again", "professionals", at(10))).toMatchObject({
      error: { code: "no-question" },
    });

    const answered = h.referrals.view(teacher, itemId, "professionals", at(11));
    expect(answered).toMatchObject({ waitingForYou: false, question: null });
    expect(answered?.messages.map((m) => [m.direction, m.body, m.from])).toEqual([
      ["to-referrer", QUESTION, "The team"],
      ["from-referrer", "Only the class teacher.", dsl.name],
    ]);
    const hub = h.lado.viewCase(officer, itemId, "lado", at(12));
    expect(hub.ok && hub.view.messages.map((m) => m.body)).toEqual([QUESTION, "Only the class teacher."]);
    expect(hub.ok && hub.view.history.at(-1)).toMatchObject({
      action: "referrer-replied",
      details: { actorName: dsl.name },
    });
  });

  it("never sees the LADO's reasons, minutes, meetings or enquiries; sees the outcome with the LADO's words for them", () => {
    const h = harness();
    const { itemId } = h.submitLado(dsl);
    const run = (command: Parameters<typeof h.lado.run>[2], minutes: number) =>
      ok(h.lado.run(officer, itemId, command, "lado", at(minutes)));
    run({ type: "record-consideration", threshold: "met", reason: "Grabbing a pupil is possible harm" }, 1);
    const meetingId = run(
      {
        type: "schedule-meeting",
        kind: "strategy",
        scheduledFor: at(10),
        attendees: [{ agency: "police", name: "DC Ria Patel" }],
      },
      2,
    ).case.meetings[0]!.id;
    run(
      {
        type: "record-meeting",
        meetingId,
        attendees: [{ agency: "police", name: "DC Ria Patel" }],
        minutes: "Police will interview the pupil at home",
        actions: [],
        nextReviewAt: null,
      },
      20,
    );
    run({ type: "start-enquiry", agency: "employer", note: "Disciplinary investigation opened" }, 21);
    run({ type: "ask-referrer", text: QUESTION }, 22);
    const during = h.referrals.view(dsl, itemId, "professionals", at(23));
    expect(during).toMatchObject({ status: "Being looked at", outcome: null, question: { body: QUESTION } });

    const enquiryId = ok(h.lado.viewCase(officer, itemId, "lado", at(24))).view.case.enquiries[0]!.id;
    run({ type: "update-enquiry", enquiryId, status: "concluded", note: "Written warning given" }, 25);
    run(
      { type: "record-outcome", category: "substantiated", reason: "The pupil's account was consistent" },
      26,
    );
    run({ type: "record-feedback", message: "The allegation was substantiated." }, 27);
    const after = h.referrals.view(dsl, itemId, "professionals", at(28));
    expect(after).toMatchObject({
      status: "Decision made",
      outcome: { label: "Substantiated", message: "The allegation was substantiated." },
    });
    for (const seen of [during, after]) {
      const json = JSON.stringify(seen);
      for (const secret of [
        "Grabbing a pupil",
        "DC Ria Patel",
        "Police will interview",
        "Disciplinary investigation",
        "Written warning",
        "consistent",
        officer.name,
      ])
        expect(json).not.toContain(secret);
    }
  });

  it("is told when the allegation falls below the threshold, with the LADO's words for them", () => {
    const h = harness();
    const { itemId } = h.submitLado(dsl);
    ok(
      h.lado.run(
        officer,
        itemId,
        { type: "record-consideration", threshold: "below", route: "employer", reason: "A conduct matter" },
        "lado",
        at(1),
      ),
    );
    expect(h.referrals.view(dsl, itemId, "professionals", at(2))?.outcome).toEqual({
      label: LADO_BELOW_THRESHOLD_LABEL,
      message: null,
    });
    ok(
      h.lado.run(officer, itemId, { type: "record-feedback", message: "Please manage this." }, "lado", at(3)),
    );
    const seen = h.referrals.view(dsl, itemId, "professionals", at(4));
    expect(seen?.outcome).toEqual({ label: LADO_BELOW_THRESHOLD_LABEL, message: "Please manage this." });
    expect(JSON.stringify(seen)).not.toContain("A conduct matter");
  });

  it("answers with a file, kept with the message and the case; a refused file writes nothing", async () => {
    const h = harness();
    const { itemId } = h.submitLado(dsl);
    ok(h.lado.run(officer, itemId, { type: "ask-referrer", text: "Any statement?" }, "lado", at(1)));
    expect(
      await h.referrals.reply(dsl, itemId, "Attached.", "professionals", at(2), {
        bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03]),
        filename: "statement.exe",
      }),
    ).toEqual({ ok: false, reason: "file-refused", error: WRONG_TYPE_MESSAGE });
    expect(h.store.attachments.listForItem(itemId)).toEqual([]);
    expect(existsSync(h.attachmentsDir)).toBe(false);
    expect(h.referrals.view(dsl, itemId, "professionals", at(3))?.question?.body).toBe("Any statement?");

    ok(
      await h.referrals.reply(dsl, itemId, "Attached.", "professionals", at(4), {
        bytes: PDF_BYTES,
        filename: "/home/dsl/statement.pdf",
      }),
    );
    const answer = h.referrals.view(dsl, itemId, "professionals", at(5))?.messages[1];
    expect(answer?.files).toEqual([
      { id: expect.any(String), name: "statement.pdf", size: PDF_BYTES.length },
    ]);
    const [row] = h.store.attachments.listForItem(itemId);
    expect(row).toMatchObject({ itemId, messageId: answer?.id, draftId: null, mediaType: "application/pdf" });
    expect(existsSync(join(h.attachmentsDir, row!.sha256.slice(0, 2), row!.sha256))).toBe(true);
    const trail = createSqliteIntakeStore(h.db).audit.listForItem(itemId);
    expect(trail.filter((e) => e.action === "referrer-replied")).toMatchObject([
      { actorSubject: dsl.subject, details: { attachmentId: row!.id, attachmentName: "statement.pdf" } },
    ]);
  });
});
