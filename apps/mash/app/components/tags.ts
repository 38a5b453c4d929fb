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

export function ragTag(rag: Rag | null): string {
  return rag
    ? `<strong class="${`govuk-tag ${RAG_CLASSES[rag]}`.trim()}">${RAG_NAMES[rag]}</strong>`
    : `<strong class="govuk-tag govuk-tag--grey">Not rated</strong>`;
}

export function statusTag(status: QueueStatus): string {
  if (status === "overdue") return ` <strong class="govuk-tag govuk-tag--red">Overdue</strong>`;
  if (status === "due-soon") return ` <strong class="govuk-tag govuk-tag--yellow">Due soon</strong>`;
  return "";
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
