import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "./connection.ts";
import { createSqliteIntakeStore, type IntakeItemInsert } from "./intake-store.ts";
import { createSqliteLadoStore } from "./lado-store.ts";
import type { LadoCase, LadoLink } from "./lado-types.ts";
import { applyMigrations } from "./migrate.ts";
import { createSqliteTriageStore } from "./triage-store.ts";
import type { SubjectIndexRow, TriageItem } from "./triage-types.ts";

const now = new Date("2026-11-23T09:30:00Z");
const HOUR = 3_600_000;
const at = (hours: number) => new Date(now.getTime() + hours * HOUR);
const officer = { subject: "lado1", name: "Dana Clarke" };

function fresh() {
  const db = openDatabase(join(mkdtempSync(join(tmpdir(), "lado-store-")), "portal.db"));
  applyMigrations(db);
  return { db, intake: createSqliteIntakeStore(db), store: createSqliteLadoStore(db) };
}

const adult = (name: string, dateOfBirth: string | null): SubjectIndexRow => ({
  name,
  role: "person-allegation-against",
  normalName: name.toLowerCase(),
  givenKey: name.split(" ")[0]!.toUpperCase(),
  familyKey: name.split(" ").at(-1)!.toUpperCase(),
  dateOfBirth,
  postcode: null,
});
const child = (name: string): SubjectIndexRow => ({ ...adult(name, "2017-01-01"), role: "child" });

let serial = 0;
function submit(
  h: ReturnType<typeof fresh>,
  options: {
    service?: string;
    employer?: string;
    people?: SubjectIndexRow[];
    receivedAt?: Date;
    dueAt?: Date;
  } = {},
): string {
  serial++;
  const id = `item-${serial}`;
  const people = options.people ?? [child("Amy Smith"), adult("Jamie Fox", "1985-04-12")];
  const item: IntakeItemInsert = {
    id,
    reference: `LADO-2611-${String(serial).padStart(4, "0")}`,
    draftId: `draft-${id}`,
    service: options.service ?? "lado",
    portal: "professionals",
    formId: "lado-referral",
    formVersion: 1,
    answers: { "employer-name": options.employer ?? "Greenfield Primary School", "adult-job-title": "Cook" },
    subjects: people.map((p) => ({ name: p.name, role: p.role })),
    subjectName: null,
    subjectDateOfBirth: null,
    subjectPostcode: null,
    referrer: { anonymous: false, name: "Dee Lead", organisation: "Greenfield Primary School" },
    referrerSubject: "dsl",
    referrerOrganisation: "Greenfield Primary School",
    referrerOrganisationType: "school",
    receivedAt: options.receivedAt ?? at(-serial),
    status: "received",
    consent: "not-recorded",
    dueAt: options.dueAt ?? null,
    queueKey: options.dueAt?.getTime() ?? 0,
    subjectIndex: people,
  };
  expect(h.intake.items.insert(item)).toBe("inserted");
  return id;
}

