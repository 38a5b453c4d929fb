import { triageShapes } from "@portal/db";
import type { LadoCase } from "../lado/types.ts";
import type { KnownPerson, PersonKeys } from "../matching/index.ts";
import type {
  Answers,
  AttachmentRepository,
  AuditEventRecord,
  Json,
  OutboxRepository,
  SubjectIndexRow,
} from "../store.ts";
import type { Agency, CheckStatus, PartnerCheck, Rag, Stage, TriageItem, TriageService } from "./types.ts";

/** Where the queue is in its order: the last row of the previous page. */
export interface QueueCursor {
  queueKey: number;
  id: string;
}

export interface QueueFilters {
  /** The services the viewer may see (from permissions); never empty when called. */
  services: readonly TriageService[];
  service?: TriageService;
  /** A stage, or "open" for every stage but closed (the default view). */
  stage: Stage | "open";
  rag?: Rag | "none";
  /** Only items whose next deadline is before `now`. */
  overdue?: boolean;
  /** A subject for "assigned to me", or "none" for unassigned. */
  assignee?: string | "none";
  now: Date;
}

export interface QueueRow {
  id: string;
  reference: string;
  service: TriageService;
  formId: string;
  stage: Stage;
  rag: Rag | null;
  receivedAt: Date;
  dueAt: Date | null;
  queueKey: number;
  assigneeName: string | null;
  assigneeSubject: string | null;
  /** Display name of the first subject person. */
  subjectName: string | null;
  referrerOrganisation: string | null;
  openChecks: number;
  /** The hub asked the referrer a question they have not answered. */
  waitingForReferrer: boolean;
  /** Decided, and the referrer has not been told the outcome yet. */
  referrerNotTold: boolean;
}

/** How many open items (not closed) the viewer's services hold under each filter option. */
export interface QueueCounts {
  total: number;
  byService: Partial<Record<TriageService, number>>;
  byStage: Partial<Record<Stage, number>>;
  byRag: Partial<Record<Rag | "none", number>>;
  overdue: number;
  assignedTo: number;
  unassigned: number;
}

/** What the triage pages read besides the workflow state. */
export interface ItemContent {
  formId: string;
  formVersion: number;
  portal: string;
  answers: Answers;
  subjects: Json[];
  referrer: { [key: string]: Json };
}

/** A partner desk's view of one check: the question and who it is about, nothing else. */
export interface CheckTask {
  check: PartnerCheck;
  itemId: string;
  reference: string;
  subjects: { name: string; dateOfBirth: string | null; postcode: string | null; role: string | null }[];
}

export interface TriageRepository {
  load(id: string): TriageItem | undefined;
  content(id: string): ItemContent | undefined;
  /**
   * Writes the item's workflow state: the item columns, its checks (insert or update by id) and its
   * links (insert new ones). `dueAt` is the next deadline; `queueKey` orders the queue.
   */
  save(item: TriageItem, order: { dueAt: Date | null; queueKey: number }): void;
  /**
   * Inserts a new item copying the form, answers and subjects of `fromItemId`, and its portal and
   * referrer unless `made` says who made the copy. The referrer's columns are the item's own.
   */
  insertCopy(
    fromItemId: string,
    item: TriageItem,
    order: { dueAt: Date | null; queueKey: number },
    made?: MadeBy,
  ): void;
  /**
   * Inserts a LADO case copying the form, answers and subjects of `fromItemId`, with `adult` added as
   * the person the allegation is against. The case's employer and the adult's job title are kept with
   * the case, since the form copied does not ask them.
   */
  insertLadoCase(
    fromItemId: string,
    lado: LadoCase,
    order: { dueAt: Date | null; queueKey: number },
    made: MadeBy & { referrerOrganisationType: string | null; adult: SubjectIndexRow },
  ): void;
  /** One page in queue order (queueKey, id) after `after`; `limit` rows at most. */
  queue(filters: QueueFilters, after: QueueCursor | null, limit: number): QueueRow[];
  counts(filters: Pick<QueueFilters, "services" | "now" | "assignee">): QueueCounts;
  /** An agency desk's checks with the given status, oldest due first. */
  checksForAgency(agency: Agency, status: CheckStatus, limit: number): CheckTask[];
  checkTask(checkId: string): CheckTask | undefined;
  /** Subject people on other items who share any key: the candidates matching scores. */
  candidates(keys: readonly PersonKeys[], limit: number): KnownPerson[];
  insertMessage(message: ItemMessage): void;
  messagesFor(itemId: string): ItemMessage[];
  /** A referrer's own items (or their organisation's), newest first. */
  referrerItems(by: { subject: string } | { organisation: string }, limit: number): ReferrerItemRow[];
  referenceExists(reference: string): boolean;
  /** Keys of the item's own subject people. */
  subjectKeys(itemId: string): PersonKeys[];
}

/** Where a copy was made and who made it, when that is not the referrer of the item it copies. */
export interface MadeBy {
  portal: string;
  /** As a submission stores it: subject, name, organisation, organisation type, anonymous. */
  referrer: { [key: string]: Json };
}

/** One message between the hub and the referrer about an item. */
export interface ItemMessage {
  id: string;
  itemId: string;
  direction: "to-referrer" | "from-referrer";
  body: string;
  replyTo: string | null;
  authorSubject: string;
  authorName: string;
  createdAt: Date;
}

export interface ReferrerItemRow {
  id: string;
  reference: string;
  service: string;
  formId: string;
  portal: string;
  receivedAt: Date;
}

export interface TriageStore {
  triage: TriageRepository;
  outbox: Pick<OutboxRepository, "enqueue">;
  /** Files on items: those sent with the referral and those that came with the referrer's answers. */
  attachments: Pick<AttachmentRepository, "insert" | "get" | "listForMessage" | "isHashReferenced">;
  audit: {
    append(event: AuditEventRecord): void;
    listForItem(itemId: string): (AuditEventRecord & { id: number })[];
  };
  durably<T>(work: () => T): T;
}

const { NO_DEADLINE_KEY } = triageShapes;

/** The queue's order: the next deadline, or, with nothing owed, after every deadline and newest first. */
export function queueKey(dueAt: Date | null, receivedAt: Date): number {
  return dueAt ? dueAt.getTime() : NO_DEADLINE_KEY - receivedAt.getTime();
}
