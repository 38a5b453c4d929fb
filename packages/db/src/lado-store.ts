import { and, eq, sql } from "drizzle-orm";
import { type Db, durably } from "./connection.ts";
import { createAuditRepository } from "./intake-store.ts";
import { readItemContent } from "./item-content.ts";
import { createMessageRepository } from "./item-messages.ts";
import {
  date,
  fromCaseFile,
  LADO_ADULT_ROLE,
  ladoColumns,
  type Order,
  type StoredAdultWork,
  toCaseFile,
} from "./lado-case-file.ts";
import type {
  Feedback,
  Json,
  KcsieCase,
  LadoCandidate,
  LadoCase,
  LadoContent,
  LadoListFilters,
  LadoListRow,
  LadoOutcomeCategory,
  LadoStage,
  PersonKeys,
} from "./lado-types.ts";
import { intakeItems } from "./schema.ts";
import { type Param, statementCache } from "./statements.ts";
import { insertTriageItemCopy, type MadeBy } from "./triage-store.ts";
import type { TriageItem } from "./triage-types.ts";

/** The LADO referral form's questions for the employer's name and the adult's job. */
export const LADO_EMPLOYER_ANSWER = "employer-name";
export const LADO_JOB_TITLE_ANSWER = "adult-job-title";

/**
 * The employer and the adult's job of a row of intake_items called `i`: what the MASH worker gave
 * for a case made from a MASH item (StoredAdultWork, whole: a job they did not give is not known),
 * else the LADO referral form's answer. The list, its employer filter and the case all read these.
 */
const adultWork = (key: keyof StoredAdultWork, answer: string) =>
  `CASE WHEN json_type(i.case_file, '$.adultWork') = 'object'
     THEN json_extract(i.case_file, '$.adultWork.${key}')
     ELSE json_extract(i.answers, '$."${answer}"') END`;
const EMPLOYER = adultWork("employerName", LADO_EMPLOYER_ANSWER);
const JOB_TITLE = adultWork("jobTitle", LADO_JOB_TITLE_ANSWER);

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
  question_id: string | null;
  question_asked_at: number | null;
  case_file: string | null;
  employer_name: Json | null;
  adult_job_title: Json | null;
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
  i.acknowledged_at, i.assignee_subject, i.assignee_name, i.feedback, i.closed_at, i.question_id,
  i.question_asked_at, i.case_file,
  ${EMPLOYER} AS employer_name, ${JOB_TITLE} AS adult_job_title,
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
    adult: {
      name: row.adult_name ?? "Not known",
      dateOfBirth: row.adult_date_of_birth,
      jobTitle:
        typeof row.adult_job_title === "string" && row.adult_job_title.trim() !== ""
          ? row.adult_job_title.trim()
          : null,
    },
    acknowledgedAt: date(row.acknowledged_at),
    assignee:
      row.assignee_subject === null
        ? null
        : { subject: row.assignee_subject, name: row.assignee_name ?? row.assignee_subject },
    ...fromCaseFile(row.case_file),
    feedback: feedback && { ...feedback, recordedAt: new Date(feedback.recordedAt) },
    question:
      row.question_id === null
        ? null
        : { id: row.question_id, askedAt: new Date(row.question_asked_at ?? row.received_at) },
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

    /**
     * Writes the workflow's columns and case file (never the answers, subjects or referrer, nor the
     * adult's work that a case made from a MASH item keeps in its case file: that is kept as found).
     */
    save(lado: LadoCase, order: Order): void {
      const file = JSON.stringify(toCaseFile(lado));
      const { caseFile } = intakeItems;
      const result = db
        .update(intakeItems)
        .set({
          ...ladoColumns(lado, order),
          caseFile: sql`CASE WHEN json_type(${caseFile}, '$.adultWork') = 'object'
            THEN json_set(${file}, '$.adultWork', ${caseFile} -> '$.adultWork') ELSE json(${file}) END`,
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
        terms.push(`instr(lower(coalesce(${EMPLOYER}, '')), ?) > 0`);
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
        waitingForReferrer: row.question_id !== null,
      }));
    },

    /**
     * Every case, as the KCSIE dashboard reads it: receipt, stage and the outcome's category and time
     * from the case file. Light rows, so all of a LADO's cases (hundreds a year) are cheap to count.
     */
    kcsieCases(): KcsieCase[] {
      return all<{
        id: string;
        received_at: number;
        status: string;
        outcome_category: string | null;
        outcome_decided_at: number | null;
      }>(
        `SELECT id, received_at, status,
           json_extract(case_file, '$.outcome.category') AS outcome_category,
           json_extract(case_file, '$.outcome.decidedAt') AS outcome_decided_at
         FROM intake_items WHERE service = 'lado'`,
        [],
      ).map((row) => ({
        id: row.id,
        receivedAt: new Date(row.received_at),
        stage: row.status as LadoStage,
        outcome:
          row.outcome_category === null || row.outcome_decided_at === null
            ? null
            : {
                category: row.outcome_category as LadoOutcomeCategory,
                decidedAt: new Date(row.outcome_decided_at),
              },
      }));
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

    /**
     * The children's MASH item a case raises: a copy of the case's form, answers and subjects made by
     * `made` (the LADO officer), with the workflow state and links of `item`. Only a LADO case is copied.
     */
    insertMashItem(fromCaseId: string, item: TriageItem, order: Order, made: MadeBy): void {
      insertTriageItemCopy(db, fromCaseId, (service) => service === "lado", item, order, made);
    },

    /** Questions to the referrer and their answers, kept as a triage item's are. */
    ...createMessageRepository(db),
  };

  return {
    lado,
    audit: createAuditRepository(db),
    durably: <T>(work: () => T): T => durably(db, work),
  };
}

export type SqliteLadoStore = ReturnType<typeof createSqliteLadoStore>;
