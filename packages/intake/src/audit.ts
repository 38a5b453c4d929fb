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
