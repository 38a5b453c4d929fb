import { LADO_ADULT_ROLE } from "@portal/db";
import {
  type AttachmentDownload,
  downloadAttachment,
  type MessageWithFiles,
  messagesWithFiles,
} from "../attachments/download.ts";
import type { FileStore } from "../attachments/file-store.ts";
import { auditAction, eventDetails, type HistoryEntry, itemHistory } from "../audit.ts";
import { randomId } from "../ids.ts";
import { newLadoCase } from "../lado/new-case.ts";
import { ladoOrder } from "../lado/timescales.ts";
import type { LadoCase } from "../lado/types.ts";
import {
  contactsInLast12Months,
  type KnownPerson,
  matchPerson,
  type PersonMatch,
  personKeys,
} from "../matching/index.ts";
import { enqueueEmail } from "../notifications/templates.ts";
import { type QueueStatus, queueStatus, type SlaCalendar, type SlaPolicy } from "../sla/index.ts";
import type { Json } from "../store.ts";
import { type Deadlines, deadlines, nextDeadline, queueOrder } from "./deadlines.ts";
import { freshReference, madeBy, newItem } from "./new-item.ts";
import { canAnswerCheck, canRun, canView, partnerAgency, queueServices } from "./permissions.ts";
import type {
  CheckTask,
  ItemContent,
  QueueCounts,
  QueueCursor,
  QueueFilters,
  QueueRow,
  TriageStore,
} from "./store.ts";
import type {
  Actor,
  Command,
  CommandType,
  SpawnedItem,
  SpawnedLadoCase,
  TransitionResult,
  TriageError,
  TriageEvent,
  TriageItem,
  TriageService,
} from "./types.ts";
import { COMMAND_TYPES } from "./types.ts";
import { allows, transition } from "./workflows.ts";

export const QUEUE_PAGE_SIZE = 25;

export interface TriageOptions {
  store: TriageStore;
  /** Where attached files' bytes are kept. */
  files: FileStore;
  calendar: SlaCalendar;
  policy: SlaPolicy;
  /** Where a referrer follows their referral: the address emails link to. */
  referrerLink: (portal: string, itemId: string) => string;
  /** Random integer below n, for reference numbers; crypto.randomInt by default. */
  random?: (n: number) => number;
}

/** What a queue page asks for, as the filters in its address say it. */
export interface QueueRequest {
  service?: TriageService;
  stage?: QueueFilters["stage"];
  rag?: QueueFilters["rag"];
  overdue?: boolean;
  assigned?: "me" | "none";
  /** The opaque cursor from the previous page's `next`. */
  after?: string | null;
}

export interface QueuePage {
  services: TriageService[];
  rows: (QueueRow & { status: QueueStatus })[];
  counts: QueueCounts;
  /** Cursor for the next page, or null on the last page. */
  next: string | null;
}

export interface SubjectMatches {
  name: string;
  matches: PersonMatch[];
  contactsInLast12Months: number;
}

export interface ItemView {
  item: TriageItem;
  content: ItemContent;
  deadlines: Deadlines;
  status: QueueStatus;
  history: HistoryEntry[];
  known: SubjectMatches[];
  /** The commands this person may run on the item now, for the page to offer. */
  actions: CommandType[];
  /** Whether they may change a rating already given (a children's manager's call). */
  mayChangeRag: boolean;
  /** Questions to the referrer and their answers, oldest first, each with the files that came with it. */
  messages: MessageWithFiles[];
}

export type ViewOutcome = { ok: true; view: ItemView } | { ok: false; reason: "not-found" | "forbidden" };

export type RunOutcome =
  /** `spawned`: the item a step-down made, or the LADO case an allegation sent to the LADO made. */
  | { ok: true; item: TriageItem; spawned?: { id: string; reference: string } }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "refused"; error: TriageError };

/** Keyset cursors travel in addresses: "<queue key>.<id>". */
function encodeCursor(row: QueueCursor): string {
  return `${row.queueKey}.${row.id}`;
}

export function decodeCursor(text: string | null | undefined): QueueCursor | null {
  const match = /^(-?\d{1,20})\.([\w-]{1,64})$/.exec(text ?? "");
  if (!match) return null;
  return { queueKey: Number(match[1]), id: match[2] as string };
}

const MATCH_CANDIDATES = 200;

/** The email each event owes the referrer, when they gave an address. */
const REFERRER_EMAILS: Partial<Record<TriageEvent["type"], "question" | "outcome" | "rerouted">> = {
  "referrer-asked": "question",
  "feedback-recorded": "outcome",
  rerouted: "rerouted",
};

