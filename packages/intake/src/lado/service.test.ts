import { createSqliteIntakeStore } from "@portal/db";
import { describe, expect, it } from "vitest";
import { openLado, openReferrals, openTriage } from "../intake.ts";
import { sendTestReferral, testIntake } from "../test-support.ts";
import { referralSource } from "../triage/outcomes.ts";
import { actor } from "../triage/test-support.ts";
import type { Actor } from "../triage/types.ts";
import { LADO_ADULT, LADO_CHILD, ladoReferral } from "./test-support.ts";

const MONDAY_0930 = new Date("2026-11-23T09:30:00Z");
const at = (minutes: number) => new Date(MONDAY_0930.getTime() + minutes * 60_000);

const officer = actor("lado@council.example.org");
const dsl = actor("dsl@school.example.org");
const sw = actor("mash.sw@council.example.org");
const police = actor("mash.police@police.example.org");
const manager = actor("mash.manager@council.example.org");
const MINUTES = "Police to interview the child; the school to keep the adult away from pupils.";

function harness() {
  const h = testIntake({ DEMO_MODE: "1" }, MONDAY_0930);
  const lado = openLado(h.db, h.env);
  const referrals = openReferrals(h.db, h.env);
  const triage = openTriage(h.db, h.env);
  const submit = (by: Actor, now = MONDAY_0930) => sendTestReferral(h.intake, ladoReferral(by, now));
  const outbox = () => createSqliteIntakeStore(h.db).outbox.list({ limit: 100 });
  const trail = (itemId: string) => createSqliteIntakeStore(h.db).audit.listForItem(itemId);
  return { ...h, lado, referrals, triage, submit, outbox, trail };
}

function ok<T extends { ok: boolean }>(outcome: T): Extract<T, { ok: true }> {
  if (!outcome.ok) throw new Error(`refused: ${JSON.stringify(outcome)}`);
  return outcome as Extract<T, { ok: true }>;
}

