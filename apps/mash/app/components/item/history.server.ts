import { type HistoryEntry, OUTCOMES, type TriageService } from "@portal/intake";
import { formatDateTime } from "@portal/web";
import { type Details, detailPerson, detailText } from "@portal/web/casework/details.ts";
import type { HistoryRow } from "@portal/web/casework/history.tsx";
import { AGENCY_NAMES, RAG_NAMES, serviceName } from "../names.ts";

const agency = (details: Details) => {
  const code = detailText(details, "agency");
  return code ? (AGENCY_NAMES[code as keyof typeof AGENCY_NAMES] ?? code) : "A partner agency";
};

const rag = (code: string | null) =>
  code ? (RAG_NAMES[code as keyof typeof RAG_NAMES] ?? code) : "not rated";

/** An outcome's label in whichever service made it (an item may have moved since). */
function outcomeName(code: string | null): string {
  if (!code) return "a decision";
  for (const options of Object.values(OUTCOMES)) {
    const found = options.find((option) => option.code === code);
    if (found) return found.label;
  }
  return code;
}

const COMMAND_WORDS: Record<string, string> = {
  acknowledge: "record the acknowledgement",
  assign: "assign it",
  screen: "rate it",
  "request-check": "ask a partner agency",
  "respond-to-check": "answer a check",
  "withdraw-check": "withdraw a check",
  link: "link it",
  "mark-duplicate": "mark it as a duplicate",
  decide: "decide",
  "step-down": "step it down to early help",
  "record-feedback": "record feedback",
  reroute: "send it to another team",
  "refer-to-lado": "send the allegation to the LADO",
  close: "close it",
};

/** A LADO case's reference: text, never a link, since LADO cases are the LADO's alone. */
function ladoReference(details: Details) {
  const reference = detailText(details, "reference");
  return reference ? { text: reference, href: null } : null;
}

/** A link to another item, only when the viewer's services include the one it is in. */
function itemLink(details: Details, service: TriageService, viewable: readonly string[]) {
  const reference = detailText(details, "reference");
  const id = detailText(details, "itemId");
  if (!reference) return null;
  return {
    text: reference,
    href: id && viewable.includes(service) ? `/items/${encodeURIComponent(id)}` : null,
  };
}

interface Words {
  what: string;
  detail?: string | null;
  link?: HistoryRow["link"];
}

function describe(entry: HistoryEntry, viewable: readonly string[]): Words {
  const details: Details = entry.details ?? {};
  switch (entry.action) {
    case "submitted":
      return { what: "Referral received" };
    case "acknowledged":
      return detailText(details, "how") === "receipt-email"
        ? { what: "Receipt emailed to the referrer" }
        : { what: "Recorded that the referrer was told it arrived" };
    case "assigned": {
      const to = detailPerson(details, "assignee");
      const from = detailPerson(details, "previous");
      if (to) return { what: `Assigned to ${to}` };
      return { what: from ? `Unassigned from ${from}` : "Unassigned" };
    }
    case "screened": {
      const now = detailText(details, "rag");
      const before = detailText(details, "previousRag");
      const what =
        before === null
          ? `Rated ${rag(now)}`
          : before === now
            ? `RAG rating of ${rag(now)} confirmed`
            : `RAG rating changed from ${rag(before)} to ${rag(now)}`;
      return { what, detail: detailText(details, "reason") };
    }
    case "check-requested": {
      const due = detailText(details, "dueAt");
      return {
        what: `Asked ${agency(details)} for information`,
        detail: due ? `Due ${formatDateTime(due)}` : null,
      };
    }
    case "check-answered":
      return { what: `${agency(details)} answered the check` };
    case "check-withdrawn":
      return { what: `${agency(details)} check withdrawn`, detail: detailText(details, "reason") };
    case "linked": {
      const kind = detailText(details, "kind");
      const reference = detailText(details, "reference") ?? "another item";
      if (kind === "same-person") return { what: `Linked to ${reference} as the same person` };
      if (kind === "previous-item") return { what: `Linked to the earlier item ${reference}` };
      return { what: `Linked to ${reference}` };
    }
    case "marked-duplicate":
      return { what: `Marked as a duplicate of ${detailText(details, "reference") ?? "another item"}` };
    case "decided":
      return {
        what: `Decided: ${outcomeName(detailText(details, "outcome"))}`,
        detail: detailText(details, "reason"),
      };
    case "stepped-down":
      return { what: "Stepped down to early help as", link: itemLink(details, "early-help", viewable) };
    case "sent-to-lado":
      return {
        what: "Allegation sent to the LADO as",
        link: ladoReference(details),
        detail: detailText(details, "reason"),
      };
    case "feedback-recorded":
      return { what: "Recorded what the referrer was told" };
    case "rerouted": {
      const from = detailText(details, "from");
      const to = detailText(details, "to");
      return {
        what: `Sent from ${from ? serviceName(from) : "another team"} to ${to ? serviceName(to) : "another team"}`,
        detail: detailText(details, "reason"),
      };
    }
    case "closed":
      return { what: detailText(details, "closure") === "duplicate" ? "Closed as a duplicate" : "Closed" };
    case "referrer-asked":
      return { what: "Asked the referrer a question" };
    case "referrer-replied":
      return { what: "The referrer answered" };
    case "encompass-notice-queued":
      return { what: `Operation Encompass notice sent to ${detailText(details, "school") ?? "a school"}` };
    case "created-from": {
      const kind = detailText(details, "kind");
      if (kind === "stepped-down-from")
        return { what: "Created by stepping down", link: itemLink(details, "children", viewable) };
      if (kind === "stepped-up-from")
        return { what: "Created by stepping up", link: itemLink(details, "early-help", viewable) };
      if (kind === "raised-from-lado")
        return { what: "Raised by the LADO from the case", link: ladoReference(details) };
      return { what: `Created from ${detailText(details, "reference") ?? "another item"}` };
    }
    case "refused": {
      const command = detailText(details, "command");
      return { what: `Not allowed to ${(command && COMMAND_WORDS[command]) ?? "do this"}` };
    }
    case "view-refused":
      return { what: "Someone without permission tried to open this item" };
    default:
      return { what: entry.action.replaceAll("-", " ").replace(/^./, (c) => c.toUpperCase()) };
  }
}

/**
 * The item's history, oldest first, in words. `referrer` names who sent it (the submission is
 * recorded with the referrer's subject, not a name); `viewable` are the viewer's services.
 */
export function historyRows(
  history: readonly HistoryEntry[],
  referrer: string,
  viewable: readonly string[],
): HistoryRow[] {
  return [...history]
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map((entry) => {
      const words = describe(entry, viewable);
      const who =
        entry.action === "submitted"
          ? referrer
          : [entry.actorName, entry.actorOrganisation].filter(Boolean).join(", ") || null;
      return {
        at: formatDateTime(entry.at),
        datetime: entry.at.toISOString(),
        what: words.what,
        link: words.link ?? null,
        detail: words.detail ?? null,
        who,
      };
    });
}
