import { escapeHtml } from "../forms/text.ts";

export interface StatusTag {
  text: string;
  /** A govuk-tag colour modifier; none is the default tag. */
  classes?: string;
}

/** Shown beside the status while the team waits for the referrer to answer a question. */
export const WAITING_TAG: StatusTag = { text: "Waiting for your answer", classes: "govuk-tag--orange" };

/** A GOV.UK tag as the HTML a table cell or summary list value takes; the text is escaped. */
export function tagHtml(tag: StatusTag, extraClasses?: string): string {
  const classes = ["govuk-tag", tag.classes, extraClasses].filter(Boolean).join(" ");
  return `<strong class="${escapeHtml(classes)}">${escapeHtml(tag.text)}</strong>`;
}

/** The status tag, and under it "Waiting for your answer" while the team waits for one. */
export function statusHtml(item: { status: StatusTag; waitingForYou: boolean }): string {
  return item.waitingForYou
    ? `${tagHtml(item.status)}<br>${tagHtml(WAITING_TAG, "govuk-!-margin-top-1")}`
    : tagHtml(item.status);
}