describe("the LADO case service", () => {
  it("runs a case from consideration to close, audited at every step, and tells the employer only the outcome and what was written for them", () => {
    const h = harness();
    const { itemId, reference } = h.submit(dsl);
    // The new case is in the LADO's list, owing its consideration the next working day.
    expect(h.lado.cases(officer, {}, at(1))?.rows).toMatchObject([
      {
        id: itemId,
        reference,
        stage: "received",
        adultName: "Jamie Fox",
        dueAt: new Date("2026-11-24T09:30:00Z"),
      },
    ]);

    ok(
      h.lado.run(
        officer,
        itemId,
        { type: "assign", assignee: { subject: officer.subject, name: officer.name } },
        "lado",
        at(5),
      ),
    );
    ok(
      h.lado.run(
        officer,
        itemId,
        { type: "record-consideration", threshold: "met", reason: "Possible harm to a child" },
        "lado",
        at(10),
      ),
    );
    const scheduled = ok(
      h.lado.run(
        officer,
        itemId,
        {
          type: "schedule-meeting",
          kind: "strategy",
          scheduledFor: at(60),
          attendees: [
            { agency: "lado", name: officer.name },
            { agency: "police", name: "DC Ria Patel" },
            { agency: "childrens-social-care", name: "Chris Walker" },
          ],
        },
        "lado",
        at(20),
      ),
    );
    const meetingId = scheduled.case.meetings[0]!.id;
    expect(meetingId).toMatch(/^[\w-]{22}$/);
    // Minutes cannot come before the meeting.
    expect(
      h.lado.run(
        officer,
        itemId,
        {
          type: "record-meeting",
          meetingId,
          attendees: [{ agency: "police", name: "DC Ria Patel" }],
          minutes: MINUTES,
          actions: [],
          nextReviewAt: null,
        },
        "lado",
        at(30),
      ),
    ).toMatchObject({ ok: false, error: { code: "meeting-not-held" } });
    const recorded = ok(
      h.lado.run(
        officer,
        itemId,
        {
          type: "record-meeting",
          meetingId,
          attendees: [
            { agency: "police", name: "DC Ria Patel" },
            { agency: "childrens-social-care", name: "Chris Walker" },
          ],
          minutes: MINUTES,
          actions: [
            { owner: "Police", action: "Interview the child", dueAt: at(60 * 48) },
            { owner: "Employer", action: "Keep the adult from pupils", dueAt: at(60 * 24) },
          ],
          nextReviewAt: null,
        },
        "lado",
        at(120),
      ),
    );
    expect(recorded.case.meetings[0]?.actions.map((a) => a.id).every((id) => id.length === 22)).toBe(true);
    ok(
      h.lado.run(
        officer,
        itemId,
        { type: "record-outcome", category: "unsubstantiated", reason: "Not enough evidence" },
        "lado",
        at(200),
      ),
    );
    expect(h.lado.run(officer, itemId, { type: "close" }, "lado", at(210))).toMatchObject({
      ok: false,
      error: { code: "feedback-required" },
    });
    ok(
      h.lado.run(
        officer,
        itemId,
        { type: "record-feedback", message: "We told the head teacher" },
        "lado",
        at(220),
      ),
    );
    const closed = ok(h.lado.run(officer, itemId, { type: "close" }, "lado", at(230)));
    expect(closed.case.stage).toBe("closed");

    // Every step is in the trail, and the history shows them (not the views).
    const view = ok(h.lado.viewCase(officer, itemId, "lado", at(240))).view;
    expect(view.history.map((e) => e.action)).toEqual([
      "submitted",
      "acknowledged",
      "assigned",
      "consideration-recorded",
      "meeting-scheduled",
      "meeting-recorded",
      "outcome-recorded",
      "feedback-recorded",
      "closed",
    ]);
    expect(view.kcsie.result).toEqual({
      oneWeek: null,
      oneMonth: true,
      threeMonths: true,
      twelveMonths: true,
    });
    expect(view.content.answers["employer-name"]).toBe("Greenfield Primary School");
    expect(h.trail(itemId).map((e) => e.action)).toContain("viewed");
    expect(JSON.stringify(h.trail(itemId))).not.toContain("Interview the child");

    // The outcome email carries the reference and a link only.
    const outcome = h.outbox().find((m) => m.template === "outcome");
    expect(outcome?.recipient).toBe("dsl@school.example.org");
    expect(Object.keys(outcome?.personalisation ?? {}).sort()).toEqual(["link", "reference"]);

    // The employer sees the status, the outcome category and the LADO's words for them, nothing else.
    expect(h.referrals.list(dsl).map((r) => [r.reference, r.status])).toEqual([[reference, "Closed"]]);
    const seen = h.referrals.view(dsl, itemId, "professionals", at(300));
    expect(seen).toMatchObject({
      reference,
      status: "Closed",
      outcome: { label: "Unsubstantiated", message: "We told the head teacher" },
      messages: [],
      question: null,
    });
    const json = JSON.stringify(seen);
    for (const secret of [MINUTES, "DC Ria Patel", "Not enough evidence", "Possible harm", officer.name])
      expect(json).not.toContain(secret);
    expect(h.trail(itemId).at(-1)).toMatchObject({ action: "viewed-by-referrer" });
  });

  it("keeps LADO cases from the MASH and the police desk", () => {
    const h = harness();
    const { itemId } = h.submit(dsl);
    for (const who of [sw, police, manager]) {
      expect(h.lado.cases(who, {}, at(1))).toBeNull();
      expect(h.lado.dashboard(who, at(1))).toBeNull();
      expect(h.lado.viewCase(who, itemId, "mash", at(1))).toEqual({ ok: false, reason: "forbidden" });
      expect(
        h.lado.run(
          who,
          itemId,
          { type: "record-consideration", threshold: "met", reason: "x" },
          "mash",
          at(2),
        ),
      ).toMatchObject({
        ok: false,
        error: { code: "forbidden" },
      });
      expect(h.referrals.view(who, itemId, "mash", at(3))).toBeNull();
    }
    const actions = h.trail(itemId).map((e) => e.action);
    expect(actions.filter((a) => a === "view-refused")).toHaveLength(3);
    expect(actions.filter((a) => a === "refused")).toHaveLength(3);
    expect(h.lado.viewCase(officer, "no-such-case", "lado", at(4))).toEqual({
      ok: false,
      reason: "not-found",
    });
  });

  it("shows an earlier case about the same adult as a repeat concern", () => {
    const h = harness();
    const first = h.submit(dsl, MONDAY_0930);
    const second = h.submit(dsl, at(60 * 24 * 7));
    ok(
      h.lado.run(
        officer,
        second.itemId,
        { type: "assign", assignee: { subject: officer.subject, name: officer.name } },
        "lado",
        at(60 * 24 * 7 + 5),
      ),
    );
    const view = ok(h.lado.viewCase(officer, second.itemId, "lado", at(60 * 24 * 7 + 10))).view;
    expect(view.case.stage).toBe("consideration");
    expect(view.repeatConcerns).toMatchObject([
      { candidate: { id: first.itemId, reference: first.reference }, strength: "strong", sameEmployer: true },
    ]);
    expect(
      ok(h.lado.viewCase(officer, first.itemId, "lado", at(60 * 24 * 7 + 11))).view.repeatConcerns,
    ).toEqual([]);
  });

  it("raises a linked children's MASH item, referred by the LADO officer, in one transaction", () => {
    const h = harness();
    const { itemId, reference } = h.submit(dsl);
    expect(ok(h.lado.viewCase(officer, itemId, "lado", at(1))).view.actions).toContain("refer-to-mash");
    const raised = ok(
      h.lado.run(
        officer,
        itemId,
        { type: "refer-to-mash", reason: " Jamie lives with a child of 4 " },
        "lado",
        at(10),
      ),
    );
    const spawned = raised.spawned!;
    expect(spawned.reference).toMatch(/^CSC-2611-/);
    expect(raised.case.links).toEqual([
      expect.objectContaining({
        kind: "mash-referral",
        itemId: spawned.id,
        reference: spawned.reference,
        reason: "Jamie lives with a child of 4",
      }),
    ]);

    // The MASH sees a children's item like any other: the LADO's form, answers and people, with the
    // officer as its referrer (the council: source 5B) and the LADO's reason on its link back.
    const view = ok(h.triage.viewItem(sw, spawned.id, "mash", at(11))).view;
    expect(view.item).toMatchObject({
      service: "children",
      stage: "received",
      referrerSubject: officer.subject,
      referrerOrganisation: "Council LADO team",
      referrerOrganisationType: "council",
      consent: "not-sought",
      acknowledgedAt: at(10),
    });
    expect(referralSource(view.item)).toBe("5B");
    expect(view.item.links).toEqual([
      {
        kind: "raised-from-lado",
        itemId,
        reference,
        linkedAt: at(10),
        linkedBy: { subject: officer.subject, name: officer.name },
        note: "Jamie lives with a child of 4",
      },
    ]);
    const lado = ok(h.lado.viewCase(officer, itemId, "lado", at(12))).view.content;
    expect(view.content).toMatchObject({
      formId: "lado-referral",
      answers: lado.answers,
      subjects: lado.subjects,
      portal: "lado",
      referrer: { subject: officer.subject, name: officer.name, organisation: "Council LADO team" },
    });
    expect(view.history.map((e) => [e.action, e.details?.kind])).toEqual([
      ["created-from", "raised-from-lado"],
    ]);
    // Acknowledged as it was made, it owes its decision within one working day, in the MASH queue.
    // The queue names it by the child, not by the adult the allegation is about.
    expect(h.triage.queue(sw, {}, at(11)).rows).toMatchObject([
      { id: spawned.id, dueAt: new Date("2026-11-24T09:40:00Z"), subjectName: LADO_CHILD },
    ]);

    // The MASH's feedback is owed to the LADO; the employer never sees the new item.
    expect(h.referrals.list(officer).map((r) => r.reference)).toEqual([spawned.reference]);
    expect(h.referrals.list(dsl).map((r) => r.reference)).toEqual([reference]);
    // The MASH still gets nothing of the LADO case itself.
    expect(h.lado.viewCase(sw, itemId, "mash", at(13))).toEqual({ ok: false, reason: "forbidden" });
    expect(h.triage.viewItem(sw, itemId, "mash", at(13))).toEqual({ ok: false, reason: "not-found" });
    expect(ok(h.lado.viewCase(officer, itemId, "lado", at(14))).view.history.at(-1)).toMatchObject({
      action: "referred-to-mash",
      details: { itemId: spawned.id, reference: spawned.reference },
    });
  });

  it("raises nothing when the MASH referral is refused", () => {
    const h = harness();
    const { itemId } = h.submit(dsl);
    const before = h.trail(itemId).length;
    expect(
      h.lado.run(officer, itemId, { type: "refer-to-mash", reason: "  " }, "lado", at(10)),
    ).toMatchObject({ ok: false, reason: "refused", error: { code: "reason-required" } });
    expect(
      h.lado.run(sw, itemId, { type: "refer-to-mash", reason: "A child" }, "mash", at(11)),
    ).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(h.triage.queue(sw, {}, at(12)).rows).toEqual([]);
    expect(ok(h.lado.viewCase(officer, itemId, "lado", at(13))).view.case.links).toEqual([]);
    expect(
      h
        .trail(itemId)
        .slice(before)
        .map((e) => e.action),
    ).toEqual(["refused", "viewed"]);
  });

  it("counts KCSIE shares on the dashboard", () => {
    const h = harness();
    const resolved = h.submit(dsl).itemId;
    h.submit(dsl, at(5));
    const run = (command: Parameters<typeof h.lado.run>[2], minutes: number) =>
      ok(h.lado.run(officer, resolved, command, "lado", at(minutes)));
    run({ type: "record-consideration", threshold: "met", reason: "Harm" }, 10);
    const meetingId = run(
      {
        type: "schedule-meeting",
        kind: "strategy",
        scheduledFor: at(20),
        attendees: [{ agency: "police", name: "DC Patel" }],
      },
      15,
    ).case.meetings[0]!.id;
    run(
      {
        type: "record-meeting",
        meetingId,
        attendees: [{ agency: "police", name: "DC Patel" }],
        minutes: "m",
        actions: [],
        nextReviewAt: null,
      },
      30,
    );
    run({ type: "record-outcome", category: "unsubstantiated", reason: "r" }, 40);
    const dashboard = h.lado.dashboard(officer, new Date("2027-01-01T00:00:00Z"));
    expect(dashboard).toMatchObject({
      resolved: 1,
      open: 1,
      targets: { oneMonth: { cases: 1, within: 1, share: 1 }, oneWeek: { cases: 0, share: null } },
      openPastTarget: { oneMonth: 1, threeMonths: 0, twelveMonths: 0 },
    });
  });
});

