import {
  type AttachmentDownload,
  downloadAttachment,
  type MessageWithFiles,
  messagesWithFiles,
} from "../attachments/download.ts";
import type { FileStore } from "../attachments/file-store.ts";
import { auditAction, eventDetails, type HistoryEntry, itemHistory } from "../audit.ts";
import { randomId } from "../ids.ts";
import { enqueueEmail } from "../notifications/templates.ts";
import type { SlaCalendar, SlaPolicy } from "../sla/index.ts";
import type { Json } from "../store.ts";
import { queueOrder } from "../triage/deadlines.ts";
import { freshReference, madeBy, newItem } from "../triage/new-item.ts";
import type { TriageItem } from "../triage/types.ts";
import { unaskable } from "./handlers.ts";
import { canRunLado, canViewCase } from "./permissions.ts";
import { ladoAdultKeys, type RepeatConcern, repeatConcerns } from "./repeat-concerns.ts";
import type { LadoContent, LadoListFilters, LadoListRow, LadoStore } from "./store.ts";
import {
  caseDeadlines,
  type KcsieDashboard,
  type KcsieResult,
  type KcsieTarget,
  kcsieDashboard,
  kcsieTargetDates,
  kcsieTargets,
  type LadoDeadlines,
  ladoOrder,
} from "./timescales.ts";
import {
  type Actor,
  LADO_COMMAND_TYPES,
  type LadoCase,
  type LadoCommand,
  type LadoCommandType,
  type LadoErrorCode,
  type LadoEvent,
  type LadoSpawnedItem,
  type MeetingAction,
} from "./types.ts";
import { ladoAllows, ladoTransition } from "./workflow.ts";

/** The most cases a list page shows. */
export const LADO_LIST_LIMIT = 200;
const REPEAT_CANDIDATES = 200;

/**
 * The organisation type a children's item the LADO raises is referred by: the council's own, so the
 * CIN census source of the referral is the local authority ("5B", triage/outcomes.ts).
 */
const LADO_ORGANISATION_TYPE = "council";

export interface LadoOptions {
  store: LadoStore;
  /** Where attached files' bytes are kept. */
  files: Pick<FileStore, "read">;
  calendar: SlaCalendar;
  /** The MASH's deadlines, which a children's item the LADO raises takes its place in the queue by. */
  policy: SlaPolicy;
  /** Where a referrer follows their referral: the address emails link to. */
  referrerLink: (portal: string, itemId: string) => string;
  /** Random integer below n, for reference numbers; crypto.randomInt by default. */
  random?: (n: number) => number;
}

type Omit2<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type Of<T extends LadoCommandType> = Extract<LadoCommand, { type: T }>;

/**
 * A command as a LADO page sends it. The ids of new things (meetings, actions, enquiries, MASH items,
 * messages) are made here, never taken from the request; the ids of existing meetings and enquiries
 * are named. The referrer's answer is not one: it comes through the referrer pages (referrals.reply).
 */
export type LadoRequest =
  | Exclude<
      LadoCommand,
      Of<
        | "schedule-meeting"
        | "record-meeting"
        | "start-enquiry"
        | "refer-to-mash"
        | "ask-referrer"
        | "referrer-reply"
      >
    >
  | Omit<Of<"schedule-meeting">, "meetingId">
  | (Omit<Of<"record-meeting">, "actions"> & { actions: Omit<MeetingAction, "id">[] })
  | Omit<Of<"start-enquiry">, "enquiryId">
  | Omit2<Of<"refer-to-mash">, "newItemId" | "newReference">
  | Omit<Of<"ask-referrer">, "messageId">;

/** Refusals: the workflow's. */
export interface LadoServiceError {
  code: LadoErrorCode;
  message: string;
}

export interface LadoCaseView {
  case: LadoCase;
  content: LadoContent;
  deadlines: LadoDeadlines;
  /** When each KCSIE target falls, and (once there is an outcome) whether it was met. */
  kcsie: { dates: Record<KcsieTarget, Date>; result: KcsieResult | null };
  /** Earlier LADO cases about the same adult, best first. */
  repeatConcerns: RepeatConcern[];
  history: HistoryEntry[];
  /** Questions to the referrer and their answers, oldest first. */
  messages: MessageWithFiles[];
  /** The question waiting for the referrer's answer (one of `messages`), or null. */
  question: MessageWithFiles | null;
  /**
   * The commands the stage allows now, for the page to offer: never the referrer's answer, and never
   * a question when the case has no referrer who can be asked.
   */
  actions: LadoCommandType[];
}

export type LadoViewOutcome =
  | { ok: true; view: LadoCaseView }
  | { ok: false; reason: "not-found" | "forbidden" };

export type LadoRunOutcome =
  /** `spawned`: the children's MASH item a `refer-to-mash` made, for the page to name. */
  | { ok: true; case: LadoCase; spawned?: { id: string; reference: string } }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "refused"; error: LadoServiceError };

