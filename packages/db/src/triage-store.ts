import { eq } from "drizzle-orm";
import { type Db, durably } from "./connection.ts";
import { createAuditRepository } from "./intake-store.ts";
import { readItemContent } from "./item-content.ts";
import { insertItemCopy } from "./item-copy.ts";
import { createMessageRepository } from "./item-messages.ts";
import { LADO_ADULT_ROLE, ladoColumns, type StoredAdultWork, toCaseFile } from "./lado-case-file.ts";
import type { LadoCase } from "./lado-types.ts";
import { intakeItems, itemChecks, itemLinks } from "./schema.ts";
import { type Param, statementCache } from "./statements.ts";
import {
  type Agency,
  type CheckStatus,
  type CheckTask,
  type ConsentStatus,
  type ItemContent,
  type ItemLink,
  isTriageService,
  type Json,
  type KnownPerson,
  type LinkKind,
  type PartnerCheck,
  type PersonKeys,
  type QueueCounts,
  type QueueCursor,
  type QueueFilters,
  type QueueRow,
  type Rag,
  type ReferrerItemRow,
  type Stage,
  type SubjectIndexRow,
  TRIAGE_SERVICES,
  type TriageItem,
  type TriageService,
} from "./triage-types.ts";

const OPEN_STAGES = ["received", "screening", "decided"] as const;
const RAGS = ["red", "amber", "green", "blue"] as const;

type Order = { dueAt: Date | null; queueKey: number };

/** triage/store.ts MadeBy: where a copy was made and who made it, when not the referrer it copies. */
export interface MadeBy {
  portal: string;
  referrer: { [key: string]: Json };
}

const date = (ms: number | null): Date | null => (ms === null ? null : new Date(ms));
const parse = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));

interface ItemRow {
  id: string;
  reference: string;
  service: string;
  form_id: string;
  status: string;
  received_at: number;
  entered_service_at: number | null;
  rerouted_from: string | null;
  referrer_subject: string | null;
  referrer_organisation: string | null;
  referrer_organisation_type: string | null;
  referrer_anonymous: number;
  consent: string;
  acknowledged_at: number | null;
  assignee_subject: string | null;
  assignee_name: string | null;
  rag: string | null;
  rag_reason: string | null;
  screened_at: number | null;
  decision: string | null;
  feedback: string | null;
  closed_at: number | null;
  closure: string | null;
  question_id: string | null;
  question_asked_at: number | null;
}

interface CheckRow {
  id: string;
  item_id: string;
  agency: string;
  question: string;
  requested_at: number;
  requested_by: string;
  due_at: number;
  status: string;
  response: string | null;
  responded_at: number | null;
  responded_by: string | null;
  withdrawn_reason: string | null;
}

interface LinkRow {
  kind: string;
  linked_item_id: string;
  reference: string;
  linked_at: number;
  linked_by: string;
  note: string | null;
}

interface QueueSqlRow {
  id: string;
  reference: string;
  service: string;
  form_id: string;
  status: string;
  rag: string | null;
  received_at: number;
  due_at: number | null;
  queue_key: number;
  assignee_name: string | null;
  assignee_subject: string | null;
  subject_name: string | null;
  referrer_organisation: string | null;
  open_checks: number;
  waiting_for_referrer: number;
  referrer_not_told: number;
}

interface CandidateRow {
  item_id: string;
  position: number;
  reference: string;
  service: string;
  received_at: number;
  name: string;
  date_of_birth: string | null;
  postcode: string | null;
  role: string | null;
}

function toCheck(row: CheckRow): PartnerCheck {
  return {
    id: row.id,
    agency: row.agency as Agency,
    question: row.question,
    requestedAt: new Date(row.requested_at),
    requestedBy: JSON.parse(row.requested_by) as PartnerCheck["requestedBy"],
    dueAt: new Date(row.due_at),
    status: row.status as CheckStatus,
    response: row.response,
    respondedAt: date(row.responded_at),
    respondedBy: parse<PartnerCheck["respondedBy"]>(row.responded_by),
    withdrawnReason: row.withdrawn_reason,
  };
}

