import { checkDeadline } from "../sla/index.ts";
import { DECIDABLE, NEEDS_CONSENT, outcomeCodes } from "./outcomes.ts";
import type {
  Actor,
  Command,
  CommandType,
  PersonRef,
  TransitionContext,
  TransitionResult,
  TriageErrorCode,
  TriageItem,
} from "./types.ts";

/** One command's effect on an item that the workflow table allows it in. */
export type Handler<T extends CommandType> = (
  item: TriageItem,
  command: Extract<Command, { type: T }>,
  ctx: TransitionContext,
) => TransitionResult;

export const refuse = (code: TriageErrorCode, message: string): TransitionResult => ({
  ok: false,
  error: { code, message },
});

const personOf = (actor: Actor): PersonRef => ({ subject: actor.subject, name: actor.name });

const blank = (text: string) => text.trim() === "";

const openChecks = (item: TriageItem) => item.checks.filter((check) => check.status === "open");

function noOpenChecks(item: TriageItem, doing: string): TransitionResult | null {
  return openChecks(item).length > 0
    ? refuse(
        "checks-outstanding",
        `Wait for the partner checks to be answered, or withdraw them, before you ${doing}`,
      )
    : null;
}

const consentHeld = (item: TriageItem, obtained: boolean) => item.consent === "given" || obtained;

export const acknowledge: Handler<"acknowledge"> = (item, _command, { now }) =>
  item.acknowledgedAt !== null
    ? refuse("already-acknowledged", "The referrer has already been told this arrived")
    : { ok: true, item: { ...item, acknowledgedAt: now }, events: [{ type: "acknowledged" }] };

export const assign: Handler<"assign"> = (item, { assignee }) => ({
  ok: true,
  // Picking an item up is the start of screening.
  item: { ...item, assignee, stage: assignee && item.stage === "received" ? "screening" : item.stage },
  events: [{ type: "assigned", assignee, previous: item.assignee }],
});

export const screen: Handler<"screen"> = (item, { rag, reason }, { now }) => {
  const changing = item.rag !== null && item.rag !== rag;
  if (changing && blank(reason))
    return refuse("reason-required", "Enter why you are changing the RAG rating");
  return {
    ok: true,
    item: {
      ...item,
      stage: item.stage === "received" ? "screening" : item.stage,
      rag,
      ragReason: blank(reason) ? null : reason.trim(),
      screenedAt: now,
    },
    events: [{ type: "screened", rag, previousRag: item.rag, reason: reason.trim() }],
  };
};

export const requestCheck: Handler<"request-check"> = (item, command, { now, actor, calendar, policy }) => {
  if (blank(command.question)) return refuse("text-required", "Enter the question for the partner agency");
  if (item.checks.some((check) => check.id === command.checkId))
    return refuse("not-allowed-in-stage", "This check has already been requested");
  const dueAt = checkDeadline(item.rag, now, calendar, policy);
  return {
    ok: true,
    item: {
      ...item,
      checks: [
        ...item.checks,
        {
          id: command.checkId,
          agency: command.agency,
          question: command.question.trim(),
          requestedAt: now,
          requestedBy: personOf(actor),
          dueAt,
          status: "open",
          response: null,
          respondedAt: null,
          respondedBy: null,
          withdrawnReason: null,
        },
      ],
    },
    events: [{ type: "check-requested", checkId: command.checkId, agency: command.agency, dueAt }],
  };
};

export const respondToCheck: Handler<"respond-to-check"> = (item, command, { now, actor }) => {
  const check = item.checks.find((c) => c.id === command.checkId);
  if (!check) return refuse("unknown-check", "There is no such check on this item");
  if (check.status !== "open")
    return refuse("check-not-open", "This check has already been answered or withdrawn");
  if (blank(command.response)) return refuse("text-required", "Enter your agency's response");
  const answered = {
    ...check,
    status: "answered" as const,
    response: command.response.trim(),
    respondedAt: now,
    respondedBy: { ...personOf(actor), organisation: actor.organisation },
  };
  return {
    ok: true,
    item: { ...item, checks: item.checks.map((c) => (c.id === check.id ? answered : c)) },
    events: [{ type: "check-answered", checkId: check.id, agency: check.agency }],
  };
};

export const withdrawCheck: Handler<"withdraw-check"> = (item, command) => {
  const check = item.checks.find((c) => c.id === command.checkId);
  if (!check) return refuse("unknown-check", "There is no such check on this item");
  if (check.status !== "open")
    return refuse("check-not-open", "This check has already been answered or withdrawn");
  if (blank(command.reason)) return refuse("reason-required", "Enter why you are withdrawing the check");
  const withdrawn = { ...check, status: "withdrawn" as const, withdrawnReason: command.reason.trim() };
  return {
    ok: true,
    item: { ...item, checks: item.checks.map((c) => (c.id === check.id ? withdrawn : c)) },
    events: [
      { type: "check-withdrawn", checkId: check.id, agency: check.agency, reason: command.reason.trim() },
    ],
  };
};

