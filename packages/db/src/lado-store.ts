import { and, eq } from "drizzle-orm";
import { type Db, durably } from "./connection.ts";
import { createAuditRepository } from "./intake-store.ts";
import { readItemContent } from "./item-content.ts";
import type {
  Consideration,
  Feedback,
  FollowOn,
  Json,
  LadoCandidate,
  LadoCase,
  LadoContent,
  LadoEnquiry,
  LadoLink,
  LadoListFilters,
  LadoListRow,
  LadoMeeting,
  LadoOutcome,
  LadoOutcomeCategory,
  LadoStage,
  PersonKeys,
  PersonRef,
} from "./lado-types.ts";
import { intakeItems } from "./schema.ts";
import { type Param, statementCache } from "./statements.ts";

type Order = { dueAt: Date | null; queueKey: number };

/** The subject role the LADO referral form gives the adult the allegation is about. */
export const LADO_ADULT_ROLE = "person-allegation-against";
/** The LADO referral form's question for the employer's name. */
export const LADO_EMPLOYER_ANSWER = "employer-name";

const date = (ms: number | null | undefined): Date | null =>
  ms === null || ms === undefined ? null : new Date(ms);
const person = (p: PersonRef): PersonRef => ({ subject: p.subject, name: p.name });

/** The case file as stored: the LADO facts beside the stage, times in epoch milliseconds. */
interface StoredCaseFile {
  consideration:
    | (Consideration extends infer C
        ? C extends Consideration
          ? Omit<C, "decidedAt"> & { decidedAt: number }
          : never
        : never)
    | null;
  meetings: (Omit<LadoMeeting, "scheduledFor" | "actions" | "nextReviewAt" | "recordedAt"> & {
    scheduledFor: number;
    actions: { id: string; owner: string; action: string; dueAt: number }[];
    nextReviewAt: number | null;
    recordedAt: number | null;
  })[];
  enquiries: (Omit<LadoEnquiry, "startedAt" | "updatedAt"> & { startedAt: number; updatedAt: number })[];
  outcome: (Omit<LadoOutcome, "decidedAt"> & { decidedAt: number }) | null;
  followOns: (Omit<FollowOn, "recordedAt"> & { recordedAt: number })[];
  links: (Omit<LadoLink, "linkedAt"> & { linkedAt: number })[];
}

function toCaseFile(lado: LadoCase): StoredCaseFile {
  const c = lado.consideration;
  return {
    consideration:
      c === null
        ? null
        : c.threshold === "met"
          ? {
              threshold: "met",
              reason: c.reason,
              decidedAt: c.decidedAt.getTime(),
              decidedBy: person(c.decidedBy),
            }
          : {
              threshold: "below",
              route: c.route,
              reason: c.reason,
              decidedAt: c.decidedAt.getTime(),
              decidedBy: person(c.decidedBy),
            },
    meetings: lado.meetings.map((m) => ({
      id: m.id,
      kind: m.kind,
      scheduledFor: m.scheduledFor.getTime(),
      attendees: m.attendees.map((a) => ({ agency: a.agency, name: a.name })),
      minutes: m.minutes,
      actions: m.actions.map((a) => ({
        id: a.id,
        owner: a.owner,
        action: a.action,
        dueAt: a.dueAt.getTime(),
      })),
      nextReviewAt: m.nextReviewAt?.getTime() ?? null,
      recordedAt: m.recordedAt?.getTime() ?? null,
    })),
    enquiries: lado.enquiries.map((e) => ({
      id: e.id,
      agency: e.agency,
      status: e.status,
      note: e.note,
      startedAt: e.startedAt.getTime(),
      updatedAt: e.updatedAt.getTime(),
    })),
    outcome: lado.outcome && {
      category: lado.outcome.category,
      reason: lado.outcome.reason,
      decidedAt: lado.outcome.decidedAt.getTime(),
      decidedBy: person(lado.outcome.decidedBy),
    },
    followOns: lado.followOns.map((f) => ({
      kind: f.kind,
      note: f.note,
      recordedAt: f.recordedAt.getTime(),
      recordedBy: person(f.recordedBy),
    })),
    links: lado.links.map((l) => ({
      kind: l.kind,
      itemId: l.itemId,
      reference: l.reference,
      reason: l.reason,
      linkedAt: l.linkedAt.getTime(),
      linkedBy: person(l.linkedBy),
    })),
  };
}