function toLink(row: LinkRow): ItemLink {
  return {
    kind: row.kind as LinkKind,
    itemId: row.linked_item_id,
    reference: row.reference,
    linkedAt: new Date(row.linked_at),
    linkedBy: JSON.parse(row.linked_by) as ItemLink["linkedBy"],
    note: row.note,
  };
}

/** `?, ?, ?` for a list of bound values. */
const marks = (values: readonly unknown[]) => values.map(() => "?").join(", ");

/** The queue's columns, for a row of intake_items called `i`. */
const QUEUE_COLUMNS = `i.id, i.reference, i.service, i.form_id, i.status, i.rag, i.received_at, i.due_at,
  i.queue_key, i.assignee_name, i.assignee_subject, i.referrer_organisation,
  i.question_id IS NOT NULL AS waiting_for_referrer,
  (i.status = 'decided' AND i.feedback IS NULL AND i.referrer_anonymous = 0) AS referrer_not_told`;
/**
 * The columns read from other tables, for the rows of a page only. An item is named by its first
 * subject who is not an adult an allegation is about (a MASH item the LADO raised lists the adult
 * first), else by its first subject.
 */
const QUEUE_EXTRAS = (alias: string) => `
  coalesce(
    (SELECT s.name FROM item_subjects s WHERE s.item_id = ${alias}.id AND s.position = (
      SELECT min(f.position) FROM item_subjects f
      WHERE f.item_id = ${alias}.id AND coalesce(f.role, '') <> '${LADO_ADULT_ROLE}')),
    (SELECT s.name FROM item_subjects s WHERE s.item_id = ${alias}.id AND s.position = 0)
  ) AS subject_name,
  (SELECT count(*) FROM item_checks c WHERE c.item_id = ${alias}.id AND c.status = 'open') AS open_checks`;

/** Inserts new checks and updates known ones; links are only ever added. */
function writeChecksAndLinks(db: Db, item: TriageItem): void {
  for (const check of item.checks) {
    const values = {
      agency: check.agency,
      question: check.question,
      requestedAt: check.requestedAt,
      requestedBy: { subject: check.requestedBy.subject, name: check.requestedBy.name },
      dueAt: check.dueAt,
      status: check.status,
      response: check.response,
      respondedAt: check.respondedAt,
      respondedBy: check.respondedBy && {
        subject: check.respondedBy.subject,
        name: check.respondedBy.name,
        organisation: check.respondedBy.organisation,
      },
      withdrawnReason: check.withdrawnReason,
    };
    db.insert(itemChecks)
      .values({ id: check.id, itemId: item.id, ...values })
      .onConflictDoUpdate({ target: itemChecks.id, set: values })
      .run();
  }
  if (item.links.length > 0) {
    db.insert(itemLinks)
      .values(
        item.links.map((link) => ({
          itemId: item.id,
          kind: link.kind,
          linkedItemId: link.itemId,
          reference: link.reference,
          linkedAt: link.linkedAt,
          linkedBy: { subject: link.linkedBy.subject, name: link.linkedBy.name },
          note: link.note,
        })),
      )
      .onConflictDoNothing()
      .run();
  }
}

