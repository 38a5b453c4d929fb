import { createSqliteTriageStore } from "@portal/db";
import { describe, expect, it } from "vitest";
import { openLado, openTriage } from "../intake.ts";
import type { SubjectPerson } from "../submit.ts";
import { sendTestReferral, testIntake } from "../test-support.ts";
import { actor } from "./test-support.ts";
import type { Actor } from "./types.ts";

const MONDAY_0930 = new Date("2026-11-23T09:30:00Z");
const at = (minutes: number) => new Date(MONDAY_0930.getTime() + minutes * 60_000);

const sw = actor("mash.sw@council.example.org");
const manager = actor("mash.manager@council.example.org");
const police = actor("mash.police@police.example.org");
const health = actor("mash.health@health.example.org");
const earlyHelp = actor("earlyhelp@council.example.org");
const adults = actor("adults@council.example.org");
const officer = actor("lado@council.example.org");
const dsl = actor("dsl@school.example.org");

/** A real database with referrals submitted through the intake service, and the triage service over it. */
function harness() {
  const h = testIntake({}, MONDAY_0930);
  const triage = openTriage(h.db, h.env);
  const lado = openLado(h.db, h.env);
  const submit = (
    subjects: SubjectPerson[],
    options: {
      now?: Date;
      service?: "children" | "early-help" | "adults";
      answers?: Record<string, string>;
    } = {},
  ) => {
    const now = options.now ?? MONDAY_0930;
    return sendTestReferral(h.intake, {
      service: options.service ?? "children",
      formId: "child-safeguarding-referral",
      formVersion: 1,
      answers: options.answers ?? { "consent-sought": "yes-agreed" },
      subjects,
      referrer: {
        subject: "sub-dsl",
        name: "Sam Taylor",
        organisation: "Greenfield Primary School",
        organisationType: "school",
        anonymous: false,
      },
      portal: "professionals",
      now,
    });
  };
  const audit = (itemId: string) => createSqliteTriageStore(h.db).audit.listForItem(itemId);
  return { ...h, triage, lado, submit, audit };
}

const child = { name: "Jayden Smith", dateOfBirth: "2016-04-02", postcode: "AB1 2CD", role: "child" };

function ok<T extends { ok: boolean }>(outcome: T): Extract<T, { ok: true }> {
  if (!outcome.ok) throw new Error(`refused: ${JSON.stringify(outcome)}`);
  return outcome as Extract<T, { ok: true }>;
}

function run(
  h: ReturnType<typeof harness>,
  who: Actor,
  id: string,
  command: Parameters<typeof h.triage.run>[2],
  minutes = 0,
) {
  return h.triage.run(who, id, command, "mash", at(minutes));
}