const PDF_BYTES = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
const QUESTION = "Was anyone else in the room?";

describe("the LADO's requests for information", () => {
  it("asks the referrer one question at a time, emails them only a reference and a link, and shows the messages", () => {
    const h = harness();
    const { itemId, reference } = h.submit(dsl);
    const asked = ok(
      h.lado.run(officer, itemId, { type: "ask-referrer", text: ` ${QUESTION} ` }, "lado", at(5)),
    );
    expect(asked.case.question).toEqual({ id: expect.stringMatching(/^[\w-]{22}$/), askedAt: at(5) });

    // The question email, in the same transaction: the reference and a link, no names, no question.
    const emails = h.outbox().filter((m) => m.template === "question");
    expect(emails).toMatchObject([{ recipient: "dsl@school.example.org" }]);
    expect(emails[0]?.personalisation).toEqual({
      reference,
      link: `http://localhost:3002/referrals/${itemId}`,
    });
    for (const secret of [LADO_ADULT, LADO_CHILD, QUESTION, officer.name])
      expect(JSON.stringify(emails)).not.toContain(secret);

    // A second question waits for the first answer, and leaves nothing behind.
    expect(
      h.lado.run(officer, itemId, { type: "ask-referrer", text: "And when?" }, "lado", at(6)),
    ).toMatchObject({ ok: false, reason: "refused", error: { code: "question-open" } });
    expect(h.outbox().filter((m) => m.template === "question")).toHaveLength(1);

    const view = ok(h.lado.viewCase(officer, itemId, "lado", at(7))).view;
    const message = {
      id: asked.case.question?.id,
      direction: "to-referrer",
      body: QUESTION,
      createdAt: at(5),
      authorName: officer.name,
      files: [],
    };
    expect(view.messages).toMatchObject([message]);
    expect(view.question).toMatchObject(message);
    expect(view.actions).toContain("ask-referrer");
    expect(view.actions).not.toContain("referrer-reply");
    // The history has the question's id, never its words.
    expect(view.history.at(-1)).toMatchObject({
      action: "referrer-asked",
      details: { messageId: message.id, actorName: officer.name },
    });
    expect(JSON.stringify(h.trail(itemId))).not.toContain(QUESTION);
    expect(h.lado.cases(officer, {}, at(8))?.rows).toMatchObject([{ id: itemId, waitingForReferrer: true }]);

    // Only the LADO asks; a refusal is audited and writes nothing.
    expect(h.lado.run(sw, itemId, { type: "ask-referrer", text: "Hello" }, "mash", at(9))).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    expect(h.trail(itemId).at(-1)).toMatchObject({ action: "refused", details: { command: "ask-referrer" } });
  });

  it("shows the referrer's answer and its file to the LADO, who alone may download the file, audited", async () => {
    const h = harness();
    const { itemId } = h.submit(dsl);
    ok(h.lado.run(officer, itemId, { type: "ask-referrer", text: QUESTION }, "lado", at(5)));
    ok(
      await h.referrals.reply(dsl, itemId, "Only the class teacher.", "professionals", at(10), {
        bytes: PDF_BYTES,
        filename: "statement.pdf",
      }),
    );

    const view = ok(h.lado.viewCase(officer, itemId, "lado", at(11))).view;
    expect(view.question).toBeNull();
    expect(view.case.question).toBeNull();
    const answer = view.messages[1];
    expect(answer).toMatchObject({
      direction: "from-referrer",
      body: "Only the class teacher.",
      authorName: dsl.name,
      files: [
        {
          id: expect.any(String),
          name: "statement.pdf",
          size: PDF_BYTES.length,
        },
      ],
    });
    expect(view.history.at(-1)).toMatchObject({
      action: "referrer-replied",
      details: { messageId: answer?.id },
    });
    expect(h.lado.cases(officer, {}, at(12))?.rows).toMatchObject([
      { id: itemId, waitingForReferrer: false },
    ]);

    const fileId = answer!.files[0]!.id;
    const file = await h.lado.attachment(officer, itemId, fileId, "lado", at(13));
    expect(file?.attachment).toMatchObject({
      id: fileId,
      name: "statement.pdf",
      mediaType: "application/pdf",
    });
    expect(Buffer.from(file!.bytes).equals(Buffer.from(PDF_BYTES))).toBe(true);
    expect(h.trail(itemId).at(-1)).toMatchObject({
      action: "attachment-downloaded",
      actorSubject: officer.subject,
      details: { attachmentId: fileId, name: "statement.pdf" },
    });
    // Access, not a change to the case: kept in the trail, left out of the history.
    const later = ok(h.lado.viewCase(officer, itemId, "lado", at(14))).view;
    expect(later.history.map((e) => e.action)).not.toContain("attachment-downloaded");

    // Not the LADO: nothing, and the refusal is audited.
    for (const who of [sw, dsl]) {
      expect(await h.lado.attachment(who, itemId, fileId, "lado", at(15))).toBeNull();
      expect(h.trail(itemId).at(-1)).toMatchObject({
        action: "view-refused",
        actorSubject: who.subject,
        details: { attachmentId: fileId },
      });
    }
    // Not this case's file, not a file, not a case: nothing.
    const other = h.submit(dsl, at(20));
    expect(await h.lado.attachment(officer, other.itemId, fileId, "lado", at(21))).toBeNull();
    expect(await h.lado.attachment(officer, itemId, "nope", "lado", at(21))).toBeNull();
    expect(await h.lado.attachment(officer, "nope", fileId, "lado", at(21))).toBeNull();
    expect(h.trail(other.itemId).map((e) => e.action)).not.toContain("attachment-downloaded");
  });

  it("asks nobody on a case the MASH sent: its referrer is the MASH worker, who is asked directly", () => {
    const h = harness();
    const mash = sendTestReferral(h.intake, {
      ...ladoReferral(dsl, MONDAY_0930),
      service: "children",
      formId: "child-safeguarding-referral",
      answers: { "concern-what-happened": "Her coach hit her" },
      subjects: [{ name: LADO_CHILD, dateOfBirth: "2017-04-12", role: "child" }],
    });
    const sent = ok(
      h.triage.run(
        manager,
        mash.itemId,
        {
          type: "refer-to-lado",
          adultName: LADO_ADULT,
          adultDateOfBirth: null,
          employer: "Riverside Football Club",
          jobTitle: "Coach",
          reason: "An allegation about a coach",
          newItemId: "",
          newReference: "",
        },
        "mash",
        at(5),
      ),
    ).spawned!;
    const view = ok(h.lado.viewCase(officer, sent.id, "lado", at(6))).view;
    expect(view.actions).toContain("record-consideration");
    expect(view.actions).not.toContain("ask-referrer");
    expect(
      h.lado.run(officer, sent.id, { type: "ask-referrer", text: QUESTION }, "lado", at(7)),
    ).toMatchObject({ ok: false, error: { code: "no-referrer" } });
    expect(h.outbox().filter((m) => m.template === "question")).toEqual([]);
  });
});
