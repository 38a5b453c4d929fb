import { createSqliteIntakeStore } from "@portal/db";
import { describe, expect, it } from "vitest";
import { openLado, openReferrals, openTriage } from "../intake.ts";
import { sendTestReferral, testIntake } from "../test-support.ts";
import { referralSource } from "../triage/outcomes.ts";
import { actor } from "../triage/test-support.ts";
import type { Actor } from "../triage/types.ts";

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
  const submit = (by: Actor, now = MONDAY_0930) => {
    return sendTestReferral(h.intake, {
      service: "lado",
      formId: "lado-referral",
      formVersion: 1,
      answers: {
        "employer-name": "Greenfield Primary School",
        "adult-job-title": "Teaching assistant",
        "allegation-details": "A pupil said the assistant grabbed her arm",
      },
      subjects: [
        { name: "Maya Example", dateOfBirth: "2017-04-12", role: "child" },
        { name: "Jamie Fox", dateOfBirth: "1985-04-12", role: "person-allegation-against" },
      ],
      referrer: {
        subject: by.subject,
        name: by.name,
        email: "dsl@school.example.org",
        organisation: by.organisation ?? undefined,
        organisationType: by.organisationType ?? undefined,
        anonymous: false,
      },
      portal: "professionals",
      now,
    });
  };
  const outbox = () => createSqliteIntakeStore(h.db).outbox.list({ limit: 100 });
  const trail = (itemId: string) => createSqliteIntakeStore(h.db).audit.listForItem(itemId);
  return { ...h, lado, referrals, triage, submit, outbox, trail };
}

function ok<T extends { ok: boolean }>(outcome: T): Extract<T, { ok: true }> {
  if (!outcome.ok) throw new Error(`refused: ${JSON.stringify(outcome)}`);
  return outcome as Extract<T, { ok: true }>;
}

describe("the LADO case service", () => {
  it("runs a case from consideration to close, audited at every step, and tells the employer only the outcome", () => {
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

    // The employer sees the status and the outcome category, nothing else.
    expect(h.referrals.list(dsl).map((r) => [r.reference, r.status])).toEqual([[reference, "Closed"]]);
    const seen = h.referrals.view(dsl, itemId, "professionals", at(300));
    expect(seen).toMatchObject({
      reference,
      status: "Closed",
      outcome: { label: "Unsubstantiated", message: null },
    });
    const json = JSON.stringify(seen);
    for (const secret of [
      MINUTES,
      "DC Ria Patel",
      "Not enough evidence",
      "Possible harm",
      "We told the head",
    ])
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
    expect(h.triage.queue(sw, {}, at(11)).rows).toMatchObject([
      { id: spawned.id, dueAt: new Date("2026-11-24T09:40:00Z") },
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
