import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "./connection.ts";
import { createSqliteIntakeStore, type IntakeItemInsert } from "./intake-store.ts";
import { applyMigrations, defaultMigrationsFolder } from "./migrate.ts";
import { explainQueryPlan, recordQueries } from "./query-plan.ts";
import { createSqliteTriageStore } from "./triage-store.ts";
import {
  NO_DEADLINE_KEY,
  type PartnerCheck,
  type QueueFilters,
  type Stage,
  type SubjectIndexRow,
  type TriageItem,
  type TriageService,
} from "./triage-types.ts";

const now = new Date("2026-11-02T10:00:00Z");
const HOUR = 3_600_000;
const at = (hours: number) => new Date(now.getTime() + hours * HOUR);
const worker = { subject: "w1", name: "Wendy Worker" };
const ALL: TriageService[] = ["children", "early-help", "adults"];

function fresh() {
  const db = openDatabase(join(mkdtempSync(join(tmpdir(), "triage-store-")), "portal.db"));
  applyMigrations(db);
  return { db, intake: createSqliteIntakeStore(db), store: createSqliteTriageStore(db) };
}

const person = (name: string, keys: Partial<SubjectIndexRow> = {}): SubjectIndexRow => ({
  name,
  role: "child",
  normalName: name.toLowerCase(),
  givenKey: name.split(" ")[0]!.toUpperCase(),
  familyKey: name.split(" ").at(-1)!.toUpperCase(),
  dateOfBirth: null,
  postcode: null,
  ...keys,
});

let serial = 0;
/** An item as submission writes it, with triage columns set straight in the table where asked. */
function submit(
  h: ReturnType<typeof fresh>,
  options: {
    id?: string;
    service?: string;
    stage?: Stage;
    rag?: string | null;
    assignee?: string | null;
    dueAt?: Date | null;
    receivedAt?: Date;
    people?: SubjectIndexRow[];
    queueKey?: number;
  } = {},
): IntakeItemInsert {
  serial++;
  const id = options.id ?? `item-${String(serial).padStart(4, "0")}`;
  const receivedAt = options.receivedAt ?? at(-serial);
  const dueAt = options.dueAt === undefined ? null : options.dueAt;
  const queueKey = options.queueKey ?? (dueAt ? dueAt.getTime() : NO_DEADLINE_KEY - receivedAt.getTime());
  const people = options.people ?? [person("Amy Smith")];
  const item: IntakeItemInsert = {
    id,
    reference: `CSC-2611-${String(serial).padStart(4, "0")}`,
    draftId: `draft-${id}`,
    service: options.service ?? "children",
    portal: "professionals",
    formId: "child-safeguarding-referral",
    formVersion: 3,
    answers: { concern: "worried", "consent-sought": "yes-agreed" },
    subjects: people.map((p) => ({ name: p.name, role: p.role })),
    subjectName: people[0]?.normalName ?? null,
    subjectDateOfBirth: people[0]?.dateOfBirth ?? null,
    subjectPostcode: people[0]?.postcode ?? null,
    referrer: { anonymous: false, name: "Rita Referrer", organisation: "Harbourside Academy" },
    referrerSubject: "r1",
    referrerOrganisation: "Harbourside Academy",
    referrerOrganisationType: "education",
    receivedAt,
    status: "received",
    consent: "given",
    dueAt,
    queueKey,
    subjectIndex: people,
  };
  expect(h.intake.items.insert(item)).toBe("inserted");
  h.db.$client
    .prepare(
      "UPDATE intake_items SET status = ?, rag = ?, assignee_subject = ?, assignee_name = ? WHERE id = ?",
    )
    .run(
      options.stage ?? "received",
      options.rag ?? null,
      options.assignee ?? null,
      options.assignee ?? null,
      id,
    );
  return item;
}

const check = (id: string, overrides: Partial<PartnerCheck> = {}): PartnerCheck => ({
  id,
  agency: "police",
  question: "Anything known?",
  requestedAt: at(1),
  requestedBy: worker,
  dueAt: at(25),
  status: "open",
  response: null,
  respondedAt: null,
  respondedBy: null,
  withdrawnReason: null,
  ...overrides,
});