describe("a submitted referral in the queue", () => {
  it("lands with its first deadline: acknowledge and decide within one working day", () => {
    const h = harness();
    const { itemId, reference } = h.submit([child]);
    const page = h.triage.queue(sw, {}, at(10));
    expect(page.rows).toHaveLength(1);
    expect(page.rows[0]).toMatchObject({
      id: itemId,
      reference,
      stage: "received",
      subjectName: "Jayden Smith",
      dueAt: new Date("2026-11-24T09:30:00Z"),
      status: "on-time",
    });
    expect(page.counts).toMatchObject({ total: 1, unassigned: 1, overdue: 0 });
    // Another service's queue does not show it.
    expect(h.triage.queue(adults, {}, at(10)).rows).toEqual([]);
  });

  it("is overdue once its deadline passes, derived from the time of asking", () => {
    const h = harness();
    h.submit([child]);
    const nextDay = 24 * 60 + 1;
    expect(h.triage.queue(sw, {}, at(nextDay)).rows[0]?.status).toBe("overdue");
    expect(h.triage.queue(sw, { overdue: true }, at(nextDay)).rows).toHaveLength(1);
    expect(h.triage.queue(sw, { overdue: true }, at(10)).rows).toHaveLength(0);
  });

  it("pages by keyset: every item once, most urgent first", () => {
    const h = harness();
    for (let i = 0; i < 60; i++) h.submit([{ ...child, name: `Child ${i} Smith` }], { now: at(i) });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page = h.triage.queue(sw, { after }, at(100));
      seen.push(...page.rows.map((row) => row.id));
      after = page.next;
    } while (after);
    expect(seen).toHaveLength(60);
    expect(new Set(seen).size).toBe(60);
    const order = h.triage.queue(sw, {}, at(100)).rows.map((row) => row.dueAt?.getTime() ?? 0);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe("working an item", () => {
  it("screens Amber, asks the police, who answer; the manager decides; feedback, then closed", () => {
    const h = harness();
    const { itemId } = h.submit([child]);
    ok(run(h, sw, itemId, { type: "assign", assignee: { subject: sw.subject, name: sw.name } }, 5));
    ok(run(h, sw, itemId, { type: "screen", rag: "amber", reason: "" }, 10));
    ok(
      run(
        h,
        sw,
        itemId,
        { type: "request-check", checkId: "chk-1", agency: "police", question: "Known to police?" },
        15,
      ),
    );

    // The police desk sees its check and who it is about, nothing more.
    const tasks = h.triage.checkTasks(police, "open");
    expect(tasks?.map((t) => t.check.id)).toEqual(["chk-1"]);
    expect(h.triage.checkTasks(health, "open")).toEqual([]);
    expect(h.triage.checkTasks(sw, "open")).toBeNull();
    const task = h.triage.viewCheck(police, "chk-1", "mash", at(20));
    expect(task?.subjects).toEqual([
      { name: "Jayden Smith", dateOfBirth: "2016-04-02", postcode: "AB1 2CD", role: "child" },
    ]);
    expect(JSON.stringify(task)).not.toContain("consent-sought");
    expect(h.triage.viewCheck(health, "chk-1", "mash", at(20))).toBeNull();
    expect(h.triage.viewItem(police, itemId, "mash", at(20))).toEqual({ ok: false, reason: "forbidden" });

    expect(
      run(h, manager, itemId, { type: "decide", outcome: "s17-assessment", reason: "Assess" }, 25),
    ).toMatchObject({
      ok: false,
      error: { code: "checks-outstanding" },
    });
    ok(h.triage.answerCheck(police, "chk-1", "Two domestic abuse call-outs in 2025", "mash", at(30)));
    expect(
      run(h, sw, itemId, { type: "decide", outcome: "s17-assessment", reason: "Assess" }, 35),
    ).toMatchObject({
      error: { code: "forbidden" },
    });
    ok(run(h, manager, itemId, { type: "decide", outcome: "s17-assessment", reason: "Assess" }, 40));
    expect(run(h, sw, itemId, { type: "close" }, 45)).toMatchObject({ error: { code: "feedback-required" } });
    ok(run(h, sw, itemId, { type: "record-feedback", message: "An assessment will start" }, 50));
    ok(run(h, sw, itemId, { type: "close" }, 55));

    const view = ok(h.triage.viewItem(sw, itemId, "mash", at(60))).view;
    expect(view.item).toMatchObject({
      stage: "closed",
      rag: "amber",
      decision: { outcome: "s17-assessment" },
    });
    expect(view.item.checks[0]).toMatchObject({
      status: "answered",
      response: "Two domestic abuse call-outs in 2025",
    });
    expect(view.history.map((e) => e.action)).toEqual([
      "submitted",
      "assigned",
      "screened",
      "check-requested",
      "check-answered",
      "decided",
      "feedback-recorded",
      "closed",
    ]);
    expect(view.actions).toEqual([]);
    expect(h.triage.queue(sw, {}, at(60)).rows).toEqual([]);
    expect(h.triage.queue(sw, { stage: "closed" }, at(60)).rows).toHaveLength(1);

    // Every view and refusal is audited too, with who, role and organisation.
    const trail = h.audit(itemId);
    expect(trail.filter((e) => e.action === "viewed")).toHaveLength(1);
    expect(trail.find((e) => e.action === "view-refused")).toMatchObject({
      actorSubject: police.subject,
      actorRoles: ["mash:partner"],
      actorOrganisation: "County Police MASH desk",
    });
    expect(trail.find((e) => e.action === "decided")).toMatchObject({
      actorSubject: manager.subject,
      actorRoles: ["mash:manager", "mash:practitioner"],
      details: { outcome: "s17-assessment", codes: { ssdFlags: ["NEW_REFERRAL"], referralSource: "2A" } },
    });
  });

  it("a refused command changes nothing and audits nothing but the refusal", () => {
    const h = harness();
    const { itemId } = h.submit([child]);
    const before = h.audit(itemId).length;
    expect(run(h, sw, itemId, { type: "decide", outcome: "nfa", reason: "x" })).toMatchObject({ ok: false });
    expect(
      h
        .audit(itemId)
        .map((e) => e.action)
        .slice(before),
    ).toEqual(["refused"]);
    expect(ok(h.triage.viewItem(sw, itemId, "mash", at(1))).view.item.stage).toBe("received");
    expect(run(h, sw, "no-such-item", { type: "acknowledge" })).toEqual({ ok: false, reason: "not-found" });
  });

  it("re-routes to the adults front door with its history", () => {
    const h = harness();
    const { itemId } = h.submit([{ name: "Edna Jones", dateOfBirth: "1938-01-01", role: "adult" }]);
    ok(
      run(h, manager, itemId, { type: "reroute", to: "adults", reason: "An adult at risk, not a child" }, 30),
    );
    expect(h.triage.viewItem(sw, itemId, "mash", at(31))).toEqual({ ok: false, reason: "forbidden" });
    const row = h.triage.queue(adults, {}, at(31)).rows[0];
    expect(row).toMatchObject({ id: itemId, service: "adults", stage: "received" });
    // Adults acknowledge the same working day: by 17:00 on the day it arrived there.
    expect(row?.dueAt).toEqual(new Date("2026-11-23T17:00:00Z"));
    const view = ok(h.triage.viewItem(adults, itemId, "mash", at(32))).view;
    expect(view.item.reroutedFrom).toBe("children");
    expect(view.history.map((e) => e.action)).toEqual(["submitted", "rerouted"]);
  });

  it("steps down to a linked early help item that early help can see", () => {
    const h = harness();
    const { itemId, reference } = h.submit([child]);
    ok(run(h, sw, itemId, { type: "screen", rag: "green", reason: "" }, 5));
    const result = ok(
      run(
        h,
        manager,
        itemId,
        {
          type: "step-down",
          reason: "Parenting support",
          consentObtained: false,
          newItemId: "",
          newReference: "",
        },
        10,
      ),
    );
    expect(result.spawned?.reference).toMatch(/^EH-2611-/);
    const spawnedId = result.spawned?.id ?? "";
    const ehView = ok(h.triage.viewItem(earlyHelp, spawnedId, "mash", at(11))).view;
    expect(ehView.item).toMatchObject({ service: "early-help", stage: "received", consent: "given" });
    expect(ehView.item.links).toEqual([
      expect.objectContaining({ kind: "stepped-down-from", itemId, reference }),
    ]);
    expect(ehView.content.answers).toEqual({ "consent-sought": "yes-agreed" });
    const original = ok(h.triage.viewItem(sw, itemId, "mash", at(12))).view.item;
    expect(original.links).toEqual([expect.objectContaining({ kind: "stepped-down-to", itemId: spawnedId })]);
    expect(h.triage.queue(earlyHelp, {}, at(12)).rows.map((r) => r.id)).toEqual([spawnedId]);
  });

  it("links only to an item that exists, recording that item's own reference", () => {
    const h = harness();
    const first = h.submit([child]);
    const second = h.submit([child], { now: at(60) });
    expect(
      run(h, sw, second.itemId, {
        type: "link",
        kind: "same-person",
        itemId: "nope",
        reference: "X",
        note: "",
      }),
    ).toMatchObject({
      error: { code: "unknown-item" },
    });
    ok(
      run(
        h,
        sw,
        second.itemId,
        { type: "link", kind: "same-person", itemId: first.itemId, reference: "FORGED", note: "" },
        61,
      ),
    );
    const view = ok(h.triage.viewItem(sw, second.itemId, "mash", at(62))).view;
    expect(view.item.links[0]).toMatchObject({ itemId: first.itemId, reference: first.reference });
  });
});

describe("who is already known", () => {
  it("finds earlier contacts by spelling variants and counts the last 12 months", () => {
    const h = harness();
    const old = h.submit([{ ...child, name: "Jaden Smith" }], { now: new Date("2026-01-10T10:00:00Z") });
    const older = h.submit([{ ...child, name: "Jayden Smyth" }], { now: new Date("2024-06-01T10:00:00Z") });
    h.submit([{ ...child, name: "Jayden Smith", dateOfBirth: "2015-01-01" }], {
      now: new Date("2025-07-01T10:00:00Z"),
    });
    const { itemId } = h.submit([child]);
    const view = ok(h.triage.viewItem(sw, itemId, "mash", at(5))).view;
    const known = view.known[0];
    expect(known?.name).toBe("Jayden Smith");
    const found = known?.matches.map((m) => m.person.itemId) ?? [];
    expect(found).toContain(old.itemId);
    expect(found).toContain(older.itemId);
    // A different date of birth is a different child, whatever the name.
    expect(found).toHaveLength(2);
    expect(known?.contactsInLast12Months).toBe(1);
  });
});

describe("sending an allegation about an adult to the LADO", () => {
  const allegation = {
    type: "refer-to-lado",
    adultName: "Jamie Fox",
    adultDateOfBirth: "1985-04-12",
    employer: "Greenfield Primary School",
    jobTitle: "Teaching assistant",
    reason: "The child says her teaching assistant grabbed her arm",
    newItemId: "",
    newReference: "",
  } as const;

  it("makes a LADO case the LADO can find, linked both ways, while the MASH keeps the item", () => {
    const h = harness();
    const { itemId, reference } = h.submit([child]);
    const sent = ok(run(h, manager, itemId, allegation, 30));
    const ladoId = sent.spawned!.id;
    expect(sent.spawned?.reference).toMatch(/^LADO-2611-/);

    // The MASH item stays where it was, with the link and the reason, and its history says so.
    const item = ok(h.triage.viewItem(sw, itemId, "mash", at(31))).view;
    expect(item.item).toMatchObject({ service: "children", stage: "received" });
    expect(item.item.links).toEqual([
      {
        kind: "sent-to-lado",
        itemId: ladoId,
        reference: sent.spawned?.reference,
        linkedAt: at(30),
        linkedBy: { subject: manager.subject, name: manager.name },
        note: allegation.reason,
      },
    ]);
    expect(item.history.map((e) => e.action)).toEqual(["submitted", "sent-to-lado"]);
    // A practitioner is not offered it: sending to the LADO is a manager's, as re-routing is.
    expect(item.actions).not.toContain("refer-to-lado");

    // The LADO case: the adult as the worker gave them, the employer, the child's referral, the worker
    // as referrer, and one working day for the initial consideration.
    const view = ok(h.lado.viewCase(officer, ladoId, "lado", at(32))).view;
    expect(view.case).toMatchObject({
      stage: "received",
      receivedAt: at(30),
      referrerSubject: manager.subject,
      referrerOrganisation: "Council children's services",
      employerName: "Greenfield Primary School",
      adult: { name: "Jamie Fox", dateOfBirth: "1985-04-12", jobTitle: "Teaching assistant" },
      links: [
        {
          kind: "from-mash",
          itemId,
          reference,
          reason: allegation.reason,
          linkedAt: at(30),
          linkedBy: { subject: manager.subject, name: manager.name },
        },
      ],
    });
    expect(view.deadlines.considerationBy).toEqual(new Date("2026-11-24T10:00:00Z"));
    expect(view.content).toMatchObject({
      formId: "child-safeguarding-referral",
      answers: { "consent-sought": "yes-agreed" },
      subjects: [child, { name: "Jamie Fox", dateOfBirth: "1985-04-12", role: "person-allegation-against" }],
      referrer: { subject: manager.subject, name: manager.name, anonymous: false },
    });
    expect(view.history.map((e) => [e.action, e.details?.kind])).toEqual([["created-from", "from-mash"]]);
    const row = { id: ladoId, adultName: "Jamie Fox", employerName: "Greenfield Primary School" };
    expect(h.lado.cases(officer, {}, at(33))?.rows).toMatchObject([row]);
    expect(h.lado.cases(officer, { employer: "greenfield" }, at(33))?.rows).toMatchObject([row]);
    expect(h.lado.cases(officer, { employer: "Oak Academy" }, at(33))?.rows).toEqual([]);

    // Working the case keeps the adult's work as the MASH gave it.
    ok(
      h.lado.run(
        officer,
        ladoId,
        { type: "assign", assignee: { subject: officer.subject, name: officer.name } },
        "lado",
        at(40),
      ),
    );
    expect(ok(h.lado.viewCase(officer, ladoId, "lado", at(41))).view.case).toMatchObject({
      stage: "consideration",
      employerName: "Greenfield Primary School",
      adult: { jobTitle: "Teaching assistant" },
    });

    // The MASH gets nothing of the LADO case.
    for (const who of [sw, manager]) {
      expect(h.lado.viewCase(who, ladoId, "mash", at(42))).toEqual({ ok: false, reason: "forbidden" });
      expect(h.triage.viewItem(who, ladoId, "mash", at(42))).toEqual({ ok: false, reason: "not-found" });
    }
    expect(h.triage.queue(manager, {}, at(42)).rows.map((r) => r.id)).toEqual([itemId]);
  });

  it("lets a later LADO referral about the same adult find the case as a repeat concern", () => {
    const h = harness();
    const { itemId } = h.submit([child]);
    const ladoId = ok(run(h, manager, itemId, allegation, 30)).spawned!.id;
    const later = sendTestReferral(h.intake, {
      service: "lado",
      formId: "lado-referral",
      formVersion: 1,
      answers: { "employer-name": "Greenfield Primary School" },
      subjects: [{ name: "Jamie Fox", dateOfBirth: "1985-04-12", role: "person-allegation-against" }],
      referrer: { subject: dsl.subject, name: dsl.name, anonymous: false },
      portal: "professionals",
      now: at(60 * 24),
    });
    const concerns = ok(h.lado.viewCase(officer, later.itemId, "lado", at(60 * 24 + 1))).view.repeatConcerns;
    expect(concerns).toMatchObject([
      {
        candidate: { id: ladoId, employerName: "Greenfield Primary School" },
        strength: "strong",
        sameEmployer: true,
      },
    ]);
  });

  it("refuses without a name, an employer or a reason, or a second time, and changes nothing", () => {
    const h = harness();
    const { itemId } = h.submit([child]);
    const trail = () => h.audit(itemId).map((e) => e.action);
    const cases = () => h.lado.cases(officer, { stage: "open" }, at(60))?.rows.length;
    for (const [change, code] of [
      [{ adultName: " " }, "name-required"],
      [{ employer: "" }, "employer-required"],
      [{ reason: "  " }, "reason-required"],
    ] as const) {
      expect(run(h, manager, itemId, { ...allegation, ...change }, 10)).toMatchObject({
        ok: false,
        reason: "refused",
        error: { code },
      });
    }
    expect(cases()).toBe(0);
    expect(trail()).toEqual(["submitted"]);
    expect(ok(h.triage.viewItem(sw, itemId, "mash", at(11))).view.item.links).toEqual([]);

    const first = ok(run(h, manager, itemId, allegation, 20)).spawned;
    expect(run(h, manager, itemId, allegation, 21)).toMatchObject({
      ok: false,
      error: {
        code: "already-with-lado",
        message: `This allegation has already been sent to the LADO as ${first?.reference}`,
      },
    });
    expect(cases()).toBe(1);
    expect(trail().filter((a) => a === "sent-to-lado")).toHaveLength(1);
    // A practitioner cannot send it: re-routing is a manager's.
    expect(run(h, sw, itemId, allegation, 22)).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });
});
