import type { Role } from "@portal/auth";
import { demoPersonas } from "@portal/identity";
import { createSlaCalendar, DEFAULT_SLA_POLICY } from "../sla/index.ts";
import { newItem } from "./new-item.ts";
import type {
  Actor,
  Command,
  CommandType,
  PartnerCheck,
  Stage,
  TransitionContext,
  TriageItem,
  TriageService,
} from "./types.ts";

/** The demo personas as actors, by email (CONTRACTS.md). */
export const actors: Readonly<Record<string, Actor>> = Object.fromEntries(
  demoPersonas.map((p) => [
    p.email,
    {
      subject: `sub-${p.email}`,
      name: p.name,
      roles: p.roles as Role[],
      organisation: p.organisation,
      organisationType: p.organisationType,
    },
  ]),
);

export function actor(email: string): Actor {
  const found = actors[email];
  if (!found) throw new Error(`No persona ${email}`);
  return found;
}

/** Monday 23 November 2026, 10:00 in London (GMT). */
export const MONDAY_10AM = new Date("2026-11-23T10:00:00Z");

export const context = (who: Actor, now: Date = MONDAY_10AM): TransitionContext => ({
  now,
  actor: who,
  calendar: createSlaCalendar(),
  policy: DEFAULT_SLA_POLICY,
});

export function openCheck(overrides: Partial<PartnerCheck> = {}): PartnerCheck {
  return {
    id: "check-1",
    agency: "police",
    question: "Is anything known about the family?",
    requestedAt: MONDAY_10AM,
    requestedBy: { subject: "sub-mash.sw@council.example.org", name: "Chris Walker" },
    dueAt: new Date("2026-11-23T14:00:00Z"),
    status: "open",
    response: null,
    respondedAt: null,
    respondedBy: null,
    withdrawnReason: null,
    ...overrides,
  };
}

/** A freshly received item, as the submit service writes it. */
export function receivedItem(service: TriageService, overrides: Partial<TriageItem> = {}): TriageItem {
  return {
    ...newItem({
      id: "item-1",
      reference: "CSC-2611-AAAA",
      service,
      formId: "child-safeguarding-referral",
      receivedAt: new Date("2026-11-23T09:30:00Z"),
      referrerSubject: "sub-dsl@school.example.org",
      referrerOrganisation: "Greenfield Primary School",
      referrerOrganisationType: "school",
      referrerAnonymous: false,
      consent: "given",
    }),
    ...overrides,
  };
}

const worker = { subject: "sub-mash.sw@council.example.org", name: "Chris Walker" };

/** An item in each stage, with what that stage implies already recorded. */
export function itemIn(service: TriageService, stage: Stage): TriageItem {
  const received = receivedItem(service);
  if (stage === "received") return received;
  const screening: TriageItem = {
    ...received,
    stage: "screening",
    assignee: worker,
    rag: "amber",
    screenedAt: new Date("2026-11-23T09:45:00Z"),
  };
  if (stage === "screening") return screening;
  const decided: TriageItem = {
    ...screening,
    stage: "decided",
    decision: { outcome: "nfa", reason: "Advice given", decidedAt: MONDAY_10AM, decidedBy: worker },
    feedback: { message: "We will not take further action.", recordedAt: MONDAY_10AM, recordedBy: worker },
  };
  if (stage === "decided") return decided;
  return { ...decided, stage: "closed", closedAt: MONDAY_10AM, closure: "completed" };
}

const decisionFor: Record<TriageService, string> = {
  children: "s17-assessment",
  "early-help": "universal-signposted",
  adults: "information-advice",
};

/** A well-formed example of each command, valid for an item of `service`. */
export function exampleCommand(type: CommandType, service: TriageService, by: Actor): Command {
  switch (type) {
    case "acknowledge":
    case "close":
      return { type };
    case "assign":
      return { type, assignee: { subject: by.subject, name: by.name } };
    case "screen":
      return { type, rag: "amber", reason: "" };
    case "request-check":
      return { type, checkId: "check-2", agency: "police", question: "Any domestic abuse call-outs?" };
    case "respond-to-check":
      return { type, checkId: "check-1", response: "Two call-outs in 2025." };
    case "withdraw-check":
      return { type, checkId: "check-1", reason: "Answered by phone" };
    case "link":
      return { type, kind: "previous-item", itemId: "item-0", reference: "CSC-2601-BBBB", note: "" };
    case "mark-duplicate":
      return { type, itemId: "item-0", reference: "CSC-2601-BBBB" };
    case "decide":
      return { type, outcome: decisionFor[service], reason: "Needs assessment" };
    case "step-down":
      return {
        type,
        reason: "Family support needed",
        consentObtained: false,
        newItemId: "item-9",
        newReference: "EH-2611-CCCC",
      };
    case "record-feedback":
      return { type, message: "We are assessing." };
    case "reroute":
      return { type, to: service === "adults" ? "children" : "adults", reason: "An adult at risk" };
    case "refer-to-lado":
      return {
        type,
        adultName: "Jamie Fox",
        adultDateOfBirth: "1985-04-12",
        employer: "Greenfield Primary School",
        jobTitle: "Teaching assistant",
        reason: "The child says a teaching assistant grabbed her arm",
        newItemId: "lado-9",
        newReference: "LADO-2611-CCCC",
      };
    case "ask-referrer":
      return { type, messageId: "msg-2", text: "Does the child have a social worker already?" };
    case "referrer-reply":
      return { type, messageId: "msg-3", text: "No, not that we know of." };
  }
}
