import type { Role } from "@portal/auth";
import {
  type Actor,
  AGENCIES,
  type Agency,
  type Command,
  type TriageItem,
  type TriageService,
} from "./types.ts";

/**
 * Who may do what, as pure predicates. Loaders ask them before reading; the workflow asks them again
 * before changing anything, so a hand-made POST meets the same rules as the page. Deny by default:
 * anything not granted here is refused.
 */

const SERVICE_ROLES: Record<TriageService, readonly Role[]> = {
  children: ["mash:practitioner", "mash:manager"],
  "early-help": ["earlyhelp:triage"],
  adults: ["adults:triage"],
};

/**
 * Children's decisions, re-ratings and re-routes (to another team or to the LADO) are a manager's
 * (Working Together; CONTRACTS.md).
 */
const MANAGER_ONLY: Partial<Record<TriageService, readonly Role[]>> = {
  children: ["mash:manager"],
};

const hasAny = (actor: Actor, roles: readonly Role[]) => actor.roles.some((role) => roles.includes(role));

/** The services whose items appear in this person's queue. */
export function queueServices(actor: Actor): TriageService[] {
  return (Object.keys(SERVICE_ROLES) as TriageService[]).filter((service) =>
    hasAny(actor, SERVICE_ROLES[service]),
  );
}

/** The agency whose MASH desk this person works on, or null: a partner sees only that agency's checks. */
export function partnerAgency(actor: Actor): Agency | null {
  if (!actor.roles.includes("mash:partner")) return null;
  const type = actor.organisationType;
  return (AGENCIES as readonly string[]).includes(type ?? "") ? (type as Agency) : null;
}

export function canView(actor: Actor, item: Pick<TriageItem, "service">): boolean {
  return hasAny(actor, SERVICE_ROLES[item.service]);
}

/** Only the agency asked may answer, and it never needs to see the rest of the item to do it. */
export function canAnswerCheck(actor: Actor, check: { agency: Agency }): boolean {
  return partnerAgency(actor) === check.agency;
}

function isManagerAction(item: TriageItem, command: Command): boolean {
  switch (command.type) {
    case "decide":
    case "step-down":
    case "reroute":
    // Sending an allegation to the LADO is a re-route of part of the item: whoever may re-route.
    case "refer-to-lado":
      return true;
    case "screen":
      return item.rag !== null && item.rag !== command.rag;
    default:
      return false;
  }
}

/**
 * The person who sent it sees its status, outcome and questions; so does their organisation's
 * designated safeguarding lead (a role, not everyone at the school). Never triage notes.
 */
export function canSeeAsReferrer(
  actor: Actor,
  item: Pick<TriageItem, "referrerSubject" | "referrerOrganisation">,
): boolean {
  if (item.referrerSubject !== null && item.referrerSubject === actor.subject) return true;
  return (
    actor.roles.includes("safeguarding:lead") &&
    actor.organisation !== null &&
    item.referrerOrganisation === actor.organisation
  );
}

/** May this person run this command on this item? The workflow decides whether the item allows it. */
export function canRun(actor: Actor, item: TriageItem, command: Command): boolean {
  if (command.type === "referrer-reply") return canSeeAsReferrer(actor, item);
  if (command.type === "respond-to-check") {
    const check = item.checks.find((c) => c.id === command.checkId);
    return check !== undefined && canAnswerCheck(actor, check);
  }
  if (!canView(actor, item)) return false;
  const managers = MANAGER_ONLY[item.service];
  if (!managers || hasAny(actor, managers)) return true;
  // A practitioner takes work or gives back their own; a manager allocates to anyone.
  if (command.type === "assign") return (command.assignee ?? item.assignee)?.subject === actor.subject;
  return !isManagerAction(item, command);
}