function fromCaseFile(
  text: string | null,
): Pick<LadoCase, "consideration" | "meetings" | "enquiries" | "outcome" | "followOns" | "links"> {
  const file = text === null ? null : (JSON.parse(text) as Partial<StoredCaseFile>);
  const c = file?.consideration ?? null;
  return {
    consideration: c && ({ ...c, decidedAt: new Date(c.decidedAt) } as Consideration),
    meetings: (file?.meetings ?? []).map((m) => ({
      ...m,
      scheduledFor: new Date(m.scheduledFor),
      actions: m.actions.map((a) => ({ ...a, dueAt: new Date(a.dueAt) })),
      nextReviewAt: date(m.nextReviewAt),
      recordedAt: date(m.recordedAt),
    })),
    enquiries: (file?.enquiries ?? []).map((e) => ({
      ...e,
      startedAt: new Date(e.startedAt),
      updatedAt: new Date(e.updatedAt),
    })),
    outcome: file?.outcome ? { ...file.outcome, decidedAt: new Date(file.outcome.decidedAt) } : null,
    followOns: (file?.followOns ?? []).map((f) => ({ ...f, recordedAt: new Date(f.recordedAt) })),
    links: (file?.links ?? []).map((l) => ({ ...l, linkedAt: new Date(l.linkedAt) })),
  };
}

interface CaseRow {
  id: string;
  reference: string;
  status: string;
  received_at: number;
  referrer_subject: string | null;
  referrer_organisation: string | null;
  acknowledged_at: number | null;
  assignee_subject: string | null;
  assignee_name: string | null;
  feedback: string | null;
  closed_at: number | null;
  case_file: string | null;
  employer_name: Json | null;
  adult_name: string | null;
  adult_date_of_birth: string | null;
}

/**
 * The adult: the subject the form marked as the person the allegation is against, else the first
 * subject. For a row of intake_items called `i`.
 */
const ADULT = `(SELECT s.position FROM item_subjects s WHERE s.item_id = i.id
  ORDER BY (s.role = '${LADO_ADULT_ROLE}') DESC, s.position LIMIT 1)`;

const CASE_COLUMNS = `i.id, i.reference, i.status, i.received_at, i.referrer_subject, i.referrer_organisation,
  i.acknowledged_at, i.assignee_subject, i.assignee_name, i.feedback, i.closed_at, i.case_file,
  json_extract(i.answers, '$."${LADO_EMPLOYER_ANSWER}"') AS employer_name,
  (SELECT s.name FROM item_subjects s WHERE s.item_id = i.id AND s.position = ${ADULT}) AS adult_name,
  (SELECT s.date_of_birth FROM item_subjects s WHERE s.item_id = i.id AND s.position = ${ADULT})
    AS adult_date_of_birth`;

const employerOf = (row: Pick<CaseRow, "employer_name" | "referrer_organisation">): string =>
  typeof row.employer_name === "string" && row.employer_name.trim() !== ""
    ? row.employer_name.trim()
    : (row.referrer_organisation ?? "Not known");

function toCase(row: CaseRow): LadoCase {
  const feedback =
    row.feedback === null
      ? null
      : (JSON.parse(row.feedback) as Omit<Feedback, "recordedAt"> & {
          recordedAt: number;
        });
  return {
    id: row.id,
    reference: row.reference,
    stage: row.status as LadoStage,
    receivedAt: new Date(row.received_at),
    referrerSubject: row.referrer_subject,
    referrerOrganisation: row.referrer_organisation,
    employerName: employerOf(row),
    adult: { name: row.adult_name ?? "Not known", dateOfBirth: row.adult_date_of_birth },
    acknowledgedAt: date(row.acknowledged_at),
    assignee:
      row.assignee_subject === null
        ? null
        : { subject: row.assignee_subject, name: row.assignee_name ?? row.assignee_subject },
    ...fromCaseFile(row.case_file),
    feedback: feedback && { ...feedback, recordedAt: new Date(feedback.recordedAt) },
    closedAt: date(row.closed_at),
  };
}

/**
 * The LADO case repository (LadoStore in @portal/intake) over the suite's SQLite database. LADO
 * referrals are intake items with service "lado"; this is the only repository that reads them as
 * cases, and it reads nothing else. The stage is `status`; the facts beside it are `case_file`.
 */