export interface LadoListPage {
  rows: LadoListRow[];
}

/** The email each event owes the referrer, when they gave an address. */
const REFERRER_EMAILS: Partial<Record<LadoEvent["type"], "question" | "outcome">> = {
  "referrer-asked": "question",
  "feedback-recorded": "outcome",
};

/**
 * Fills in the ids of new things (and the reference of a MASH item, drawn by `mashReference`); the
 * request's own fields are copied one by one.
 */
function prepare(request: LadoRequest, mashReference: () => string): LadoCommand {
  switch (request.type) {
    case "schedule-meeting":
      return {
        type: request.type,
        meetingId: randomId(),
        kind: request.kind,
        scheduledFor: request.scheduledFor,
        attendees: request.attendees,
      };
    case "record-meeting":
      return {
        type: request.type,
        meetingId: request.meetingId,
        attendees: request.attendees,
        minutes: request.minutes,
        nextReviewAt: request.nextReviewAt,
        actions: request.actions.map((a) => ({
          id: randomId(),
          owner: a.owner,
          action: a.action,
          dueAt: a.dueAt,
        })),
      };
    case "start-enquiry":
      return { type: request.type, enquiryId: randomId(), agency: request.agency, note: request.note };
    case "refer-to-mash":
      return {
        type: request.type,
        reason: request.reason,
        newItemId: randomId(),
        newReference: mashReference(),
      };
    case "ask-referrer":
      return { type: request.type, messageId: randomId(), text: request.text };
    default:
      return request;
  }
}

/**
 * The LADO's service: every read and change of a case goes through here, asks the permission
 * predicates, and leaves an audit event in the same durable transaction. Only `lado:officer` sees
 * cases; everyone else is refused (and the refusal audited) or given nothing.
 */
