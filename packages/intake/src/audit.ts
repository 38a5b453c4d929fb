import type { AuditEventRecord, Json } from "./store.ts";
import type { Actor } from "./triage/types.ts";

/**
 * Appends what someone did to a record: who, with which roles and organisation, at which portal.
 * Call it inside the transaction of the read or change it describes.
 */
export function auditAction(
  audit: { append(event: AuditEventRecord): void },
  event: {
    actor: Actor;
    portal: string;
    itemId: string;
    action: string;
    at: Date;
    details?: { [key: string]: Json } | null;
  },
): void {
  audit.append({
    occurredAt: event.at,
    action: event.action,
    actorSubject: event.actor.subject,
    actorRoles: [...event.actor.roles],
    actorOrganisation: event.actor.organisation,
    portal: event.portal,
    itemId: event.itemId,
    details: event.details ?? null,
  });
}

/** One entry of an item's history, from its audit trail. */
export interface HistoryEntry {
  at: Date;
  action: string;
  actorName: string | null;
  actorOrganisation: string | null;
  details: { [key: string]: Json } | null;
}

/** Audit actions about access rather than the item: kept in the trail, left out of its history. */
const ACCESS_ACTIONS = new Set([
  "viewed",
  "view-refused",
  "check-viewed",
  "refused",
  "viewed-by-referrer",
  "attachment-downloaded",
]);

/** What happened to an item, oldest first, from its audit trail (the MASH's and the LADO's alike). */
export function itemHistory(
  audit: { listForItem(itemId: string): AuditEventRecord[] },
  itemId: string,
): HistoryEntry[] {
  return audit
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

/** A workflow event as audit details: its fields as JSON (dates as ISO text) and who did it. */
export function eventDetails(event: { type: string }, actor: Actor): { [key: string]: Json } {
  const plain = JSON.parse(JSON.stringify(event)) as { [key: string]: Json };
  delete plain.type;
  return { ...plain, actorName: actor.name };
}