describe("the SQLite LADO store", () => {
  it("loads only LADO items, with the adult (by role) and the employer from the answers", () => {
    const h = fresh();
    const id = submit(h);
    const other = submit(h, { service: "children" });
    const lado = h.store.lado.load(id);
    expect(lado).toMatchObject({
      id,
      stage: "received",
      employerName: "Greenfield Primary School",
      adult: { name: "Jamie Fox", dateOfBirth: "1985-04-12", jobTitle: "Cook" },
      referrerSubject: "dsl",
      consideration: null,
      meetings: [],
    });
    expect(h.store.lado.load(other)).toBeUndefined();
    expect(h.store.lado.content(other)).toBeUndefined();
    // And triage does not see the LADO item.
    expect(createSqliteTriageStore(h.db).triage.load(id)).toBeUndefined();
  });

  it("falls back to the first subject when no one has the adult's role", () => {
    const h = fresh();
    const id = submit(h, { people: [{ ...adult("Sam Stone", null), role: null }] });
    expect(h.store.lado.load(id)?.adult).toEqual({ name: "Sam Stone", dateOfBirth: null, jobTitle: "Cook" });
  });

  it("saves and reloads the whole case file, dates included, and never another service's item", () => {
    const h = fresh();
    const id = submit(h);
    const loaded = h.store.lado.load(id)!;
    const saved: LadoCase = {
      ...loaded,
      stage: "outcome",
      assignee: officer,
      consideration: { threshold: "met", reason: "Harm", decidedAt: at(1), decidedBy: officer },
      meetings: [
        {
          id: "m1",
          kind: "strategy",
          scheduledFor: at(24),
          attendees: [{ agency: "police", name: "DC Patel" }],
          minutes: "Minutes",
          actions: [{ id: "a1", owner: "Police", action: "Interview", dueAt: at(48) }],
          nextReviewAt: at(600),
          recordedAt: at(26),
        },
      ],
      enquiries: [
        {
          id: "e1",
          agency: "police",
          status: "concluded",
          note: "Done",
          startedAt: at(25),
          updatedAt: at(30),
        },
      ],
      outcome: { category: "unsubstantiated", reason: "Not enough", decidedAt: at(40), decidedBy: officer },
      followOns: [{ kind: "ofsted", note: "Told", recordedAt: at(41), recordedBy: officer }],
      links: [],
      feedback: { message: "Told the school", recordedAt: at(42), recordedBy: officer },
      question: { id: "message-1", askedAt: at(43) },
      closedAt: null,
    };
    h.store.lado.save(saved, { dueAt: at(5), queueKey: at(5).getTime() });
    expect(h.store.lado.load(id)).toEqual(saved);
    const other = submit(h, { service: "children" });
    expect(() => h.store.lado.save({ ...saved, id: other }, { dueAt: null, queueKey: 0 })).toThrow();
  });

  it("lists cases in queue order, filtered by stage, overdue and employer", () => {
    const h = fresh();
    const late = submit(h, { dueAt: at(-2), employer: "Oak Academy" });
    const soon = submit(h, { dueAt: at(5) });
    submit(h, { service: "children", dueAt: at(-10) });
    const closed = submit(h, { dueAt: at(1) });
    h.store.lado.save(
      { ...h.store.lado.load(closed)!, stage: "closed", closedAt: at(0) },
      { dueAt: null, queueKey: 9 },
    );
    const ids = (filters: Parameters<typeof h.store.lado.list>[0]) =>
      h.store.lado.list(filters, 10).map((r) => r.id);
    expect(ids({ now })).toEqual([late, soon]);
    expect(ids({ now, overdue: true })).toEqual([late]);
    expect(ids({ now, employer: "oak" })).toEqual([late]);
    expect(ids({ now, stage: "closed" })).toEqual([closed]);
    expect(h.store.lado.list({ now }, 10)[0]).toMatchObject({
      adultName: "Jamie Fox",
      employerName: "Oak Academy",
      waitingForReferrer: false,
    });
    h.store.lado.save(
      { ...h.store.lado.load(soon)!, question: { id: "message-1", askedAt: at(0) } },
      { dueAt: at(5), queueKey: at(5).getTime() },
    );
    expect(h.store.lado.list({ now }, 10).map((r) => [r.id, r.waitingForReferrer])).toEqual([
      [late, false],
      [soon, true],
    ]);
  });

  it("keeps a case's questions and answers in item_messages, as the triage store keeps an item's", () => {
    const h = fresh();
    const id = submit(h);
    const message = (n: number, direction: "to-referrer" | "from-referrer") => ({
      id: `message-${n}`,
      itemId: id,
      direction,
      body: `Message ${n}`,
      replyTo: direction === "from-referrer" ? `message-${n - 1}` : null,
      authorSubject: direction === "to-referrer" ? officer.subject : "dsl",
      authorName: direction === "to-referrer" ? officer.name : "Dee Lead",
      createdAt: at(n),
    });
    h.store.lado.insertMessage(message(2, "from-referrer"));
    h.store.lado.insertMessage(message(1, "to-referrer"));
    expect(h.store.lado.messagesFor(id)).toEqual([message(1, "to-referrer"), message(2, "from-referrer")]);
    // One table, one repository: the triage store reads the same rows.
    expect(createSqliteTriageStore(h.db).triage.messagesFor(id)).toEqual(h.store.lado.messagesFor(id));
    expect(h.store.lado.messagesFor(submit(h))).toEqual([]);
  });

  it("gives the dashboard every case, light: receipt, stage and the outcome's category and time", () => {
    const h = fresh();
    const open = submit(h, { receivedAt: at(-10) });
    const resolved = submit(h, { receivedAt: at(-20) });
    submit(h, { service: "children" });
    h.store.lado.save(
      {
        ...h.store.lado.load(resolved)!,
        stage: "outcome",
        outcome: { category: "false", reason: "Made up", decidedAt: at(-1), decidedBy: officer },
      },
      { dueAt: null, queueKey: 0 },
    );
    expect(h.store.lado.kcsieCases().sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [
        { id: open, receivedAt: at(-10), stage: "received", outcome: null },
        {
          id: resolved,
          receivedAt: at(-20),
          stage: "outcome",
          outcome: { category: "false", decidedAt: at(-1) },
        },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it("finds earlier cases about the same adult, never the children or other services' people", () => {
    const h = fresh();
    const first = submit(h);
    submit(h, { service: "children", people: [adult("Jamie Fox", "1985-04-12")] });
    submit(h, { people: [child("Jamie Fox"), adult("Pat Other", "1970-01-01")] });
    const found = h.store.lado.candidates(
      [
        {
          normalName: "jamie fox",
          givenKey: "JAMIE",
          familyKey: "FOX",
          dateOfBirth: "1985-04-12",
          postcode: null,
        },
      ],
      10,
    );
    expect(found.map((c) => c.id)).toEqual([first]);
    expect(found[0]).toMatchObject({
      adult: { name: "Jamie Fox" },
      employerName: "Greenfield Primary School",
    });
  });
});

describe("cross-links between LADO cases and the MASH", () => {
  const link: LadoLink = {
    kind: "from-mash",
    itemId: "",
    reference: "CSC-2611-0001",
    reason: "An allegation about a teaching assistant",
    linkedAt: at(1),
    linkedBy: officer,
  };

  it("makes a LADO case from a MASH item only, with the adult, their work and a new referrer", () => {
    const h = fresh();
    const mashItem = submit(h, { service: "children", people: [child("Amy Smith")] });
    const source = h.store.lado.content(mashItem);
    expect(source).toBeUndefined();
    const made: LadoCase = {
      ...h.store.lado.load(submit(h))!,
      id: "lado-new",
      reference: "LADO-2611-NEW1",
      stage: "received",
      receivedAt: at(1),
      referrerSubject: "mash-manager",
      referrerOrganisation: "Council children's services",
      employerName: "Oak Academy",
      adult: { name: "Pat Lee", dateOfBirth: "1980-02-03", jobTitle: null },
      consideration: null,
      links: [{ ...link, itemId: mashItem }],
    };
    createSqliteTriageStore(h.db).triage.insertLadoCase(
      mashItem,
      made,
      { dueAt: at(24), queueKey: at(24).getTime() },
      {
        portal: "mash",
        referrer: { subject: "mash-manager", name: "Morgan Hughes", anonymous: false },
        referrerOrganisationType: "council",
        adult: adult("Pat Lee", "1980-02-03"),
      },
    );
    expect(h.store.lado.load("lado-new")).toEqual(made);
    // Only from a MASH item: never a copy of another LADO case.
    expect(() =>
      createSqliteTriageStore(h.db).triage.insertLadoCase(
        "lado-new",
        { ...made, id: "lado-copy", reference: "LADO-2611-NEW2" },
        { dueAt: null, queueKey: 0 },
        { portal: "mash", referrer: {}, referrerOrganisationType: null, adult: adult("Pat Lee", null) },
      ),
    ).toThrow();
    expect(h.store.lado.content("lado-new")).toMatchObject({
      portal: "mash",
      answers: { "employer-name": "Greenfield Primary School" },
      subjects: [
        { name: "Amy Smith", role: "child" },
        { name: "Pat Lee", role: "person-allegation-against", dateOfBirth: "1980-02-03" },
      ],
      referrer: { subject: "mash-manager" },
    });
    expect(h.intake.items.get("lado-new")?.subjectIndex).toEqual([
      child("Amy Smith"),
      adult("Pat Lee", "1980-02-03"),
    ]);
    // The adult's work as the MASH gave it wins over the copied answers, in the list and its filter too,
    // and the workflow's saves keep it.
    h.store.lado.save({ ...made, stage: "consideration" }, { dueAt: at(24), queueKey: at(24).getTime() });
    expect(h.store.lado.load("lado-new")).toMatchObject({
      employerName: "Oak Academy",
      adult: { jobTitle: null },
    });
    const employer = (text: string) => h.store.lado.list({ now, employer: text }, 10).map((r) => r.id);
    expect(employer("oak")).toEqual(["lado-new"]);
    expect(employer("greenfield")).not.toContain("lado-new");
    expect(
      h.store.lado
        .candidates(
          [{ normalName: "pat lee", givenKey: "PAT", familyKey: "LEE", dateOfBirth: null, postcode: null }],
          10,
        )
        .map((c) => c.id),
    ).toEqual(["lado-new"]);
  });

  it("raises a children's item from a LADO case, and from nothing else", () => {
    const h = fresh();
    const caseId = submit(h);
    const triage = createSqliteTriageStore(h.db).triage;
    const item: TriageItem = {
      ...triage.load(submit(h, { service: "children" }))!,
      id: "mash-new",
      reference: "CSC-2611-NEW1",
      referrerSubject: "lado1",
      referrerOrganisation: "Council LADO team",
      referrerOrganisationType: "council",
      consent: "not-sought",
      links: [
        {
          kind: "raised-from-lado",
          itemId: caseId,
          reference: "LADO-2611-0001",
          linkedAt: at(2),
          linkedBy: officer,
          note: "A child at home",
        },
      ],
    };
    const made = { portal: "lado", referrer: { subject: "lado1", name: "Dana Clarke", anonymous: false } };
    h.store.lado.insertMashItem(caseId, item, { dueAt: at(24), queueKey: at(24).getTime() }, made);
    expect(triage.load("mash-new")).toEqual(item);
    expect(triage.content("mash-new")).toEqual({
      ...h.store.lado.content(caseId),
      portal: "lado",
      referrer: made.referrer,
    });
    expect(() =>
      h.store.lado.insertMashItem(
        "mash-new",
        { ...item, id: "mash-2", reference: "CSC-2611-NEW2" },
        { dueAt: null, queueKey: 0 },
        made,
      ),
    ).toThrow();
  });
});