export function createLado(options: LadoOptions) {
  const { store, calendar, policy } = options;
  const { lado: cases } = store;

  const audit = (
    actor: Actor,
    portal: string,
    itemId: string,
    action: string,
    at: Date,
    details: { [key: string]: Json } | null,
  ) => auditAction(store.audit, { actor, portal, itemId, action, at, details });

  /**
   * What a change owes the referrer, written in the same transaction as the change: the question
   * itself (a message they read on the referrer pages), and an email for a question or the outcome
   * that carries the reference and a link, nothing about the case or the people in it.
   */
  function tellReferrer(
    lado: LadoCase,
    events: readonly LadoEvent[],
    command: LadoCommand,
    actor: Actor,
    now: Date,
  ) {
    const content = cases.content(lado.id);
    const email = content?.referrer.email;
    for (const event of events) {
      if (event.type === "referrer-asked" && command.type === "ask-referrer")
        cases.insertMessage({
          id: event.messageId,
          itemId: lado.id,
          direction: "to-referrer",
          body: command.text.trim(),
          replyTo: null,
          authorSubject: actor.subject,
          authorName: actor.name,
          createdAt: now,
        });
      const template = REFERRER_EMAILS[event.type];
      if (!template || !content || typeof email !== "string" || email.trim() === "") continue;
      enqueueEmail(store.outbox, {
        template,
        recipient: email,
        personalisation: { reference: lado.reference, link: options.referrerLink(content.portal, lado.id) },
        now,
      });
    }
  }

  /** The case's messages, each answer with the files that came with it. */
  /**
   * The children's MASH item a case raises: the case's form, answers and subjects (the children and
   * the concern are what the MASH needs), referred by the LADO officer rather than the employer (so
   * the MASH's feedback comes to the LADO and the employer never sees it among their referrals), with
   * the LADO's reason on its link back. A child protection referral does not wait for consent.
   */
  function insertMashItem(lado: LadoCase, spawned: LadoSpawnedItem, actor: Actor, portal: string, now: Date) {
    const reason = lado.links.find((link) => link.itemId === spawned.id)?.reason ?? null;
    const content = cases.content(lado.id);
    if (!content) throw new Error(`No LADO case ${lado.id} to raise a MASH item from`);
    const item: TriageItem = {
      ...newItem({
        id: spawned.id,
        reference: spawned.reference,
        service: spawned.service,
        formId: content.formId,
        receivedAt: now,
        referrerSubject: actor.subject,
        referrerOrganisation: actor.organisation,
        referrerOrganisationType: LADO_ORGANISATION_TYPE,
        referrerAnonymous: false,
        consent: "not-sought",
      }),
      // The officer who raised it is its referrer, and knows it arrived.
      acknowledgedAt: now,
      links: [
        {
          kind: spawned.linkKind,
          itemId: lado.id,
          reference: lado.reference,
          linkedAt: now,
          linkedBy: { subject: actor.subject, name: actor.name },
          note: reason,
        },
      ],
    };
    cases.insertMashItem(
      lado.id,
      item,
      queueOrder(item, calendar, policy),
      madeBy(actor, portal, LADO_ORGANISATION_TYPE),
    );
    audit(actor, portal, item.id, "created-from", now, {
      itemId: lado.id,
      reference: lado.reference,
      kind: spawned.linkKind,
      actorName: actor.name,
    });
  }

  return {
    /** The LADO's case list in deadline order; null for anyone else. */
    cases(actor: Actor, filters: Omit<LadoListFilters, "now">, now: Date): LadoListPage | null {
      if (!canViewCase(actor)) return null;
      return { rows: cases.list({ ...filters, now }, LADO_LIST_LIMIT) };
    },

    /** The whole case for the LADO; the view (or its refusal) is audited. */
    viewCase(actor: Actor, id: string, portal: string, now: Date): LadoViewOutcome {
      return store.durably((): LadoViewOutcome => {
        const lado = cases.load(id);
        if (!lado) return { ok: false, reason: "not-found" };
        if (!canViewCase(actor)) {
          audit(actor, portal, lado.id, "view-refused", now, null);
          return { ok: false, reason: "forbidden" };
        }
        const content = cases.content(id);
        if (!content) return { ok: false, reason: "not-found" };
        audit(actor, portal, lado.id, "viewed", now, null);
        const candidates = cases.candidates([ladoAdultKeys(lado)], REPEAT_CANDIDATES);
        const said = messagesWithFiles(cases, store.attachments, lado.id);
        return {
          ok: true,
          view: {
            case: lado,
            content,
            deadlines: caseDeadlines(lado, calendar),
            kcsie: { dates: kcsieTargetDates(lado.receivedAt), result: kcsieTargets(lado) },
            repeatConcerns: repeatConcerns(lado, candidates),
            history: itemHistory(store.audit, lado.id),
            messages: said,
            question: said.find((message) => message.id === lado.question?.id) ?? null,
            actions: LADO_COMMAND_TYPES.filter(
              (type) =>
                type !== "referrer-reply" &&
                (type !== "ask-referrer" || unaskable(lado) === null) &&
                ladoAllows(lado, type),
            ),
          },
        };
      });
    },

    /**
     * Runs one command: loads the case, applies the workflow, stores the new case, its audit events,
     * any email owed to the referrer and any children's MASH item it raised in one durable
     * transaction; a refusal changes nothing (a forbidden attempt is audited).
     */
    run(actor: Actor, id: string, request: LadoRequest, portal: string, now: Date): LadoRunOutcome {
      return store.durably((): LadoRunOutcome => {
        const lado = cases.load(id);
        if (!lado) return { ok: false, reason: "not-found" };
        const command = prepare(request, () =>
          freshReference("children", now, cases.referenceExists, options.random),
        );
        if (!canRunLado(actor, lado, command)) {
          audit(actor, portal, lado.id, "refused", now, { command: command.type });
          return {
            ok: false,
            reason: "refused",
            error: { code: "forbidden", message: "You do not have permission to do this" },
          };
        }
        const result = ladoTransition(lado, command, { now, actor, calendar });
        if (!result.ok) return { ok: false, reason: "refused", error: result.error };
        cases.save(result.case, ladoOrder(result.case, calendar));
        for (const event of result.events)
          audit(actor, portal, lado.id, event.type, now, eventDetails(event, actor));
        tellReferrer(result.case, result.events, command, actor, now);
        const { spawned } = result;
        if (!spawned) return { ok: true, case: result.case };
        insertMashItem(result.case, spawned, actor, portal, now);
        return { ok: true, case: result.case, spawned: { id: spawned.id, reference: spawned.reference } };
      });
    },

    /**
     * One file on a case (sent with the referral or with the referrer's answer), for the LADO only:
     * checked and audited ("attachment-downloaded"; a refusal "view-refused") in one transaction.
     * Null when the case or file does not exist, the file is not the case's, or the person is not the
     * LADO.
     */
    attachment(
      actor: Actor,
      caseId: string,
      attachmentId: string,
      portal: string,
      now: Date,
    ): Promise<AttachmentDownload | null> {
      return downloadAttachment(
        { durably: store.durably, attachments: store.attachments, files: options.files },
        () => {
          const lado = cases.load(caseId);
          return lado && { id: lado.id, mayView: canViewCase(actor) };
        },
        attachmentId,
        (id, action, details) => audit(actor, portal, id, action, now, details),
        actor.name,
      );
    },

    /** The KCSIE timescales dashboard over every case; null for anyone but the LADO. */
    dashboard(actor: Actor, now: Date): KcsieDashboard | null {
      if (!canViewCase(actor)) return null;
      return kcsieDashboard(cases.kcsieCases(), now);
    },
  };
}

export type Lado = ReturnType<typeof createLado>;