describe("createSqliteTriageStore", () => {
  it("loads an item's workflow state, and nothing for a missing or LADO item", () => {
    const h = fresh();
    const submitted = submit(h, { id: "i1" });
    submit(h, { id: "lado1", service: "lado" });
    expect(h.store.triage.load("nope")).toBeUndefined();
    expect(h.store.triage.load("lado1")).toBeUndefined();
    expect(h.store.triage.content("lado1")).toBeUndefined();
    expect(h.store.triage.load("i1")).toEqual({
      id: "i1",
      reference: submitted.reference,
      service: "children",
      formId: "child-safeguarding-referral",
      stage: "received",
      receivedAt: submitted.receivedAt,
      enteredServiceAt: submitted.receivedAt,
      reroutedFrom: null,
      referrerSubject: "r1",
      referrerOrganisation: "Harbourside Academy",
      referrerOrganisationType: "education",
      referrerAnonymous: false,
      consent: "given",
      question: null,
      acknowledgedAt: null,
      assignee: null,
      rag: null,
      ragReason: null,
      screenedAt: null,
      checks: [],
      links: [],
      decision: null,
      feedback: null,
      closedAt: null,
      closure: null,
    } satisfies TriageItem);
    expect(h.store.triage.content("i1")).toEqual({
      formId: "child-safeguarding-referral",
      formVersion: 3,
      portal: "professionals",
      answers: submitted.answers,
      subjects: submitted.subjects,
      referrer: submitted.referrer,
    });
  });

  it("round-trips a saved item with its checks and links, and never touches the answers", () => {
    const h = fresh();
    const submitted = submit(h, { id: "i1" });
    submit(h, { id: "i2" });
    const item = h.store.triage.load("i1")!;
    const saved: TriageItem = {
      ...item,
      service: "adults",
      stage: "decided",
      enteredServiceAt: at(2),
      reroutedFrom: "children",
      consent: "refused",
      question: { id: "q1", askedAt: at(2) },
      acknowledgedAt: at(1),
      assignee: worker,
      rag: "amber",
      ragReason: "Needs a closer look",
      screenedAt: at(3),
      checks: [check("c1"), check("c2", { agency: "health", requestedAt: at(2) })],
      links: [
        {
          kind: "same-person",
          itemId: "i2",
          reference: "CSC-2611-0002",
          linkedAt: at(4),
          linkedBy: worker,
          note: null,
        },
      ],
      decision: { outcome: "assessment", reason: "Threshold met", decidedAt: at(5), decidedBy: worker },
      feedback: { message: "Thanks", recordedAt: at(6), recordedBy: worker },
    };
    h.store.durably(() => h.store.triage.save(saved, { dueAt: at(30), queueKey: at(30).getTime() }));
    expect(h.store.triage.load("i1")).toEqual(saved);

    // Checks are updated by id; a link already stored is not written twice.
    const answered = check("c1", {
      status: "answered",
      response: "Known to us",
      respondedAt: at(7),
      respondedBy: { subject: "p1", name: "PC Desk", organisation: "Harbourside Police" },
    });
    const closed: TriageItem = {
      ...saved,
      stage: "closed",
      closedAt: at(8),
      closure: "completed",
      checks: [answered, saved.checks[1]!],
    };
    h.store.triage.save(closed, { dueAt: null, queueKey: NO_DEADLINE_KEY - submitted.receivedAt.getTime() });
    expect(h.store.triage.load("i1")).toEqual(closed);
    const row = h.db.$client
      .prepare("SELECT answers, outcome, due_at, queue_key, status FROM intake_items WHERE id = 'i1'")
      .get();
    expect(row).toEqual({
      answers: JSON.stringify(submitted.answers),
      outcome: "assessment",
      due_at: null,
      queue_key: NO_DEADLINE_KEY - submitted.receivedAt.getTime(),
      status: "closed",
    });
    expect(h.db.$client.prepare("SELECT count(*) FROM item_links").pluck().get()).toBe(1);
    expect(() => h.store.triage.save({ ...closed, id: "nope" }, { dueAt: null, queueKey: 0 })).toThrow();
  });

  it("copies an item for a step-down: answers, subjects and referrer from the source, state from the new item", () => {
    const h = fresh();
    const people = [person("Amy Smith", { dateOfBirth: "2015-01-02" }), person("Ben Smith")];
    const source = submit(h, { id: "i1", people });
    const copy: TriageItem = {
      ...h.store.triage.load("i1")!,
      id: "i9",
      reference: "EH-2611-ZZZZ",
      service: "early-help",
      formId: "child-safeguarding-referral",
      receivedAt: at(10),
      enteredServiceAt: at(10),
      links: [
        {
          kind: "stepped-down-from",
          itemId: "i1",
          reference: source.reference,
          linkedAt: at(10),
          linkedBy: worker,
          note: null,
        },
      ],
    };
    h.store.durably(() =>
      h.store.triage.insertCopy("i1", copy, { dueAt: at(40), queueKey: at(40).getTime() }),
    );
    expect(h.store.triage.load("i9")).toEqual(copy);
    expect(h.store.triage.content("i9")).toEqual(h.store.triage.content("i1"));
    expect(h.intake.items.get("i9")).toMatchObject({
      draftId: null,
      service: "early-help",
      referrerSubject: "r1",
      subjectName: "amy smith",
      dueAt: at(40),
      subjectIndex: people,
    });
    expect(h.store.triage.subjectKeys("i9")).toEqual(
      people.map(({ normalName, givenKey, familyKey, dateOfBirth, postcode }) => ({
        normalName,
        givenKey,
        familyKey,
        dateOfBirth,
        postcode,
      })),
    );
    expect(h.store.triage.referenceExists("EH-2611-ZZZZ")).toBe(true);
    expect(h.store.triage.referenceExists("EH-2611-YYYY")).toBe(false);
    expect(() =>
      h.store.triage.insertCopy("nope", { ...copy, id: "i10" }, { dueAt: null, queueKey: 0 }),
    ).toThrow();
  });

  describe("queue", () => {
    function seeded() {
      const h = fresh();
      submit(h, {
        id: "a",
        stage: "received",
        dueAt: at(-5),
        people: [person("Amy Smith"), person("Ben Smith")],
      });
      submit(h, { id: "b", stage: "screening", rag: "red", assignee: "w1", dueAt: at(2) });
      submit(h, { id: "c", stage: "decided", rag: "green", service: "adults", dueAt: at(-1) });
      submit(h, {
        id: "d",
        stage: "screening",
        rag: "amber",
        service: "early-help",
        assignee: "w2",
        dueAt: at(1),
      });
      submit(h, { id: "e", stage: "closed", rag: "green" });
      submit(h, { id: "f", stage: "closed", service: "adults" });
      submit(h, { id: "g", stage: "received", service: "lado", dueAt: at(-9) });
      submit(h, { id: "h", stage: "received", dueAt: null, people: [] });
      const b = h.store.triage.load("b")!;
      h.store.triage.save(
        { ...b, assignee: worker, checks: [check("c1"), check("c2", { status: "answered" }), check("c3")] },
        { dueAt: at(2), queueKey: at(2).getTime() },
      );
      return h;
    }
    const ids = (h: ReturnType<typeof fresh>, filters: Partial<QueueFilters>) =>
      h.store.triage
        .queue({ services: ALL, stage: "open", now, ...filters }, null, 100)
        .map((r) => r.id)
        .join("");

    it("lists open items in queue order with their first subject's name and open checks", () => {
      const h = seeded();
      const rows = h.store.triage.queue({ services: ALL, stage: "open", now }, null, 100);
      expect(rows.map((r) => r.id)).toEqual(["a", "c", "d", "b", "h"]);
      expect(rows[0]).toMatchObject({ subjectName: "Amy Smith", openChecks: 0, stage: "received" });
      expect(rows.find((r) => r.id === "b")).toMatchObject({
        openChecks: 2,
        assigneeSubject: "w1",
        assigneeName: "Wendy Worker",
        rag: "red",
        dueAt: at(2),
        queueKey: at(2).getTime(),
        referrerOrganisation: "Harbourside Academy",
      });
      expect(rows.find((r) => r.id === "h")?.subjectName).toBeNull();
    });

    it("filters by the viewer's services, a service, stage, RAG, overdue and assignee", () => {
      const h = seeded();
      expect(ids(h, { services: ["children"] })).toBe("abh");
      expect(ids(h, { services: ["children"], service: "adults" })).toBe("");
      expect(ids(h, { service: "adults" })).toBe("c");
      expect(ids(h, { stage: "screening" })).toBe("db");
      expect(ids(h, { stage: "closed" })).toBe("ef");
      expect(ids(h, { stage: "closed", service: "adults" })).toBe("f");
      expect(ids(h, { rag: "red" })).toBe("b");
      expect(ids(h, { rag: "none" })).toBe("ah");
      expect(ids(h, { overdue: true })).toBe("ac");
      expect(ids(h, { assignee: "w1" })).toBe("b");
      expect(ids(h, { assignee: "none" })).toBe("ach");
      expect(ids(h, { overdue: true, assignee: "none", service: "children" })).toBe("a");
      expect(ids(h, { stage: "closed", rag: "green" })).toBe("e");
    });

    it("returns every item exactly once, in order, page by page", () => {
      const h = fresh();
      const expected: { id: string; key: number; stage: Stage; service: TriageService }[] = [];
      for (let i = 0; i < 90; i++) {
        const service = ALL[i % 3]!;
        const stage: Stage = i % 4 === 0 ? "closed" : (["received", "screening", "decided"] as const)[i % 3]!;
        // Few distinct keys, so ties are broken by id across page boundaries.
        const key = 1_000 + (i % 7);
        const id = `p${((i * 37) % 90).toString().padStart(2, "0")}`;
        submit(h, { id, service, stage, queueKey: key });
        expected.push({ id, key, stage, service });
      }
      const order = (a: { key: number; id: string }, b: { key: number; id: string }) =>
        a.key - b.key || (a.id < b.id ? -1 : 1);
      for (const filters of [
        { services: ALL, stage: "open" as const },
        { services: ALL, stage: "closed" as const },
        { services: ["children", "adults"] as TriageService[], stage: "closed" as const },
        { services: ALL, service: "early-help" as const, stage: "screening" as const },
      ]) {
        const seen: string[] = [];
        let after = null;
        for (let page = 0; page < 50; page++) {
          const rows = h.store.triage.queue({ ...filters, now }, after, 7);
          seen.push(...rows.map((r) => r.id));
          if (rows.length < 7) break;
          const last = rows[rows.length - 1]!;
          after = { queueKey: last.queueKey, id: last.id };
        }
        const want = expected
          .filter((e) => filters.services.includes(e.service))
          .filter((e) => !("service" in filters) || e.service === filters.service)
          .filter((e) => (filters.stage === "open" ? e.stage !== "closed" : e.stage === filters.stage))
          .sort(order)
          .map((e) => e.id);
        expect(want.length).toBeGreaterThan(7);
        expect(seen).toEqual(want);
      }
    });

    it("counts the open items of the viewer's services by each filter option", () => {
      const h = seeded();
      expect(h.store.triage.counts({ services: ALL, now, assignee: "w1" })).toEqual({
        total: 5,
        byService: { children: 3, "early-help": 1, adults: 1 },
        byStage: { received: 2, screening: 2, decided: 1 },
        byRag: { red: 1, amber: 1, green: 1, blue: 0, none: 2 },
        overdue: 2,
        assignedTo: 1,
        unassigned: 3,
      });
      expect(h.store.triage.counts({ services: ["children"], now })).toMatchObject({
        total: 3,
        byService: { children: 3 },
        overdue: 1,
        assignedTo: 0,
        unassigned: 2,
      });
    });

    it("walks indexes in queue order: no full scan and no sort of the table", () => {
      const h = seeded();
      const recording = recordQueries(h.db);
      const store = createSqliteTriageStore(h.db);
      const cursor = { queueKey: at(0).getTime(), id: "m" };
      store.triage.queue({ services: ["children"], stage: "open", now }, null, 25);
      store.triage.queue({ services: ALL, stage: "open", overdue: true, assignee: "none", now }, null, 25);
      store.triage.queue({ services: ALL, stage: "screening", rag: "red", now }, cursor, 25);
      store.triage.queue({ services: ALL, service: "children", stage: "closed", now }, cursor, 25);
      store.triage.queue({ services: ALL, stage: "closed", now }, cursor, 25);
      store.triage.counts({ services: ALL, now, assignee: "w1" });
      recording.stop();
      const plans = recording.queries.map((q) => explainQueryPlan(h.db, q.sql, q.params).join("\n"));
      expect(plans).toHaveLength(6);
      for (const plan of plans) {
        expect(plan).not.toMatch(/SCAN (i|intake_items)$/m);
        expect(plan).toMatch(/USING (COVERING )?INDEX intake_items_(open_queue|open_counts|service_queue)/);
      }
      // Only the merge of several services' closed pages sorts, and only the rows of those pages (each
      // branch is a LIMITed co-routine over an index range); nothing else sorts at all.
      for (const plan of [...plans.slice(0, 4), plans[5]!]) expect(plan).not.toMatch(/TEMP B-TREE/);
      expect(plans[4]!.match(/CO-ROUTINE/g)).toHaveLength(3);
      expect(
        plans[4]!.match(
          /SEARCH i USING INDEX intake_items_service_queue \(service=\? AND status=\? AND \(queue_key,id\)>\(\?,\?\)\)/g,
        ),
      ).toHaveLength(3);
      // The keyset cursor is a range on the index, not a filter over it.
      expect(plans[3]).toMatch(
        /SEARCH i USING INDEX intake_items_service_queue \(service=\? AND status=\? AND \(queue_key,id\)>\(\?,\?\)\)/,
      );
      expect(plans[2]).toMatch(/SEARCH i USING INDEX intake_items_open_queue \(\(queue_key,id\)>\(\?,\?\)\)/);
    });
  });

  describe("partner checks", () => {
    it("gives a desk only its agency's checks, oldest due first, with who they are about and no answers", () => {
      const h = fresh();
      const people = [
        person("Amy Smith", { dateOfBirth: "2015-01-02", postcode: "BS1 4DJ" }),
        person("Carl Smith", { role: "parent or carer" }),
      ];
      submit(h, { id: "i1", people });
      submit(h, { id: "i2" });
      const save = (id: string, checks: PartnerCheck[]) =>
        h.store.triage.save({ ...h.store.triage.load(id)!, checks }, { dueAt: null, queueKey: 0 });
      save("i1", [
        check("late", { dueAt: at(50) }),
        check("health", { agency: "health", dueAt: at(1) }),
        check("done", { status: "answered", dueAt: at(0) }),
      ]);
      save("i2", [check("early", { dueAt: at(10) })]);

      const tasks = h.store.triage.checksForAgency("police", "open", 10);
      expect(tasks.map((t) => t.check.id)).toEqual(["early", "late"]);
      expect(tasks.every((t) => t.check.agency === "police")).toBe(true);
      expect(h.store.triage.checksForAgency("police", "open", 1).map((t) => t.check.id)).toEqual(["early"]);
      expect(h.store.triage.checksForAgency("health", "open", 10).map((t) => t.check.id)).toEqual(["health"]);
      expect(h.store.triage.checksForAgency("education", "open", 10)).toEqual([]);

      const task = h.store.triage.checkTask("late");
      expect(task).toEqual(tasks[1]);
      expect(Object.keys(task!).sort()).toEqual(["check", "itemId", "reference", "subjects"]);
      expect(task!.subjects).toEqual([
        { name: "Amy Smith", dateOfBirth: "2015-01-02", postcode: "BS1 4DJ", role: "child" },
        { name: "Carl Smith", dateOfBirth: null, postcode: null, role: "parent or carer" },
      ]);
      expect(JSON.stringify(task)).not.toMatch(/worried|Rita|Harbourside Academy/);
      expect(h.store.triage.checkTask("nope")).toBeUndefined();
    });
  });

  describe("candidates", () => {
    it("finds people sharing a family key (either way round), a date of birth or a postcode", () => {
      const h = fresh();
      submit(h, { id: "same", people: [person("Amy Smith")] });
      submit(h, { id: "sibling", people: [person("Ben Smith")] });
      submit(h, { id: "swapped", people: [person("Smith Amy", { givenKey: "SMITH", familyKey: "AMY" })] });
      submit(h, { id: "given", people: [person("Smith Jones", { givenKey: "SMITH", familyKey: "JONES" })] });
      submit(h, { id: "dob", people: [person("Zed Other", { dateOfBirth: "2015-01-02" })] });
      submit(h, { id: "postcode", people: [person("Yan Other", { postcode: "BS1 4DJ" })] });
      submit(h, { id: "none", people: [person("Xia Other")] });
      const keys = [
        {
          normalName: "amy smith",
          givenKey: "AMY",
          familyKey: "SMITH",
          dateOfBirth: "2015-01-02",
          postcode: "BS1 4DJ",
        },
      ];
      const found = h.store.triage.candidates(keys, 100);
      expect(found.map((c) => c.itemId).sort()).toEqual(
        ["dob", "given", "postcode", "same", "sibling", "swapped"].sort(),
      );
      expect(found.find((c) => c.itemId === "dob")).toEqual({
        itemId: "dob",
        reference: expect.stringMatching(/^CSC-/),
        service: "children",
        receivedAt: expect.any(Date),
        name: "Zed Other",
        dateOfBirth: "2015-01-02",
        postcode: null,
        role: "child",
      });
      expect(h.store.triage.candidates(keys, 2)).toHaveLength(2);
      expect(
        h.store.triage.candidates(
          [{ ...keys[0]!, dateOfBirth: null, postcode: null, familyKey: null, givenKey: null }],
          10,
        ),
      ).toEqual([]);
    });

    it("keeps the likeliest matches when the cap cuts: same name and date of birth before a common family name", () => {
      const h = fresh();
      // The oldest item is the strong match; dozens of newer Smiths come after it.
      submit(h, {
        id: "strong",
        receivedAt: at(-10_000),
        people: [person("Amy Smith", { dateOfBirth: "2015-01-02" })],
      });
      for (let i = 0; i < 40; i++)
        submit(h, { id: `smith${i}`, people: [person(`Kid${i} Smith`, { givenKey: `K${i}` })] });
      submit(h, {
        id: "alike",
        receivedAt: at(-9_000),
        people: [person("Aimee Smith", { givenKey: "AMY" })],
      });
      const found = h.store.triage.candidates(
        [
          {
            normalName: "amy smith",
            givenKey: "AMY",
            familyKey: "SMITH",
            dateOfBirth: "2015-01-02",
            postcode: null,
          },
        ],
        5,
      );
      expect(found.map((c) => c.itemId).slice(0, 2)).toEqual(["strong", "alike"]);
      expect(found).toHaveLength(5);
    });

    it("looks people up by index", () => {
      const h = fresh();
      submit(h, { people: [person("Amy Smith", { dateOfBirth: "2015-01-02", postcode: "BS1 4DJ" })] });
      const recording = recordQueries(h.db);
      createSqliteTriageStore(h.db).triage.candidates(
        [
          {
            normalName: "amy smith",
            givenKey: "AMY",
            familyKey: "SMITH",
            dateOfBirth: "2015-01-02",
            postcode: "BS1 4DJ",
          },
        ],
        50,
      );
      recording.stop();
      const plans = recording.queries.map((q) => explainQueryPlan(h.db, q.sql, q.params).join("\n"));
      expect(plans.length).toBeGreaterThan(0);
      for (const plan of plans) {
        expect(plan).toMatch(/MULTI-INDEX OR/);
        expect(plan).not.toMatch(/SCAN s$/m);
        expect(plan).toMatch(/SEARCH i USING INDEX sqlite_autoindex_intake_items_1 \(id=\?\)/);
      }
    });
  });

  it("records the actor's roles and organisation in the append-only audit trail", () => {
    const h = fresh();
    h.store.audit.append({
      occurredAt: now,
      action: "triage.screened",
      actorSubject: "w1",
      actorRoles: ["mash-practitioner", "mash-manager"],
      actorOrganisation: "Harbourside Council",
      portal: "mash",
      itemId: "i1",
      details: { rag: "red" },
    });
    expect(h.store.audit.listForItem("i1")).toEqual([
      {
        id: 1,
        occurredAt: now,
        action: "triage.screened",
        actorSubject: "w1",
        actorRoles: ["mash-practitioner", "mash-manager"],
        actorOrganisation: "Harbourside Council",
        portal: "mash",
        itemId: "i1",
        details: { rag: "red" },
      },
    ]);
    expect(() => h.db.$client.prepare("UPDATE audit_events SET actor_organisation = 'x'").run()).toThrow(
      /append-only/,
    );
    expect(() => h.db.$client.prepare("DELETE FROM audit_events").run()).toThrow(/append-only/);
  });
});