export function createSqliteLadoStore(db: Db) {
  const client = db.$client;
  const { all, get } = statementCache(client);

  const lado = {
    /** The case, or undefined when there is no such item or it is not a LADO referral. */
    load(id: string): LadoCase | undefined {
      const row = get<CaseRow>(
        `SELECT ${CASE_COLUMNS} FROM intake_items i WHERE i.id = ? AND i.service = 'lado'`,
        [id],
      );
      return row && toCase(row);
    },

    /** What the referral said (LADO items only). */
    content(id: string): LadoContent | undefined {
      const stored = readItemContent(get, id);
      if (!stored || !(stored.service === "lado")) return undefined;
      const { service: _service, ...content } = stored;
      return content;
    },

    /** Writes the workflow's columns and case file (never the answers, subjects or referrer). */
    save(lado: LadoCase, order: Order): void {
      const result = db
        .update(intakeItems)
        .set({
          status: lado.stage,
          acknowledgedAt: lado.acknowledgedAt,
          assigneeSubject: lado.assignee?.subject ?? null,
          assigneeName: lado.assignee?.name ?? null,
          outcome: lado.outcome?.category ?? null,
          feedback: lado.feedback && {
            message: lado.feedback.message,
            recordedAt: lado.feedback.recordedAt.getTime(),
            recordedBy: person(lado.feedback.recordedBy),
          },
          closedAt: lado.closedAt,
          caseFile: toCaseFile(lado) as unknown as Record<string, Json>,
          dueAt: order.dueAt,
          queueKey: order.queueKey,
        })
        // Never another service's item, whatever id is given.
        .where(and(eq(intakeItems.id, lado.id), eq(intakeItems.service, "lado")))
        .run();
      if (result.changes !== 1) throw new Error(`No LADO case ${lado.id} to save`);
    },

    /** The case list in queue order (next deadline first), `limit` rows at most. */
    list(filters: LadoListFilters, limit: number): LadoListRow[] {
      if (limit <= 0) return [];
      const terms = ["i.service = 'lado'"];
      const params: Param[] = [];
      const stage = filters.stage ?? "open";
      if (stage === "open") terms.push("i.status <> 'closed'");
      else {
        terms.push("i.status = ?");
        params.push(stage);
      }
      if (filters.overdue) {
        terms.push("i.due_at < ?");
        params.push(filters.now.getTime());
      }
      const employer = filters.employer?.trim().toLowerCase();
      if (employer) {
        terms.push(
          `instr(lower(coalesce(json_extract(i.answers, '$."${LADO_EMPLOYER_ANSWER}"'), '')), ?) > 0`,
        );
        params.push(employer);
      }
      return all<CaseRow & { due_at: number | null; queue_key: number; outcome: string | null }>(
        `SELECT ${CASE_COLUMNS}, i.due_at, i.queue_key, i.outcome FROM intake_items i
         WHERE ${terms.join(" AND ")} ORDER BY i.queue_key, i.id LIMIT ?`,
        [...params, limit],
      ).map((row) => ({
        id: row.id,
        reference: row.reference,
        stage: row.status as LadoStage,
        receivedAt: new Date(row.received_at),
        dueAt: date(row.due_at),
        queueKey: row.queue_key,
        assigneeSubject: row.assignee_subject,
        assigneeName: row.assignee_name,
        adultName: row.adult_name ?? "Not known",
        employerName: employerOf(row),
        outcome: row.outcome as LadoOutcomeCategory | null,
      }));
    },

    /** The most recently received cases, at most `limit`: what the dashboard counts. */
    allCases(limit: number): LadoCase[] {
      return all<CaseRow>(
        `SELECT ${CASE_COLUMNS} FROM intake_items i WHERE i.service = 'lado'
         ORDER BY i.received_at DESC, i.id DESC LIMIT ?`,
        [limit],
      ).map(toCase);
    },

    /**
     * Earlier LADO cases whose adult shares a key (a name key either way round, or the date of
     * birth) with `keys`, newest first, at most `limit`: what repeat-concern matching scores. Only
     * the adult of each LADO item is a candidate, never the children named in it, and never anyone on
     * another service's item.
     */
    candidates(keys: readonly PersonKeys[], limit: number): LadoCandidate[] {
      const unique = (values: (string | null)[]) => [
        ...new Set(values.filter((v): v is string => v !== null)),
      ];
      const names = unique(keys.flatMap((k) => [k.familyKey, k.givenKey]));
      const dobs = unique(keys.map((k) => k.dateOfBirth));
      if (limit <= 0 || (names.length === 0 && dobs.length === 0)) return [];
      const marks = (values: readonly unknown[]) => values.map(() => "?").join(", ");
      const keyTerms = [
        ...(names.length > 0
          ? [`s.family_key IN (${marks(names)})`, `s.given_key IN (${marks(names)})`]
          : []),
        ...(dobs.length > 0 ? [`s.date_of_birth IN (${marks(dobs)})`] : []),
      ];
      const rows = all<CaseRow>(
        `SELECT ${CASE_COLUMNS} FROM intake_items i
         WHERE i.service = 'lado' AND EXISTS (
           SELECT 1 FROM item_subjects s WHERE s.item_id = i.id AND s.position = ${ADULT}
             AND (${keyTerms.join(" OR ")}))
         ORDER BY i.received_at DESC, i.id DESC LIMIT ?`,
        [...(names.length > 0 ? [...names, ...names] : []), ...dobs, limit],
      );
      return rows.map((row) => {
        const c = toCase(row);
        return {
          id: c.id,
          reference: c.reference,
          receivedAt: c.receivedAt,
          stage: c.stage,
          adult: c.adult,
          employerName: c.employerName,
          consideration: c.consideration,
          outcome: c.outcome,
        };
      });
    },

    referenceExists(reference: string): boolean {
      return get("SELECT 1 FROM intake_items WHERE reference = ?", [reference]) !== undefined;
    },
  };

  return {
    lado,
    audit: createAuditRepository(db),
    durably: <T>(work: () => T): T => durably(db, work),
  };
}

export type SqliteLadoStore = ReturnType<typeof createSqliteLadoStore>;