/** The item columns the workflow owns (never the answers, subjects or referrer). */
const workflowColumns = (item: TriageItem, order: Order) => ({
  service: item.service,
  status: item.stage,
  consent: item.consent,
  enteredServiceAt: item.enteredServiceAt,
  reroutedFrom: item.reroutedFrom,
  acknowledgedAt: item.acknowledgedAt,
  assigneeSubject: item.assignee?.subject ?? null,
  assigneeName: item.assignee?.name ?? null,
  rag: item.rag,
  ragReason: item.ragReason,
  screenedAt: item.screenedAt,
  decision: item.decision && {
    outcome: item.decision.outcome,
    reason: item.decision.reason,
    decidedAt: item.decision.decidedAt.getTime(),
    decidedBy: { subject: item.decision.decidedBy.subject, name: item.decision.decidedBy.name },
  },
  outcome: item.decision?.outcome ?? null,
  feedback: item.feedback && {
    message: item.feedback.message,
    recordedAt: item.feedback.recordedAt.getTime(),
    recordedBy: { subject: item.feedback.recordedBy.subject, name: item.feedback.recordedBy.name },
  },
  closedAt: item.closedAt,
  closure: item.closure,
  questionId: item.question?.id ?? null,
  questionAskedAt: item.question?.askedAt ?? null,
  dueAt: order.dueAt,
  queueKey: order.queueKey,
});

/**
 * Inserts a triage item made from `fromItemId`, an item of a service `copies` accepts: a copy of its
 * form, answers and subjects (and its portal and referrer, unless `made` gives who made it), with the
 * workflow state, checks and links of `item` and the referrer's columns as `item` has them. Shared by
 * step-down (from a triage item) and the LADO's MASH referral (from a LADO case).
 */
export function insertTriageItemCopy(
  db: Db,
  fromItemId: string,
  copies: (service: string) => boolean,
  item: TriageItem,
  order: Order,
  made?: MadeBy,
): void {
  insertItemCopy(db, fromItemId, copies, {
    ...(made && { portal: made.portal, referrer: made.referrer }),
    id: item.id,
    reference: item.reference,
    referrerSubject: item.referrerSubject,
    referrerOrganisation: item.referrerOrganisation,
    referrerOrganisationType: item.referrerOrganisationType,
    referrerAnonymous: item.referrerAnonymous,
    receivedAt: item.receivedAt,
    ...workflowColumns(item, order),
  });
  writeChecksAndLinks(db, item);
}

/**
 * The triage repositories (TriageStore in @portal/intake) over the suite's SQLite database. The queue,
 * counts and candidate searches are hand-written SQL so that each is one indexed statement: see the
 * indexes in schema.ts, and triage-store.test.ts for their query plans.
 */
