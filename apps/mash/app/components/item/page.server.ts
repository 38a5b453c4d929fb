import { catalogue } from "@portal/forms";
import {
  type Actor,
  AGENCIES,
  type ConsentStatus,
  canRun,
  DECIDABLE,
  type ItemLink,
  type ItemView,
  outcomeLabel,
  type PartnerCheck,
  queueServices,
  RAGS,
  type Stage,
  TRIAGE_SERVICES,
  type TriageItem,
} from "@portal/intake";
import { formatDate, formatDateTime } from "@portal/web";
import { answersView } from "@portal/web/casework/answers.server.ts";
import { type ReferrerLines, referrerLines } from "@portal/web/casework/details.ts";
import type { SummaryRow } from "@portal/web/casework/lines-list.tsx";
import { matchReasons, matchStrength } from "@portal/web/casework/match-words.ts";
import { messageRows } from "@portal/web/casework/messages.server.ts";
import { AGENCY_NAMES, RAG_NAMES, SERVICE_NAMES, serviceName, stageName } from "../names.ts";
import { historyRows } from "./history.server.ts";
import type { ActionForms, CheckRow, ItemPage, MatchRow, PersonKnown } from "./types.ts";

const CONSENT_WORDS: Record<ConsentStatus, string> = {
  given: "Given",
  refused: "Refused",
  "not-sought": "Not asked for (the referrer gave the reason on the form)",
  "not-recorded": "Not recorded on the form",
};

const LINK_WORDS: Record<ItemLink["kind"], string> = {
  "same-person": "Same person as",
  "previous-item": "Earlier item",
  "duplicate-of": "Duplicate of",
  "stepped-down-to": "Stepped down to early help as",
  "stepped-down-from": "Stepped down from",
  "stepped-up-to": "Stepped up to the MASH as",
  "stepped-up-from": "Stepped up from",
  // LADO cases are the LADO's alone: their references are words here, never links.
  "raised-from-lado": "Raised by the LADO from the case",
  "sent-to-lado": "Allegation sent to the LADO as",
};

const STAGE_CLASSES: Record<Stage, string> = {
  // Blue is the tag's own colour in govuk-frontend 6: no modifier.
  received: "",
  screening: "govuk-tag--turquoise",
  decided: "govuk-tag--purple",
  closed: "govuk-tag--grey",
};

const by = (name: string, at: Date) => `By ${name} on ${formatDateTime(at)}`;

function summaryRows(view: ItemView, actor: Actor, referrer: ReferrerLines): SummaryRow[] {
  const { item, deadlines } = view;
  const formTitle = catalogue[item.formId]?.title ?? item.formId;
  const owed = [
    deadlines.acknowledgeBy && `Tell the referrer it arrived by ${formatDateTime(deadlines.acknowledgeBy)}`,
    deadlines.decideBy &&
      `${item.service === "early-help" ? "Allocate" : "Decide next steps"} by ${formatDateTime(deadlines.decideBy)}`,
    deadlines.feedbackBy && `Tell the referrer the outcome by ${formatDateTime(deadlines.feedbackBy)}`,
  ].filter((line): line is string => Boolean(line));
  const { decision, feedback } = item;
  const rows: SummaryRow[] = [
    {
      key: "Received",
      lines: [
        formatDateTime(item.receivedAt),
        ...(item.reroutedFrom
          ? [`Sent here from ${serviceName(item.reroutedFrom)} on ${formatDateTime(item.enteredServiceAt)}`]
          : []),
      ],
    },
    { key: "Form", lines: [formTitle] },
    { key: "Referrer", lines: referrer.lines },
    { key: "Consent", lines: [CONSENT_WORDS[item.consent]] },
    {
      key: "RAG rating",
      lines: item.rag
        ? [RAG_NAMES[item.rag], ...(item.ragReason ? [item.ragReason] : [])]
        : ["Not rated yet"],
    },
    {
      key: "Assigned to",
      lines: [
        item.assignee
          ? `${item.assignee.name}${item.assignee.subject === actor.subject ? " (you)" : ""}`
          : "Not assigned",
      ],
    },
    {
      key: "Referrer told it arrived",
      lines: [
        item.acknowledgedAt
          ? formatDateTime(item.acknowledgedAt)
          : referrer.anonymous
            ? "Not needed: the referrer is anonymous"
            : "Not yet",
      ],
    },
    { key: "Still to do", lines: owed.length > 0 ? owed : ["Nothing is owed"] },
    {
      key: "Decision",
      lines: decision
        ? [
            outcomeLabel(item.service, decision.outcome),
            decision.reason,
            by(decision.decidedBy.name, decision.decidedAt),
          ]
        : ["Not decided yet"],
    },
    {
      key: "What the referrer was told",
      lines: feedback
        ? [feedback.message, by(feedback.recordedBy.name, feedback.recordedAt)]
        : [referrer.anonymous ? "Not needed: the referrer is anonymous" : "Not recorded yet"],
    },
  ];
  if (item.links.length > 0)
    rows.push({
      key: "Linked items",
      // The note is why they were linked: the LADO's reason for raising the item, say.
      lines: item.links.map(
        (link) => `${LINK_WORDS[link.kind]} ${link.reference}${link.note ? `: ${link.note}` : ""}`,
      ),
    });
  if (item.closedAt)
    rows.push({
      key: "Closed",
      lines: [`${formatDateTime(item.closedAt)}${item.closure === "duplicate" ? ", as a duplicate" : ""}`],
    });
  return rows;
}