/**
 * The shared queue's service: every read and change of an item goes through here, asks the
 * permission predicates, and leaves an audit event in the same transaction.
 */
export function createTriage(options: TriageOptions) {
  const { store, calendar, policy } = options;
  const { triage } = store;

  const orderOf = (item: TriageItem) => queueOrder(item, calendar, policy);

  const audit = (
    actor: Actor,
    portal: string,
    itemId: string,
    action: string,
    at: Date,
    details: { [key: string]: Json } | null,
  ) => auditAction(store.audit, { actor, portal, itemId, action, at, details });

  /**
   * The messages a change owes the referrer, written in the same transaction as the change. Emails
   * carry the reference and a link, nothing about the people in it.
   */
  function tellReferrer(
    item: TriageItem,
    events: readonly TriageEvent[],
    command: Command,
    actor: Actor,
    now: Date,
  ) {
    const content = triage.content(item.id);
    const email = content?.referrer.email;
    for (const event of events) {
      if (event.type === "referrer-asked" && command.type === "ask-referrer") {
        triage.insertMessage({
          id: event.messageId,
          itemId: item.id,
          direction: "to-referrer",
          body: command.text.trim(),
          replyTo: null,
          authorSubject: actor.subject,
          authorName: actor.name,
          createdAt: now,
        });
      }
      const template = REFERRER_EMAILS[event.type];
      if (!template || typeof email !== "string" || !content) continue;
      enqueueEmail(store.outbox, {
        template,
        recipient: email,
        personalisation: { reference: item.reference, link: options.referrerLink(content.portal, item.id) },
        now,
      });
    }
  }

  function known(item: TriageItem): SubjectMatches[] {
    const keys = triage.subjectKeys(item.id);
    if (keys.length === 0) return [];
    const candidates: KnownPerson[] = triage
      .candidates(keys, MATCH_CANDIDATES)
      // Only what was known before this item arrived.
      .filter((person) => person.receivedAt.getTime() <= item.receivedAt.getTime());
    const content = triage.content(item.id);
    const subjects = (content?.subjects ?? []) as {
      name?: string;
      dateOfBirth?: string;
      postcode?: string;
    }[];
    return subjects.map((subject) => {
      const matches = matchPerson(
        {
          name: subject.name ?? "",
          dateOfBirth: subject.dateOfBirth ?? null,
          postcode: subject.postcode ?? null,
        },
        candidates,
        { excludeItemId: item.id },
      );
      return {
        name: subject.name ?? "Not known",
        matches,
        contactsInLast12Months: contactsInLast12Months(matches, item.receivedAt),
      };
    });
  }

  const drawReference = (service: "early-help" | "lado", now: Date) =>
    freshReference(service, now, triage.referenceExists, options.random);

  /** The early help item a step-down makes: a copy of the item, linked back to it. */
  function insertStepDown(item: TriageItem, spawned: SpawnedItem, actor: Actor, portal: string, now: Date) {
    const child: TriageItem = {
      ...newItem({
        ...item,
        id: spawned.id,
        reference: spawned.reference,
        service: spawned.service,
        receivedAt: now,
        // Consent was established to step down, whether the form recorded it or the worker did.
        consent: "given",
      }),
      links: [
        {
          kind: spawned.linkKind,
          itemId: item.id,
          reference: item.reference,
          linkedAt: now,
          linkedBy: { subject: actor.subject, name: actor.name },
          note: null,
        },
      ],
    };
    triage.insertCopy(item.id, child, orderOf(child));
    audit(actor, portal, child.id, "created-from", now, {
      itemId: item.id,
      reference: item.reference,
      kind: spawned.linkKind,
      actorName: actor.name,
    });
  }

  /**
   * The LADO case an allegation sent from the MASH makes: the item's form, answers and children, the
   * adult as the worker gave them (indexed for repeat concerns), and the worker as its referrer. It
   * owes its initial consideration like any LADO referral.
   */
  function insertLadoCase(
    item: TriageItem,
    spawned: SpawnedLadoCase,
    actor: Actor,
    portal: string,
    now: Date,
  ) {
    const lado: LadoCase = {
      ...newLadoCase({
        id: spawned.id,
        reference: spawned.reference,
        receivedAt: now,
        referrerSubject: actor.subject,
        referrerOrganisation: actor.organisation,
        employerName: spawned.employerName,
        adult: spawned.adult,
      }),
      // The worker who sent it is its referrer, and knows it arrived.
      acknowledgedAt: now,
      links: [
        {
          kind: "from-mash",
          itemId: item.id,
          reference: item.reference,
          reason: spawned.reason,
          linkedAt: now,
          linkedBy: { subject: actor.subject, name: actor.name },
        },
      ],
    };
    const { name, dateOfBirth } = spawned.adult;
    triage.insertLadoCase(item.id, lado, ladoOrder(lado, calendar), {
      ...madeBy(actor, portal, actor.organisationType),
      referrerOrganisationType: actor.organisationType,
      adult: { name, role: LADO_ADULT_ROLE, ...personKeys({ name, dateOfBirth }) },
    });
    audit(actor, portal, lado.id, "created-from", now, {
      itemId: item.id,
      reference: item.reference,
      kind: "from-mash",
      actorName: actor.name,
    });
  }

  return {
    queue(actor: Actor, request: QueueRequest, now: Date): QueuePage {
      const services = queueServices(actor);
      const counts = triage.counts({ services, now, assignee: actor.subject });
      if (services.length === 0) return { services, rows: [], counts, next: null };
      const filters: QueueFilters = {
        services,
        stage: request.stage ?? "open",
        now,
        ...(request.service && services.includes(request.service) ? { service: request.service } : {}),
        ...(request.rag ? { rag: request.rag } : {}),
        ...(request.overdue ? { overdue: true } : {}),
        ...(request.assigned === "me" ? { assignee: actor.subject } : {}),
        ...(request.assigned === "none" ? { assignee: "none" } : {}),
      };
      // One row more than a page says whether there is a next page without counting.
      const rows = triage.queue(filters, decodeCursor(request.after), QUEUE_PAGE_SIZE + 1);
      const page = rows.slice(0, QUEUE_PAGE_SIZE);
      const last = page.at(-1);
      return {
        services,
        rows: page.map((row) => ({ ...row, status: queueStatus(row.dueAt, now, policy) })),
        counts,
        next: rows.length > QUEUE_PAGE_SIZE && last ? encodeCursor(last) : null,
      };
    },

    /** The whole item for someone whose service it is; the view itself is audited. */
    viewItem(actor: Actor, id: string, portal: string, now: Date): ViewOutcome {
      return store.durably((): ViewOutcome => {
        const item = triage.load(id);
        if (!item) return { ok: false, reason: "not-found" };
        if (!canView(actor, item)) {
          audit(actor, portal, item.id, "view-refused", now, null);
          return { ok: false, reason: "forbidden" };
        }
        const content = triage.content(id);
        if (!content) return { ok: false, reason: "not-found" };
        audit(actor, portal, item.id, "viewed", now, null);
        const owed = deadlines(item, calendar, policy);
        return {
          ok: true,
          view: {
            item,
            content,
            deadlines: owed,
            status: queueStatus(nextDeadline(owed), now, policy),
            history: itemHistory(store.audit, item.id),
            known: known(item),
            actions: COMMAND_TYPES.filter(
              (type) =>
                type !== "respond-to-check" &&
                type !== "referrer-reply" &&
                allows(item, type) &&
                canRunType(actor, item, type),
            ),
            messages: messagesWithFiles(triage, store.attachments, item.id),
            mayChangeRag: canRun(actor, item, {
              type: "screen",
              rag: item.rag === "red" ? "amber" : "red",
              reason: "",
            }),
          },
        };
      });
    },

    /**
     * One file on an item, for someone who may view the item: checked and audited
     * ("attachment-downloaded") in one transaction, without the cost of the whole view. Null when the
     * item or file does not exist, the file is not the item's, or the person may not view the item.
     */
    readAttachment(
      actor: Actor,
      itemId: string,
      attachmentId: string,
      portal: string,
      now: Date,
    ): Promise<AttachmentDownload | null> {
      return downloadAttachment(
        { durably: store.durably, attachments: store.attachments, files: options.files },
        () => {
          const item = triage.load(itemId);
          return item && { id: item.id, mayView: canView(actor, item) };
        },
        attachmentId,
        (id, action, details) => audit(actor, portal, id, action, now, details),
        actor.name,
      );
    },

    /**
     * Runs one command: loads the item, applies the workflow, stores the new state, any item it
     * spawned and the audit events, all in one durable transaction; a refusal changes nothing.
     */
    run(actor: Actor, id: string, command: Command, portal: string, now: Date): RunOutcome {
      return store.durably((): RunOutcome => {
        const item = triage.load(id);
        if (!item) return { ok: false, reason: "not-found" };
        let prepared: Command = command;
        if (command.type === "step-down")
          prepared = { ...command, newItemId: randomId(), newReference: drawReference("early-help", now) };
        if (command.type === "refer-to-lado")
          prepared = { ...command, newItemId: randomId(), newReference: drawReference("lado", now) };
        if (command.type === "ask-referrer") prepared = { ...command, messageId: randomId() };
        if (command.type === "link" || command.type === "mark-duplicate") {
          // The page sends an id; the reference recorded is the linked item's own, never the form's.
          const target = triage.load(command.itemId);
          if (!target)
            return {
              ok: false,
              reason: "refused",
              error: { code: "unknown-item", message: "There is no such item to link to" },
            };
          prepared = { ...command, reference: target.reference };
        }
        const result: TransitionResult = transition(item, prepared, { now, actor, calendar, policy });
        if (!result.ok) {
          if (result.error.code === "forbidden")
            audit(actor, portal, item.id, "refused", now, { command: command.type });
          return { ok: false, reason: "refused", error: result.error };
        }
        triage.save(result.item, orderOf(result.item));
        for (const event of result.events)
          audit(actor, portal, item.id, event.type, now, eventDetails(event, actor));
        tellReferrer(result.item, result.events, prepared, actor, now);
        const spawned = result.spawned ?? result.lado;
        if (result.spawned) insertStepDown(result.item, result.spawned, actor, portal, now);
        if (result.lado) insertLadoCase(result.item, result.lado, actor, portal, now);
        return spawned
          ? { ok: true, item: result.item, spawned: { id: spawned.id, reference: spawned.reference } }
          : { ok: true, item: result.item };
      });
    },

    /** A partner desk's own checks: never anyone else's, and never the rest of the item. */
    checkTasks(actor: Actor, status: "open" | "answered"): CheckTask[] | null {
      const agency = partnerAgency(actor);
      return agency ? triage.checksForAgency(agency, status, 100) : null;
    },

    viewCheck(actor: Actor, checkId: string, portal: string, now: Date): CheckTask | null {
      return store.durably(() => {
        const task = triage.checkTask(checkId);
        if (!task || !canAnswerCheck(actor, task.check)) return null;
        audit(actor, portal, task.itemId, "check-viewed", now, { checkId });
        return task;
      });
    },

    answerCheck(actor: Actor, checkId: string, response: string, portal: string, now: Date): RunOutcome {
      const task = triage.checkTask(checkId);
      if (!task || !canAnswerCheck(actor, task.check)) return { ok: false, reason: "not-found" };
      return this.run(actor, task.itemId, { type: "respond-to-check", checkId, response }, portal, now);
    },
  };
}