export function createSqliteTriageStore(db: Db) {
  const client = db.$client;
  const { all, get } = statementCache(client);

  const checksOf = (itemId: string): PartnerCheck[] =>
    all<CheckRow>("SELECT * FROM item_checks WHERE item_id = ? ORDER BY requested_at, rowid", [itemId]).map(
      toCheck,
    );

  const linksOf = (itemId: string): ItemLink[] =>
    all<LinkRow>("SELECT * FROM item_links WHERE item_id = ? ORDER BY linked_at, rowid", [itemId]).map(
      toLink,
    );

  /** The services a queue page may show: the viewer's, narrowed to the one chosen. */
  function servicesOf(filters: Pick<QueueFilters, "services" | "service">): TriageService[] {
    const allowed = TRIAGE_SERVICES.filter((s) => filters.services.includes(s));
    return filters.service === undefined ? allowed : allowed.filter((s) => s === filters.service);
  }

  const triage = {
    load(id: string): TriageItem | undefined {
      const row = get<ItemRow>("SELECT * FROM intake_items WHERE id = ?", [id]);
      if (!row || !isTriageService(row.service)) return undefined;
      const decision = parse<{
        outcome: string;
        reason: string;
        decidedAt: number;
        decidedBy: { subject: string; name: string };
      }>(row.decision);
      const feedback = parse<{
        message: string;
        recordedAt: number;
        recordedBy: { subject: string; name: string };
      }>(row.feedback);
      return {
        id: row.id,
        reference: row.reference,
        service: row.service,
        formId: row.form_id,
        stage: row.status as Stage,
        receivedAt: new Date(row.received_at),
        enteredServiceAt: new Date(row.entered_service_at ?? row.received_at),
        reroutedFrom: row.rerouted_from as TriageService | null,
        referrerSubject: row.referrer_subject,
        referrerOrganisation: row.referrer_organisation,
        referrerOrganisationType: row.referrer_organisation_type,
        referrerAnonymous: row.referrer_anonymous === 1,
        question:
          row.question_id === null
            ? null
            : { id: row.question_id, askedAt: new Date(row.question_asked_at ?? row.received_at) },
        consent: row.consent as ConsentStatus,
        acknowledgedAt: date(row.acknowledged_at),
        assignee:
          row.assignee_subject === null
            ? null
            : { subject: row.assignee_subject, name: row.assignee_name ?? row.assignee_subject },
        rag: row.rag as Rag | null,
        ragReason: row.rag_reason,
        screenedAt: date(row.screened_at),
        checks: checksOf(row.id),
        links: linksOf(row.id),
        decision: decision && { ...decision, decidedAt: new Date(decision.decidedAt) },
        feedback: feedback && { ...feedback, recordedAt: new Date(feedback.recordedAt) },
        closedAt: date(row.closed_at),
        closure: row.closure as TriageItem["closure"],
      };
    },

    /** The answers, subjects and referrer of a triage item (undefined for another service's item). */
    content(id: string): ItemContent | undefined {
      const stored = readItemContent(get, id);
      if (!stored || !isTriageService(stored.service)) return undefined;
      const { service: _service, ...content } = stored;
      return content;
    },

    save(item: TriageItem, order: Order): void {
      const result = db
        .update(intakeItems)
        .set(workflowColumns(item, order))
        .where(eq(intakeItems.id, item.id))
        .run();
      if (result.changes !== 1) throw new Error(`No intake item ${item.id} to save`);
      writeChecksAndLinks(db, item);
    },

    /** A new item copying the triage item `fromItemId` (a step-down): see insertTriageItemCopy. */
    insertCopy(fromItemId: string, item: TriageItem, order: Order, made?: MadeBy): void {
      insertTriageItemCopy(db, fromItemId, isTriageService, item, order, made);
    },

    /**
     * The LADO case an allegation sent from the MASH makes: the item's form, answers and subjects,
     * `made.adult` added as the person the allegation is against, and the adult's work kept in the
     * case file (the form copied does not ask it).
     */
    insertLadoCase(
      fromItemId: string,
      lado: LadoCase,
      order: Order,
      made: MadeBy & { referrerOrganisationType: string | null; adult: SubjectIndexRow },
    ): void {
      const adultWork: StoredAdultWork = { employerName: lado.employerName, jobTitle: lado.adult.jobTitle };
      insertItemCopy(
        db,
        fromItemId,
        isTriageService,
        {
          id: lado.id,
          reference: lado.reference,
          service: "lado",
          portal: made.portal,
          referrer: made.referrer,
          referrerSubject: lado.referrerSubject,
          referrerOrganisation: lado.referrerOrganisation,
          referrerOrganisationType: made.referrerOrganisationType,
          receivedAt: lado.receivedAt,
          enteredServiceAt: lado.receivedAt,
          ...ladoColumns(lado, order),
          caseFile: { ...toCaseFile(lado), adultWork } as unknown as Record<string, Json>,
        },
        made.adult,
      );
    },

    queue(filters: QueueFilters, after: QueueCursor | null, limit: number): QueueRow[] {
      const services = servicesOf(filters);
      if (services.length === 0 || limit <= 0) return [];

      // Terms every branch shares; all of them read only columns of the index the branch uses, where
      // the index has them, so rows that fail are skipped without a table read.
      const terms: string[] = [];
      const params: Param[] = [];
      if (filters.rag === "none") terms.push("i.rag IS NULL");
      else if (filters.rag !== undefined) {
        terms.push("i.rag = ?");
        params.push(filters.rag);
      }
      if (filters.overdue) {
        terms.push("i.due_at < ?");
        params.push(filters.now.getTime());
      }
      if (filters.assignee === "none") terms.push("i.assignee_subject IS NULL");
      else if (filters.assignee !== undefined) {
        terms.push("i.assignee_subject = ?");
        params.push(filters.assignee);
      }
      if (after) {
        terms.push("(i.queue_key, i.id) > (?, ?)");
        params.push(after.queueKey, after.id);
      }

      let rows: QueueSqlRow[];
      if (filters.stage !== "closed") {
        // Open stages: one in-order walk of intake_items_open_queue (its WHERE term repeated exactly,
        // so SQLite may use the partial index), whatever the services.
        const where = ["i.status <> 'closed'", `i.service IN (${marks(services)})`, ...terms];
        const stageParams: Param[] = [];
        if (filters.stage !== "open") {
          where.push("i.status = ?");
          stageParams.push(filters.stage);
        }
        rows = all<QueueSqlRow>(
          `SELECT ${QUEUE_COLUMNS}, ${QUEUE_EXTRAS("i")}
           FROM intake_items i INDEXED BY intake_items_open_queue
           WHERE ${where.join(" AND ")}
           ORDER BY i.queue_key, i.id LIMIT ?`,
          [...services, ...params, ...stageParams, limit],
        );
      } else {
        // Closed items are most of the table: one in-order range of intake_items_service_queue per
        // service, each cut at `limit`, merged. Never a sort over more than services × limit rows.
        const branch = `SELECT * FROM (SELECT ${QUEUE_COLUMNS} FROM intake_items i INDEXED BY intake_items_service_queue
          WHERE ${["i.service = ?", "i.status = 'closed'", ...terms].join(" AND ")}
          ORDER BY i.queue_key, i.id LIMIT ?)`;
        rows = all<QueueSqlRow>(
          `SELECT q.*, ${QUEUE_EXTRAS("q")}
           FROM (${services.map(() => branch).join(" UNION ALL ")}) AS q
           ORDER BY q.queue_key, q.id LIMIT ?`,
          [...services.flatMap((service) => [service, ...params, limit]), limit],
        );
      }
      return rows.map((row) => ({
        id: row.id,
        reference: row.reference,
        service: row.service as TriageService,
        formId: row.form_id,
        stage: row.status as Stage,
        rag: row.rag as Rag | null,
        receivedAt: new Date(row.received_at),
        dueAt: date(row.due_at),
        queueKey: row.queue_key,
        assigneeName: row.assignee_name,
        assigneeSubject: row.assignee_subject,
        subjectName: row.subject_name,
        referrerOrganisation: row.referrer_organisation,
        openChecks: row.open_checks,
        waitingForReferrer: row.waiting_for_referrer === 1,
        referrerNotTold: row.referrer_not_told === 1,
      }));
    },

    /** One GROUP BY over the open items of the viewer's services, walking intake_items_open_counts in order. */
    counts(filters: Pick<QueueFilters, "services" | "now" | "assignee">): QueueCounts {
      const services = servicesOf(filters);
      const counts: QueueCounts = {
        total: 0,
        byService: Object.fromEntries(services.map((s) => [s, 0])),
        byStage: Object.fromEntries(OPEN_STAGES.map((s) => [s, 0])),
        byRag: Object.fromEntries([...RAGS, "none"].map((r) => [r, 0])),
        overdue: 0,
        assignedTo: 0,
        unassigned: 0,
      };
      if (services.length === 0) return counts;
      const mine = filters.assignee !== undefined && filters.assignee !== "none" ? filters.assignee : null;
      const groups = all<{
        service: TriageService;
        status: Stage;
        rag: Rag | null;
        n: number;
        overdue: number;
        mine: number | null;
        unassigned: number;
      }>(
        `SELECT service, status, rag, count(*) AS n, total(due_at < ?) AS overdue,
           total(assignee_subject = ?) AS mine, total(assignee_subject IS NULL) AS unassigned
         FROM intake_items INDEXED BY intake_items_open_counts
         WHERE status <> 'closed' AND service IN (${marks(services)})
         GROUP BY service, status, rag`,
        [filters.now.getTime(), mine, ...services],
      );
      for (const g of groups) {
        counts.total += g.n;
        counts.byService[g.service] = (counts.byService[g.service] ?? 0) + g.n;
        counts.byStage[g.status] = (counts.byStage[g.status] ?? 0) + g.n;
        const rag = g.rag ?? "none";
        counts.byRag[rag] = (counts.byRag[rag] ?? 0) + g.n;
        counts.overdue += g.overdue;
        counts.assignedTo += g.mine ?? 0;
        counts.unassigned += g.unassigned;
      }
      return counts;
    },

    checksForAgency(agency: Agency, status: CheckStatus, limit: number): CheckTask[] {
      const rows = all<CheckRow & { reference: string }>(
        `SELECT c.*, i.reference FROM item_checks c JOIN intake_items i ON i.id = c.item_id
         WHERE c.agency = ? AND c.status = ? ORDER BY c.due_at, c.id LIMIT ?`,
        [agency, status, limit],
      );
      return tasks(rows);
    },

    checkTask(checkId: string): CheckTask | undefined {
      const rows = all<CheckRow & { reference: string }>(
        `SELECT c.*, i.reference FROM item_checks c JOIN intake_items i ON i.id = c.item_id WHERE c.id = ?`,
        [checkId],
      );
      return tasks(rows)[0];
    },

    /**
     * Subject people on any item who share a key with one of `keys`, at most `limit`. Two statements so a
     * cap never drops the likeliest matches: first every person with the same date of birth, postcode or
     * name keys (both parts, either way round), most alike then most recently recorded first; then, to
     * fill the cap, anyone sharing only a family key (or with it as their given key).
     */
    candidates(keys: readonly PersonKeys[], limit: number): KnownPerson[] {
      const unique = (values: (string | null)[]) => [
        ...new Set(values.filter((v): v is string => v !== null)),
      ];
      const families = unique(keys.map((k) => k.familyKey));
      const dobs = unique(keys.map((k) => k.dateOfBirth));
      const postcodes = unique(keys.map((k) => k.postcode));
      const pairs = new Map<string, [string, string]>();
      for (const k of keys) {
        if (k.familyKey === null || k.givenKey === null) continue;
        pairs.set(`${k.familyKey}\u0000${k.givenKey}`, [k.familyKey, k.givenKey]);
        pairs.set(`${k.givenKey}\u0000${k.familyKey}`, [k.givenKey, k.familyKey]);
      }
      if (limit <= 0 || (families.length === 0 && dobs.length === 0 && postcodes.length === 0)) return [];

      const columns = `s.item_id, s.position, i.reference, i.service, i.received_at, s.name, s.date_of_birth,
        s.postcode, s.role`;
      const found = new Map<string, CandidateRow>();
      const keep = (rows: CandidateRow[]) => {
        for (const row of rows) {
          if (found.size >= limit) return;
          found.set(`${row.item_id}\u0000${row.position}`, row);
        }
      };

      const pairList = [...pairs.values()];
      const nameTerm = pairList.map(() => "(s.family_key = ? AND s.given_key = ?)").join(" OR ") || "0";
      const dobTerm = dobs.length > 0 ? `s.date_of_birth IN (${marks(dobs)})` : "0";
      const postcodeTerm = postcodes.length > 0 ? `s.postcode IN (${marks(postcodes)})` : "0";
      const pairParams = pairList.flat();
      if (dobs.length > 0 || postcodes.length > 0 || pairList.length > 0) {
        // Ranked on item_subjects alone (newest recorded first: rowid order), so only the rows kept
        // are joined to their items.
        keep(
          all<CandidateRow>(
            `SELECT ${columns}
             FROM (SELECT s.rowid AS r, 2 * (${nameTerm}) + 2 * (${dobTerm}) + (${postcodeTerm}) AS score
                   FROM item_subjects s
                   WHERE ${[dobTerm, postcodeTerm, nameTerm].filter((t) => t !== "0").join(" OR ")}
                   ORDER BY score DESC, r DESC LIMIT ?) AS ranked
             JOIN item_subjects s ON s.rowid = ranked.r
             JOIN intake_items i ON i.id = s.item_id
             ORDER BY ranked.score DESC, ranked.r DESC`,
            [...pairParams, ...dobs, ...postcodes, ...dobs, ...postcodes, ...pairParams, limit],
          ),
        );
      }
      if (found.size < limit && families.length > 0) {
        keep(
          all<CandidateRow>(
            `SELECT ${columns} FROM item_subjects s JOIN intake_items i ON i.id = s.item_id
             WHERE s.family_key IN (${marks(families)}) OR s.given_key IN (${marks(families)})
             LIMIT ?`,
            [...families, ...families, limit],
          ),
        );
      }
      return [...found.values()].map((row) => ({
        itemId: row.item_id,
        reference: row.reference,
        service: row.service,
        receivedAt: new Date(row.received_at),
        name: row.name,
        dateOfBirth: row.date_of_birth,
        postcode: row.postcode,
        role: row.role,
      }));
    },

    ...createMessageRepository(db),

    /** A referrer's own items (or, with `organisation`, their organisation's), newest first. */
    referrerItems(by: { subject: string } | { organisation: string }, limit: number): ReferrerItemRow[] {
      const where = "subject" in by ? "referrer_subject = ?" : "referrer_organisation = ?";
      return all<{
        id: string;
        reference: string;
        service: string;
        form_id: string;
        portal: string;
        received_at: number;
      }>(
        `SELECT id, reference, service, form_id, portal, received_at FROM intake_items
         WHERE ${where} ORDER BY received_at DESC, id DESC LIMIT ?`,
        ["subject" in by ? by.subject : by.organisation, limit],
      ).map((row) => ({
        id: row.id,
        reference: row.reference,
        service: row.service,
        formId: row.form_id,
        portal: row.portal,
        receivedAt: new Date(row.received_at),
      }));
    },

    /** Whether any item (of any service) has this reference: step-downs draw until this is false. */
    referenceExists(reference: string): boolean {
      return get("SELECT 1 FROM intake_items WHERE reference = ?", [reference]) !== undefined;
    },

    subjectKeys(itemId: string): PersonKeys[] {
      return all<PersonKeys>(
        `SELECT normal_name AS normalName, given_key AS givenKey, family_key AS familyKey,
           date_of_birth AS dateOfBirth, postcode FROM item_subjects WHERE item_id = ? ORDER BY position`,
        [itemId],
      );
    },
  };

  /** Checks with who they are about: names, dates of birth, postcodes and roles, nothing else. */
  function tasks(rows: (CheckRow & { reference: string })[]): CheckTask[] {
    if (rows.length === 0) return [];
    const itemIds = [...new Set(rows.map((r) => r.item_id))];
    const people = all<{
      item_id: string;
      name: string;
      date_of_birth: string | null;
      postcode: string | null;
      role: string | null;
    }>(
      `SELECT item_id, name, date_of_birth, postcode, role FROM item_subjects
       WHERE item_id IN (${marks(itemIds)}) ORDER BY item_id, position`,
      itemIds,
    );
    const byItem = new Map<string, CheckTask["subjects"]>();
    for (const p of people) {
      const list = byItem.get(p.item_id) ?? [];
      list.push({ name: p.name, dateOfBirth: p.date_of_birth, postcode: p.postcode, role: p.role });
      byItem.set(p.item_id, list);
    }
    return rows.map((row) => ({
      check: toCheck(row),
      itemId: row.item_id,
      reference: row.reference,
      subjects: byItem.get(row.item_id) ?? [],
    }));
  }

  return {
    triage,
    audit: createAuditRepository(db),
    durably: <T>(work: () => T): T => durably(db, work),
  };
}

export type SqliteTriageStore = ReturnType<typeof createSqliteTriageStore>;