function peopleKnown(view: ItemView, viewable: readonly string[]): PersonKnown[] {
  const { item, actions } = view;
  return view.known.map((subject) => ({
    name: subject.name,
    contactsInLast12Months: subject.contactsInLast12Months,
    matches: subject.matches.map(({ person, strength, reasons }): MatchRow => {
      const linked = item.links.some((link) => link.kind === "same-person" && link.itemId === person.itemId);
      const canLink = actions.includes("link") && !linked;
      const canMarkDuplicate = actions.includes("mark-duplicate");
      return {
        reference: person.reference,
        href: viewable.includes(person.service) ? `/items/${encodeURIComponent(person.itemId)}` : null,
        service: person.service === "lado" ? "LADO" : serviceName(person.service),
        received: formatDate(person.receivedAt),
        reasons: matchReasons(reasons),
        strength: matchStrength(strength),
        linked,
        itemId: canLink || canMarkDuplicate ? person.itemId : null,
        canLink,
        canMarkDuplicate,
      };
    }),
  }));
}

function checkRow(check: PartnerCheck, now: Date): CheckRow {
  const status =
    check.status === "answered"
      ? { text: "Answered", classes: "govuk-tag--green" }
      : check.status === "withdrawn"
        ? { text: "Withdrawn", classes: "govuk-tag--grey" }
        : check.dueAt.getTime() < now.getTime()
          ? { text: "Overdue", classes: "govuk-tag--red" }
          : { text: "Waiting", classes: "" };
  const answeredBy =
    check.respondedBy && check.respondedAt
      ? `${[check.respondedBy.name, check.respondedBy.organisation].filter(Boolean).join(", ")} on ${formatDateTime(check.respondedAt)}`
      : null;
  return {
    agency: AGENCY_NAMES[check.agency],
    question: check.question,
    requested: `${formatDateTime(check.requestedAt)} by ${check.requestedBy.name}`,
    due: formatDateTime(check.dueAt),
    status,
    response:
      check.status === "withdrawn"
        ? `Withdrawn: ${check.withdrawnReason ?? "no reason recorded"}`
        : check.response,
    answeredBy,
  };
}

