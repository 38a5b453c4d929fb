import type { PersonKeys } from "../matching/index.ts";
import type { AttachmentRepository, AuditEventRecord, Json, OutboxRepository } from "../store.ts";
import type { ItemMessage, MadeBy } from "../triage/store.ts";
import type { TriageItem } from "../triage/types.ts";
import type { LadoCandidate } from "./repeat-concerns.ts";
import type { KcsieCase } from "./timescales.ts";
import type { LadoCase, LadoOutcomeCategory, LadoStage } from "./types.ts";

export interface LadoListFilters {
  /** A stage, or "open" for every stage but closed (the default). */
  stage?: LadoStage | "open";
  /** Only cases whose next deadline is before `now`. */
  overdue?: boolean;
  /** Employer names containing this text (case-insensitive). */
  employer?: string;
  now: Date;
}

/** One row of the LADO's case list: no allegation details, minutes or notes. */
export interface LadoListRow {
  id: string;
  reference: string;
  stage: LadoStage;
  receivedAt: Date;
  dueAt: Date | null;
  queueKey: number;
  assigneeSubject: string | null;
  assigneeName: string | null;
  adultName: string;
  employerName: string;
  outcome: LadoOutcomeCategory | null;
  /** The LADO asked the referrer a question they have not answered. */
  waitingForReferrer: boolean;
}

/** What the referral said. */
export interface LadoContent {
  formId: string;
  formVersion: number;
  portal: string;
  answers: { [key: string]: Json };
  subjects: Json[];
  referrer: { [key: string]: Json };
}

export interface LadoRepository {
  /** The case; undefined unless the item exists and its service is "lado". */
  load(id: string): LadoCase | undefined;
  content(id: string): LadoContent | undefined;
  /** Writes the stage, facts and order of a case (never the answers, subjects or referrer). */
  save(lado: LadoCase, order: { dueAt: Date | null; queueKey: number }): void;
  /** Cases in queue order (queueKey, id), `limit` at most. */
  list(filters: LadoListFilters, limit: number): LadoListRow[];
  /** Every case, as little of each as the KCSIE dashboard reads (LADO volumes are hundreds a year). */
  kcsieCases(): KcsieCase[];
  /** LADO cases whose adult shares a key with `keys`, newest first. */
  candidates(keys: readonly PersonKeys[], limit: number): LadoCandidate[];
  referenceExists(reference: string): boolean;
  /**
   * Inserts the children's MASH item a case raises (`refer-to-mash`): a copy of the case's form,
   * answers and subjects, made by the LADO officer (`made`). `item` carries its workflow state and links.
   */
  insertMashItem(
    fromCaseId: string,
    item: TriageItem,
    order: { dueAt: Date | null; queueKey: number },
    made: MadeBy,
  ): void;
  /** Questions to the referrer and their answers: item_messages, as for triage items. */
  insertMessage(message: ItemMessage): void;
  /** A case's messages, oldest first. */
  messagesFor(itemId: string): ItemMessage[];
}

export interface LadoStore {
  lado: LadoRepository;
  outbox: Pick<OutboxRepository, "enqueue">;
  /** Files on cases: those sent with the referral and those that came with the referrer's answers. */
  attachments: Pick<AttachmentRepository, "get" | "listForMessage">;
  audit: {
    append(event: AuditEventRecord): void;
    listForItem(itemId: string): (AuditEventRecord & { id: number })[];
  };
  durably<T>(work: () => T): T;
}