describe("migration 0004_triage", () => {
  it("backfills the triage columns and subject rows of items received before it", () => {
    // The migrations folder as it was before 0004, applied to a database with one item in it.
    const folder = mkdtempSync(join(tmpdir(), "migrations-"));
    cpSync(defaultMigrationsFolder, folder, { recursive: true });
    const journalPath = join(folder, "meta", "_journal.json");
    const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { tag: string }[] };
    const later = journal.entries.filter((e) => e.tag >= "0004");
    writeFileSync(
      journalPath,
      JSON.stringify({ ...journal, entries: journal.entries.filter((e) => e.tag < "0004") }),
    );
    const db = openDatabase(join(mkdtempSync(join(tmpdir(), "legacy-")), "portal.db"));
    applyMigrations(db, folder);
    const received = now.getTime();
    const insert =
      db.$client.prepare(`INSERT INTO intake_items (id, reference, draft_id, service, portal, form_id,
      form_version, answers, subjects, subject_name, subject_date_of_birth, subject_postcode, referrer,
      received_at, status) VALUES (?, ?, NULL, 'children', 'public', 'f', 1, ?, ?, ?, ?, ?, ?, ?, 'received')`);
    insert.run(
      "old1",
      "CSC-2611-AAAA",
      JSON.stringify({ "consent-sought": "yes-refused" }),
      JSON.stringify([
        { name: "Zoë O'Brien", dateOfBirth: "2015-04-03", postcode: "sw1a1aa", role: "child" },
        { name: "Sam O'Brien", dateOfBirth: "3 April", role: "child" },
        { name: "Kim O'Brien", dateOfBirth: "2012-01-05" },
      ]),
      "zoe o'brien",
      "2015-04-03",
      "SW1A 1AA",
      JSON.stringify({ anonymous: true }),
      received,
    );
    insert.run(
      "old2",
      "CSC-2611-BBBB",
      "{}",
      "[]",
      null,
      null,
      null,
      JSON.stringify({ anonymous: false }),
      received,
    );
    db.$client
      .prepare(
        "INSERT INTO audit_events (occurred_at, action, actor_subject, portal, item_id) VALUES (1, 'submitted', NULL, 'public', 'old1')",
      )
      .run();

    writeFileSync(journalPath, JSON.stringify({ ...journal, entries: [...journal.entries] }));
    expect(later.length).toBeGreaterThan(0);
    applyMigrations(db, folder);
    rmSync(folder, { recursive: true });

    const item = db.$client
      .prepare(
        "SELECT entered_service_at, referrer_anonymous, consent, due_at, queue_key FROM intake_items WHERE id = 'old1'",
      )
      .get();
    expect(item).toEqual({
      entered_service_at: received,
      referrer_anonymous: 1,
      consent: "refused",
      due_at: received + 86_400_000,
      queue_key: received + 86_400_000,
    });
    expect(
      db.$client.prepare("SELECT referrer_anonymous, consent FROM intake_items WHERE id = 'old2'").get(),
    ).toEqual({ referrer_anonymous: 0, consent: "not-recorded" });
    expect(db.$client.prepare("SELECT * FROM item_subjects ORDER BY position").all()).toEqual([
      {
        item_id: "old1",
        position: 0,
        name: "Zoë O'Brien",
        role: "child",
        normal_name: "zoe o'brien",
        given_key: null,
        family_key: null,
        date_of_birth: "2015-04-03",
        postcode: "SW1A 1AA",
      },
      {
        item_id: "old1",
        position: 1,
        name: "Sam O'Brien",
        role: "child",
        normal_name: null,
        given_key: null,
        family_key: null,
        date_of_birth: null,
        postcode: null,
      },
      {
        item_id: "old1",
        position: 2,
        name: "Kim O'Brien",
        role: null,
        normal_name: null,
        given_key: null,
        family_key: null,
        date_of_birth: "2012-01-05",
        postcode: null,
      },
    ]);
    // The append-only triggers survive the new audit columns.
    expect(() => db.$client.prepare("UPDATE audit_events SET actor_roles = '[]'").run()).toThrow(
      /append-only/,
    );
    // And the triage store reads the migrated item.
    expect(createSqliteTriageStore(db).triage.load("old1")).toMatchObject({
      enteredServiceAt: now,
      referrerAnonymous: true,
      consent: "refused",
      stage: "received",
    });
  });
});