const clip = (text: string, length = 80) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/** The forms for the commands on offer; `respond-to-check` is a partner desk's, on its own pages. */
function actionForms(view: ItemView, actor: Actor, referrer: ReferrerLines): ActionForms {
  const { item, actions } = view;
  const offered = (type: (typeof actions)[number]) => actions.includes(type);
  const forms: ActionForms = {};
  if (offered("acknowledge") && item.acknowledgedAt === null && !referrer.anonymous) forms.acknowledge = true;
  if (offered("assign")) {
    const mine = item.assignee?.subject === actor.subject;
    const toMe = !mine;
    // A practitioner gives back only their own work; a manager may take anyone off it.
    const unassign = item.assignee !== null && canRun(actor, item, { type: "assign", assignee: null });
    if (toMe || unassign) forms.assign = { toMe, unassign, assignee: item.assignee?.name ?? null };
  }
  if (offered("screen")) {
    const ratings = item.rag && !view.mayChangeRag ? [item.rag] : [...RAGS];
    forms.screen = {
      ratings: ratings.map((rag) => ({
        value: rag,
        text: RAG_NAMES[rag],
        ...(rag === "blue" ? { hint: "No or minimal risk" } : {}),
      })),
      current: item.rag,
    };
  }
  if (offered("request-check"))
    forms.requestCheck = {
      agencies: AGENCIES.map((agency) => ({ value: agency, text: AGENCY_NAMES[agency] })),
    };
  const open = item.checks.filter((check) => check.status === "open");
  if (offered("withdraw-check") && open.length > 0)
    forms.withdrawCheck = {
      checks: open.map((check) => ({
        value: check.id,
        text: `${AGENCY_NAMES[check.agency]}: ${clip(check.question)}`,
        hint: `Due ${formatDateTime(check.dueAt)}`,
      })),
    };
  if (offered("decide"))
    forms.decide = {
      outcomes: DECIDABLE[item.service].map((code) => ({
        value: code,
        text: outcomeLabel(item.service, code),
      })),
      s42: item.service === "adults",
    };
  if (offered("step-down")) forms.stepDown = { askConsent: item.consent !== "given" };
  if (offered("record-feedback")) forms.recordFeedback = { recorded: item.feedback !== null };
  if (offered("reroute"))
    forms.reroute = {
      services: TRIAGE_SERVICES.filter((service) => service !== item.service).map((service) => ({
        value: service,
        text: SERVICE_NAMES[service],
      })),
    };
  // One LADO case per item, and none for an item the LADO raised: it has the allegation already.
  const withLado = item.links.some(
    (link) => link.kind === "sent-to-lado" || link.kind === "raised-from-lado",
  );
  if (offered("refer-to-lado") && !withLado) forms.referToLado = true;
  if (offered("ask-referrer") && !item.question) forms.askReferrer = true;
  if (offered("close")) forms.close = { feedbackFirst: item.feedback === null && !referrer.anonymous };
  return forms;
}

/** The success sentence for `?done=<intent>`, or null for anything else. */
function doneSentence(done: string | null, item: TriageItem, actor: Actor): string | null {
  switch (done) {
    case "acknowledge":
      return "Recorded that the referrer has been told it arrived";
    case "assign":
      if (item.assignee?.subject === actor.subject) return "This item is now assigned to you";
      return item.assignee
        ? `This item is assigned to ${item.assignee.name}`
        : "This item is no longer assigned";
    case "screen":
      return "RAG rating recorded";
    case "request-check":
      return "Partner agency check requested";
    case "withdraw-check":
      return "Partner agency check withdrawn";
    case "link":
      return "Earlier contact linked as the same person";
    case "mark-duplicate":
      return "Marked as a duplicate and closed";
    case "decide":
      return "Decision recorded";
    case "step-down": {
      const made = item.links.findLast((link) => link.kind === "stepped-down-to");
      return made ? `Stepped down to early help as ${made.reference}` : "Stepped down to early help";
    }
    case "record-feedback":
      return "What you told the referrer has been recorded";
    case "reroute":
      return item.reroutedFrom ? `Sent to ${SERVICE_NAMES[item.service]}` : null;
    case "refer-to-lado": {
      const sent = item.links.findLast((link) => link.kind === "sent-to-lado");
      return sent ? `Allegation sent to the LADO as ${sent.reference}` : null;
    }
    case "ask-referrer":
      return "Your question has been sent to the referrer";
    case "close":
      return "Item closed";
    default:
      return null;
  }
}

/** Everything the item page shows, in words, and nothing else. */
export function itemPage(view: ItemView, actor: Actor, now: Date, done: string | null): ItemPage {
  const { item } = view;
  const viewable: string[] = queueServices(actor);
  const referrer = referrerLines(view.content.referrer, item.referrerAnonymous);
  return {
    id: item.id,
    reference: item.reference,
    service: SERVICE_NAMES[item.service],
    rag: item.rag,
    status: view.status,
    stage: { text: stageName(item.stage), classes: STAGE_CLASSES[item.stage] },
    reroutedFrom: item.reroutedFrom ? SERVICE_NAMES[item.reroutedFrom] : null,
    done: doneSentence(done, item, actor),
    summary: summaryRows(view, actor, referrer),
    people: peopleKnown(view, viewable),
    checks: item.checks.map((check) => checkRow(check, now)),
    answers: answersView(view.content),
    history: historyRows(view.history, referrer.sender, viewable),
    messages: messageRows(
      view.messages,
      (fileId) => `/items/${encodeURIComponent(item.id)}/attachments/${encodeURIComponent(fileId)}`,
    ),
    waitingForReferrer: item.question !== null,
    actions: actionForms(view, actor, referrer),
  };
}
