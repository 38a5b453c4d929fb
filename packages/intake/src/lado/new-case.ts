import type { LadoCase } from "./types.ts";

export type NewLadoCaseFields = Pick<
  LadoCase,
  "id" | "reference" | "receivedAt" | "referrerSubject" | "referrerOrganisation" | "employerName" | "adult"
>;

/** A case as it arrives: nothing decided, recorded or linked yet, its clock starting at receipt. */
export function newLadoCase(fields: NewLadoCaseFields): LadoCase {
  return {
    ...fields,
    stage: "received",
    acknowledgedAt: null,
    assignee: null,
    consideration: null,
    meetings: [],
    enquiries: [],
    outcome: null,
    followOns: [],
    links: [],
    feedback: null,
    question: null,
    closedAt: null,
  };
}
