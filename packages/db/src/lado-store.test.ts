import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "./connection.ts";
import { createSqliteIntakeStore, type IntakeItemInsert } from "./intake-store.ts";
import { createSqliteLadoStore } from "./lado-store.ts";
import type { LadoCase } from "./lado-types.ts";
import { applyMigrations } from "./migrate.ts";
import { createSqliteTriageStore } from "./triage-store.ts";
import type { SubjectIndexRow } from "./triage-types.ts";

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
    answers: { "employer-name": options.employer ?? "Greenfield Primary School" },
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
      adult: { name: "Jamie Fox", dateOfBirth: "1985-04-12" },
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
    expect(h.store.lado.load(id)?.adult).toEqual({ name: "Sam Stone", dateOfBirth: null });
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
    });
    expect(
      h.store.lado
        .allCases(10)
        .map((c) => c.id)
        .sort(),
    ).toEqual([late, soon, closed].sort());
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
