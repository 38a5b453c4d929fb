import type { TriageItem } from "./types.ts";

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
