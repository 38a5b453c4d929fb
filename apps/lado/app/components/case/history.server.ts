import type { HistoryEntry } from "@portal/intake";
import { formatDateTime } from "@portal/web";
import { type Details, detailPerson, detailText } from "@portal/web/casework/details.ts";
import type { HistoryRow } from "@portal/web/casework/history.tsx";
import {
  ENQUIRY_AGENCY_NAMES,
  FOLLOW_ON_NAMES,
  MEETING_KIND_NAMES,
  OUTCOME_NAMES,
  ROUTE_NAMES,
} from "../names.ts";

interface Words {
  what: string;
  detail?: string | null;
  link?: HistoryRow["link"];
}

/** A code's words from a table of them; an unknown code (from a later version) is shown as it is. */
const named = <T extends string>(names: Record<T, string>, code: string | null, fallback: string) =>
  code === null ? fallback : (names[code as T] ?? code);

const texts = <T extends string>(names: Record<T, { text: string }>) =>
  Object.fromEntries(
    Object.entries<{ text: string }>(names).map(([code, { text }]) => [code, text]),
  ) as Record<T, string>;

const ROUTES = texts(ROUTE_NAMES);
const OUTCOMES = texts(OUTCOME_NAMES);

/** What each audit action on a case says in its history. */
function describe(entry: HistoryEntry): Words {
  const details: Details = entry.details ?? {};
  const when = (key: string) => {
    const at = detailText(details, key);
    return at ? formatDateTime(at) : null;
  };
  switch (entry.action) {
    case "submitted":
      return { what: "Referral received" };
    case "acknowledged":
      return detailText(details, "how") === "receipt-email"
        ? { what: "Receipt emailed to the employer" }
        : { what: "Recorded that the employer was told it arrived" };
    case "assigned": {
      const to = detailPerson(details, "assignee");
      const from = detailPerson(details, "previous");
      if (to) return { what: `Assigned to ${to}` };
      return { what: from ? `Unassigned from ${from}` : "Unassigned" };
    }
    case "consideration-recorded":
      return detailText(details, "threshold") === "met"
        ? { what: "Initial consideration: threshold met", detail: detailText(details, "reason") }
        : {
            what: `Initial consideration: below threshold (${named(ROUTES, detailText(details, "route"), "no route")})`,
            detail: detailText(details, "reason"),
          };
    case "meeting-scheduled":
      return {
        what: `${named(MEETING_KIND_NAMES, detailText(details, "kind"), "Meeting")} arranged`,
        detail: when("scheduledFor"),
      };
    case "meeting-recorded": {
      const actions = details.actions;
      const review = when("nextReviewAt");
      return {
        what: `${named(MEETING_KIND_NAMES, detailText(details, "kind"), "Meeting")} recorded`,
        detail: [
          typeof actions === "number" ? (actions === 1 ? "1 action" : `${actions} actions`) : null,
          review ? `Next review ${review}` : null,
        ]
          .filter(Boolean)
          .join(". "),
      };
    }
    case "enquiry-started":
      return { what: `${named(ENQUIRY_AGENCY_NAMES, detailText(details, "agency"), "An")} enquiry started` };
    case "enquiry-updated":
      return {
        what: `${named(ENQUIRY_AGENCY_NAMES, detailText(details, "agency"), "An")} enquiry ${
          detailText(details, "status") === "concluded" ? "concluded" : "updated"
        }`,
      };
    case "outcome-recorded":
      return {
        what: `Outcome: ${named(OUTCOMES, detailText(details, "category"), "recorded")}`,
        detail: detailText(details, "reason"),
      };
    case "follow-on-recorded":
      return {
        what: `Referral recorded to ${named(FOLLOW_ON_NAMES, detailText(details, "kind"), "another body")}`,
      };
    case "referred-to-mash":
      // The MASH item is the MASH's record: its reference is shown, never a link into another portal.
      return {
        what: "Referred to the children's MASH as",
        link: { text: detailText(details, "reference") ?? "a new item", href: null },
      };
    case "created-from":
      return {
        what: "Sent to the LADO by the MASH from",
        link: { text: detailText(details, "reference") ?? "a MASH item", href: null },
      };
    case "referrer-asked":
      return { what: "Asked the referrer for information" };
    case "referrer-replied":
      return { what: "The referrer answered" };
    case "feedback-recorded":
      return { what: "Recorded what the employer was told" };
    case "closed":
      return { what: "Closed" };
    default:
      return { what: entry.action.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase()) };
  }
}

/** The case's history, oldest first, in words. */
export function historyRows(history: readonly HistoryEntry[], sender: string): HistoryRow[] {
  return history.map((entry) => {
    const words = describe(entry);
    return {
      at: formatDateTime(entry.at),
      datetime: entry.at.toISOString(),
      what: words.what,
      link: words.link ?? null,
      detail: words.detail || null,
      // The referral itself was the employer's act; everything after, the named person's.
      who: entry.action === "submitted" ? sender : (entry.actorName ?? entry.actorOrganisation ?? null),
    };
  });
}
