import type { QueueStatus, Rag } from "@portal/intake";
import { RAG_NAMES } from "./names.ts";

/**
 * GOV.UK tags as HTML for table cells. Every tag says its meaning in words, so colour is never the
 * only signal (WCAG 1.4.1).
 */

const RAG_CLASSES: Record<Rag, string> = {
  red: "govuk-tag--red",
  amber: "govuk-tag--orange",
  green: "govuk-tag--green",
  // Blue is the tag's own colour in govuk-frontend 6: no modifier.
  blue: "",
};

/** A RAG rating as a tag's words and colour. */
export function ragWords(rag: Rag | null): { text: string; classes: string } {
  return rag
    ? { text: RAG_NAMES[rag], classes: RAG_CLASSES[rag] }
    : { text: "Not rated", classes: "govuk-tag--grey" };
}

/** A deadline's state as a tag's words and colour; none while it is on time or there is none. */
export function statusWords(status: QueueStatus): { text: string; classes: string } | null {
  if (status === "overdue") return { text: "Overdue", classes: "govuk-tag--red" };
  if (status === "due-soon") return { text: "Due soon", classes: "govuk-tag--yellow" };
  return null;
}

const tagHtml = ({ text, classes }: { text: string; classes: string }) =>
  `<strong class="${`govuk-tag ${classes}`.trim()}">${text}</strong>`;

export function ragTag(rag: Rag | null): string {
  return tagHtml(ragWords(rag));
}

export function statusTag(status: QueueStatus): string {
  const words = statusWords(status);
  return words ? ` ${tagHtml(words)}` : "";
}

/** What the referrer is owed or owes: an open question, or an outcome nobody has told them yet. */
export function referrerTags(row: { waitingForReferrer: boolean; referrerNotTold: boolean }): string {
  return [
    row.waitingForReferrer
      ? `<br><strong class="govuk-tag govuk-tag--purple">Waiting for referrer</strong>`
      : "",
    row.referrerNotTold
      ? `<br><strong class="govuk-tag govuk-tag--yellow">Referrer not yet told</strong>`
      : "",
  ].join("");
}
