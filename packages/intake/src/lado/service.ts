import { auditAction } from "../audit.ts";
import { randomId } from "../ids.ts";
import { enqueueEmail } from "../notifications/templates.ts";
import type { SlaCalendar } from "../sla/index.ts";
import type { Json } from "../store.ts";
import { queueKey } from "../triage/store.ts";
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
} from "./timescales.ts";
import {
  type Actor,
  LADO_COMMAND_TYPES,
  type LadoCase,
  type LadoCommand,
  type LadoCommandType,
  type LadoErrorCode,
  type LadoEvent,
  type MeetingAction,
} from "./types.ts";
import { ladoAllows, ladoTransition } from "./workflow.ts";

/** The most cases a list page shows. */
export const LADO_LIST_LIMIT = 200;
/** The most cases (newest first) the KCSIE dashboard counts. */
export const LADO_DASHBOARD_LIMIT = 5000;
const REPEAT_CANDIDATES = 200;

export interface LadoOptions {
  store: LadoStore;
  calendar: SlaCalendar;
  /** Where a referrer follows their referral: the address emails link to. */
  referrerLink: (portal: string, itemId: string) => string;
}

type Omit2<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type Of<T extends LadoCommandType> = Extract<LadoCommand, { type: T }>;

/**
 * A command as a page sends it. The ids of new things (meetings, actions, enquiries, MASH items) are
 * made here, never taken from the request; the ids of existing meetings and enquiries are named.
 */
export type LadoRequest =
  | Exclude<LadoCommand, Of<"schedule-meeting" | "record-meeting" | "start-enquiry" | "refer-to-mash">>
  | Omit<Of<"schedule-meeting">, "meetingId">
  | (Omit<Of<"record-meeting">, "actions"> & { actions: Omit<MeetingAction, "id">[] })
  | Omit<Of<"start-enquiry">, "enquiryId">
  | Omit2<Of<"refer-to-mash">, "newItemId" | "newReference">;

/** Refusals: the workflow's, or a command the service does not offer yet. */
export interface LadoServiceError {
  code: LadoErrorCode | "not-available";
  message: string;
}

/** One entry of a case's history, from its audit trail. */
export interface LadoHistoryEntry {
  at: Date;
  action: string;
  actorName: string | null;
  actorOrganisation: string | null;
  details: { [key: string]: Json } | null;
}

export interface LadoCaseView {
  case: LadoCase;
  content: LadoContent;
  deadlines: LadoDeadlines;
  /** When each KCSIE target falls, and (once there is an outcome) whether it was met. */
  kcsie: { dates: Record<KcsieTarget, Date>; result: KcsieResult | null };
  /** Earlier LADO cases about the same adult, best first. */
  repeatConcerns: RepeatConcern[];
  history: LadoHistoryEntry[];
  /** The commands the stage allows now, for the page to offer. */
  actions: LadoCommandType[];
}

export type LadoViewOutcome =
  | { ok: true; view: LadoCaseView }
  | { ok: false; reason: "not-found" | "forbidden" };

export type LadoRunOutcome =
  | { ok: true; case: LadoCase }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "refused"; error: LadoServiceError };

export interface LadoListPage {
  rows: LadoListRow[];
}

/** Audit actions about access rather than the case: kept in the trail, left out of its history. */
const ACCESS_ACTIONS = new Set(["viewed", "view-refused", "refused", "viewed-by-referrer"]);

/** JSON for the audit trail: dates as ISO text. Events carry no minutes or notes. */
function eventDetails(event: LadoEvent, actor: Actor): { [key: string]: Json } {
  const plain = JSON.parse(JSON.stringify(event)) as { [key: string]: Json };
  delete plain.type;
  return { ...plain, actorName: actor.name };
}

/** The case's next deadline and its place in the LADO's list. */
export function ladoOrder(lado: LadoCase, calendar: SlaCalendar): { dueAt: Date | null; queueKey: number } {
  const owed = caseDeadlines(lado, calendar);
  const dates = [owed.considerationBy, owed.firstReviewBy, owed.nextReviewBy].filter(
    (d): d is Date => d !== null,
  );
  const dueAt = dates.length === 0 ? null : new Date(Math.min(...dates.map((d) => d.getTime())));
  return { dueAt, queueKey: queueKey(dueAt, lado.receivedAt) };
}

