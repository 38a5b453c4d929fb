import { makeReference, type Service } from "../ids.ts";
import type { MadeBy } from "./store.ts";
import type { Actor, TriageItem } from "./types.ts";

export type NewItemFields = Pick<
  TriageItem,
  | "id"
  | "reference"
  | "service"
  | "formId"
  | "receivedAt"
  | "referrerSubject"
  | "referrerOrganisation"
  | "referrerOrganisationType"
  | "referrerAnonymous"
  | "consent"
>;

/** An item as it arrives: nothing done to it yet, its clock starting at receipt. */
export function newItem(fields: NewItemFields): TriageItem {
  return {
    ...fields,
    stage: "received",
    enteredServiceAt: fields.receivedAt,
    reroutedFrom: null,
    acknowledgedAt: null,
    assignee: null,
    rag: null,
    ragReason: null,
    screenedAt: null,
    checks: [],
    links: [],
    decision: null,
    feedback: null,
    closedAt: null,
    closure: null,
    question: null,
  };
}

/**
 * A reference no other item has, for an item a service makes (a step-down, or a cross-link between the
 * MASH and the LADO); a clash is drawn again, as a submission's is. `random(n)` returns 0 ≤ r < n.
 */
export function freshReference(
  service: Service,
  now: Date,
  exists: (reference: string) => boolean,
  random?: (n: number) => number,
): string {
  for (let attempt = 0; attempt < 20; attempt++) {
    const reference = makeReference(service, now, random);
    if (!exists(reference)) return reference;
  }
  throw new Error("Could not find a free reference number");
}

/**
 * Who made an item from another (a cross-link between the MASH and the LADO): the worker, recorded as
 * a submission records its referrer, so the new item's feedback is owed to them.
 */
export function madeBy(actor: Actor, portal: string, organisationType: string | null): MadeBy {
  return {
    portal,
    referrer: {
      subject: actor.subject,
      name: actor.name,
      ...(actor.organisation ? { organisation: actor.organisation } : {}),
      ...(organisationType ? { organisationType } : {}),
      anonymous: false,
    },
  };
}