/** Whether the person may run this kind of command at all, tried with a representative command. */
function canRunType(actor: Actor, item: TriageItem, type: CommandType): boolean {
  const probe: Record<CommandType, Command> = {
    acknowledge: { type: "acknowledge" },
    assign: { type: "assign", assignee: { subject: actor.subject, name: actor.name } },
    screen: { type: "screen", rag: item.rag ?? "amber", reason: "" },
    "request-check": { type: "request-check", checkId: "", agency: "police", question: "" },
    "respond-to-check": { type: "respond-to-check", checkId: "", response: "" },
    "withdraw-check": { type: "withdraw-check", checkId: "", reason: "" },
    link: { type: "link", kind: "same-person", itemId: "", reference: "", note: "" },
    "mark-duplicate": { type: "mark-duplicate", itemId: "", reference: "" },
    decide: { type: "decide", outcome: "", reason: "" },
    "step-down": { type: "step-down", reason: "", consentObtained: false, newItemId: "", newReference: "" },
    "record-feedback": { type: "record-feedback", message: "" },
    reroute: { type: "reroute", to: item.service, reason: "" },
    "refer-to-lado": {
      type: "refer-to-lado",
      adultName: "",
      adultDateOfBirth: null,
      employer: "",
      jobTitle: null,
      reason: "",
      newItemId: "",
      newReference: "",
    },
    "ask-referrer": { type: "ask-referrer", messageId: "", text: "" },
    "referrer-reply": { type: "referrer-reply", messageId: "", text: "" },
    close: { type: "close" },
  };
  return canRun(actor, item, probe[type]);
}

export type Triage = ReturnType<typeof createTriage>;