/** Fills in the ids of new things; the request's own fields are copied one by one. */
function prepare(request: LadoRequest): LadoCommand {
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
      return { type: request.type, reason: request.reason, newItemId: randomId(), newReference: "" };
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
  const { store, calendar } = options;
  const { lado: cases } = store;

  const audit = (
    actor: Actor,
    portal: string,
    itemId: string,
    action: string,
    at: Date,
    details: { [key: string]: Json } | null,
  ) => auditAction(store.audit, { actor, portal, itemId, action, at, details });

  function history(itemId: string): LadoHistoryEntry[] {
    return store.audit
      .listForItem(itemId)
      .filter((event) => !ACCESS_ACTIONS.has(event.action))
      .map((event) => ({
        at: event.occurredAt,
        action: event.action,
        actorName: typeof event.details?.actorName === "string" ? event.details.actorName : null,
        actorOrganisation: event.actorOrganisation ?? null,
        details: event.details,
      }));
  }

  /** The outcome email owed to the referrer: the reference and a link, nothing about the case. */
  function tellReferrer(lado: LadoCase, events: readonly LadoEvent[], now: Date) {
    if (!events.some((e) => e.type === "feedback-recorded")) return;
    const content = cases.content(lado.id);
    const email = content?.referrer.email;
    if (!content || typeof email !== "string" || email.trim() === "") return;
    enqueueEmail(store.outbox, {
      template: "outcome",
      recipient: email,
      personalisation: { reference: lado.reference, link: options.referrerLink(content.portal, lado.id) },
      now,
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
        return {
          ok: true,
          view: {
            case: lado,
            content,
            deadlines: caseDeadlines(lado, calendar),
            kcsie: { dates: kcsieTargetDates(lado.receivedAt), result: kcsieTargets(lado) },
            repeatConcerns: repeatConcerns(lado, candidates),
            history: history(lado.id),
            actions: LADO_COMMAND_TYPES.filter((type) => type !== "refer-to-mash" && ladoAllows(lado, type)),
          },
        };
      });
    },

    /**
     * Runs one command: loads the case, applies the workflow, stores the new case, its audit events
     * and any email owed to the referrer in one durable transaction; a refusal changes nothing (a
     * forbidden attempt is audited).
     */
    run(actor: Actor, id: string, request: LadoRequest, portal: string, now: Date): LadoRunOutcome {
      return store.durably((): LadoRunOutcome => {
        const lado = cases.load(id);
        if (!lado) return { ok: false, reason: "not-found" };
        const command = prepare(request);
        if (!canRunLado(actor, lado, command)) {
          audit(actor, portal, lado.id, "refused", now, { command: command.type });
          return {
            ok: false,
            reason: "refused",
            error: { code: "forbidden", message: "You do not have permission to do this" },
          };
        }
        if (command.type === "refer-to-mash")
          return {
            ok: false,
            reason: "refused",
            error: {
              code: "not-available",
              message:
                "Referring to the MASH from a case is not available yet. Make a children's referral and note its reference on the case",
            },
          };
        const result = ladoTransition(lado, command, { now, actor, calendar });
        if (!result.ok) return { ok: false, reason: "refused", error: result.error };
        cases.save(result.case, ladoOrder(result.case, calendar));
        for (const event of result.events)
          audit(actor, portal, lado.id, event.type, now, eventDetails(event, actor));
        tellReferrer(result.case, result.events, now);
        return { ok: true, case: result.case };
      });
    },

    /** The KCSIE timescales dashboard over the most recent cases; null for anyone but the LADO. */
    dashboard(actor: Actor, now: Date): KcsieDashboard | null {
      if (!canViewCase(actor)) return null;
      return kcsieDashboard(cases.allCases(LADO_DASHBOARD_LIMIT), now);
    },
  };
}

export type Lado = ReturnType<typeof createLado>;