export const link: Handler<"link"> = (item, command, { now, actor }) => {
  if (command.itemId === item.id) return refuse("self-link", "An item cannot be linked to itself");
  if (item.links.some((l) => l.itemId === command.itemId && l.kind === command.kind))
    return refuse("already-linked", "These items are already linked");
  return {
    ok: true,
    item: {
      ...item,
      links: [
        ...item.links,
        {
          kind: command.kind,
          itemId: command.itemId,
          reference: command.reference,
          linkedAt: now,
          linkedBy: personOf(actor),
          note: blank(command.note) ? null : command.note.trim(),
        },
      ],
    },
    events: [{ type: "linked", kind: command.kind, itemId: command.itemId, reference: command.reference }],
  };
};

export const markDuplicate: Handler<"mark-duplicate"> = (item, command, { now, actor }) => {
  if (command.itemId === item.id) return refuse("self-link", "An item cannot be a duplicate of itself");
  const blocked = noOpenChecks(item, "mark it as a duplicate");
  if (blocked) return blocked;
  return {
    ok: true,
    item: {
      ...item,
      stage: "closed",
      closedAt: now,
      closure: "duplicate",
      question: null,
      links: [
        ...item.links,
        {
          kind: "duplicate-of",
          itemId: command.itemId,
          reference: command.reference,
          linkedAt: now,
          linkedBy: personOf(actor),
          note: null,
        },
      ],
    },
    events: [
      { type: "marked-duplicate", itemId: command.itemId, reference: command.reference },
      { type: "closed", closure: "duplicate" },
    ],
  };
};

export const decide: Handler<"decide"> = (item, command, { now, actor }) => {
  if (!DECIDABLE[item.service].includes(command.outcome))
    return refuse("unknown-outcome", "Select a decision this service can make");
  if (blank(command.reason)) return refuse("reason-required", "Enter the reasons for the decision");
  if (item.service === "children" && item.rag === null)
    return refuse("rag-required", "Rate the referral red, amber, green or blue before deciding");
  if (NEEDS_CONSENT[item.service].includes(command.outcome) && !consentHeld(item, false))
    return refuse(
      "consent-required",
      "The family has not given consent, so early help cannot be offered yet",
    );
  const s42 = command.s42;
  const s42Met = s42?.careAndSupportNeeds && s42.abuseOrNeglect && s42.unableToProtectSelf;
  if (command.outcome === "s42-enquiry" && !s42Met)
    return refuse(
      "s42-criteria-required",
      "A section 42 enquiry needs all three conditions: care and support needs, abuse or neglect, and unable to protect themselves",
    );
  const blocked = noOpenChecks(item, "decide");
  if (blocked) return blocked;
  const codes = outcomeCodes(item, command.outcome);
  return {
    ok: true,
    item: {
      ...item,
      stage: "decided",
      decision: {
        outcome: command.outcome,
        reason: command.reason.trim(),
        decidedAt: now,
        decidedBy: personOf(actor),
      },
    },
    events: [{ type: "decided", outcome: command.outcome, reason: command.reason.trim(), codes }],
  };
};

export const stepDown: Handler<"step-down"> = (item, command, { now, actor }) => {
  if (blank(command.reason))
    return refuse("reason-required", "Enter the reasons for stepping down to early help");
  if (item.rag === null)
    return refuse("rag-required", "Rate the referral red, amber, green or blue before deciding");
  if (!consentHeld(item, command.consentObtained))
    return refuse(
      "consent-required",
      "Early help needs the family's consent: confirm you have it before stepping down",
    );
  const blocked = noOpenChecks(item, "step down to early help");
  if (blocked) return blocked;
  const by = personOf(actor);
  return {
    ok: true,
    item: {
      ...item,
      stage: "decided",
      decision: { outcome: "early-help", reason: command.reason.trim(), decidedAt: now, decidedBy: by },
      links: [
        ...item.links,
        {
          kind: "stepped-down-to",
          itemId: command.newItemId,
          reference: command.newReference,
          linkedAt: now,
          linkedBy: by,
          note: null,
        },
      ],
    },
    events: [
      {
        type: "decided",
        outcome: "early-help",
        reason: command.reason.trim(),
        codes: outcomeCodes(item, "early-help"),
      },
      { type: "stepped-down", itemId: command.newItemId, reference: command.newReference },
    ],
    spawned: {
      id: command.newItemId,
      reference: command.newReference,
      service: "early-help",
      linkKind: "stepped-down-from",
    },
  };
};

export const recordFeedback: Handler<"record-feedback"> = (item, command, { now, actor }) => {
  if (blank(command.message)) return refuse("text-required", "Enter what you told the referrer");
  return {
    ok: true,
    item: {
      ...item,
      feedback: { message: command.message.trim(), recordedAt: now, recordedBy: personOf(actor) },
    },
    events: [{ type: "feedback-recorded" }],
  };
};

export const reroute: Handler<"reroute"> = (item, command, { now }) => {
  if (command.to === item.service) return refuse("same-service", "Select a different team to send this to");
  if (blank(command.reason)) return refuse("reason-required", "Enter why this belongs with another team");
  const blocked = noOpenChecks(item, "send it to another team");
  if (blocked) return blocked;
  // Early help sending a family to the MASH is its "step up" outcome (REFERENCE.md §3).
  const outcome = item.service === "early-help" && command.to === "children" ? "step-up-mash" : null;
  return {
    ok: true,
    // The receiving team screens afresh on its own clock; what the referrer was told stays told.
    item: {
      ...item,
      service: command.to,
      reroutedFrom: item.service,
      enteredServiceAt: now,
      stage: "received",
      assignee: null,
      rag: null,
      ragReason: null,
      screenedAt: null,
    },
    events: [
      { type: "rerouted", from: item.service, to: command.to, reason: command.reason.trim(), outcome },
    ],
  };
};

/**
 * Sends an allegation about an adult who works with children to the LADO: the item records the link
 * and stays where it is (the MASH still decides about the child), and the service creates the LADO
 * case. One LADO case per item, and none for an item the LADO itself raised.
 */
export const referToLado: Handler<"refer-to-lado"> = (item, command, { now, actor }) => {
  const sent = item.links.find((l) => l.kind === "sent-to-lado");
  if (sent)
    return refuse(
      "already-with-lado",
      `This allegation has already been sent to the LADO as ${sent.reference}`,
    );
  const raised = item.links.find((l) => l.kind === "raised-from-lado");
  if (raised)
    return refuse(
      "already-with-lado",
      `The LADO raised this item from ${raised.reference}, so they already know about the allegation`,
    );
  if (blank(command.adultName))
    return refuse("name-required", "Enter the full name of the adult the allegation is about");
  if (blank(command.employer))
    return refuse("employer-required", "Enter the adult's employer or organisation");
  if (blank(command.reason))
    return refuse("reason-required", "Enter why the allegation should go to the LADO");
  const reason = command.reason.trim();
  const jobTitle = command.jobTitle?.trim() || null;
  return {
    ok: true,
    item: {
      ...item,
      links: [
        ...item.links,
        {
          kind: "sent-to-lado",
          itemId: command.newItemId,
          reference: command.newReference,
          linkedAt: now,
          linkedBy: personOf(actor),
          note: reason,
        },
      ],
    },
    events: [{ type: "sent-to-lado", itemId: command.newItemId, reference: command.newReference, reason }],
    lado: {
      id: command.newItemId,
      reference: command.newReference,
      adult: { name: command.adultName.trim(), dateOfBirth: command.adultDateOfBirth, jobTitle },
      employerName: command.employer.trim(),
      reason,
    },
  };
};

export const close: Handler<"close"> = (item, _command, { now }) => {
  // Nobody can be told about an anonymous report, so its closure does not wait for feedback.
  if (item.feedback === null && !item.referrerAnonymous)
    return refuse("feedback-required", "Record what you told the referrer before closing this");
  return {
    ok: true,
    // A question still unanswered is withdrawn: the referrer is no longer waited for.
    item: { ...item, stage: "closed", closedAt: now, closure: "completed", question: null },
    events: [{ type: "closed", closure: "completed" }],
  };
};

export const askReferrer: Handler<"ask-referrer"> = (item, command, { now }) => {
  if (item.referrerAnonymous)
    return refuse("anonymous-referrer", "The referrer is anonymous, so they cannot be asked");
  if (item.question)
    return refuse("question-open", "Wait for the referrer to answer the question already asked");
  if (blank(command.text)) return refuse("text-required", "Enter your question for the referrer");
  return {
    ok: true,
    item: { ...item, question: { id: command.messageId, askedAt: now } },
    events: [{ type: "referrer-asked", messageId: command.messageId }],
  };
};

export const referrerReply: Handler<"referrer-reply"> = (item, command) => {
  if (!item.question) return refuse("no-question", "There is no question waiting for an answer");
  if (blank(command.text)) return refuse("text-required", "Enter your answer");
  return {
    ok: true,
    item: { ...item, question: null },
    events: [{ type: "referrer-replied", messageId: command.messageId }],
  };
};
