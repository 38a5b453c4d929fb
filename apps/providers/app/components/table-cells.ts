import { escapeHtml } from "@portal/web";

/**
 * Cell HTML for the GOV.UK `Table` (which takes `text` or raw `html`): every value is escaped here, so
 * callers pass plain strings.
 */

/** A GOV.UK tag, as `<Tag>` renders it. */
export const tagHtml = (tag: { text: string; classes: string }) =>
  `<strong class="${escapeHtml(`govuk-tag ${tag.classes}`.trim())}">${escapeHtml(tag.text)}</strong>`;

/** A link; `hidden` is said after the text to screen readers only ("View visits" … " for Ann Smith"). */
export const linkHtml = (
  href: string,
  text: string,
  { classes, hidden }: { classes?: string; hidden?: string } = {},
) =>
  `<a class="${escapeHtml(classes ? `govuk-link ${classes}` : "govuk-link")}" href="${escapeHtml(href)}">${escapeHtml(
    text,
  )}${hidden ? hiddenHtml(hidden) : ""}</a>`;

/** Words for screen readers only. */
export const hiddenHtml = (text: string) => `<span class="govuk-visually-hidden">${escapeHtml(text)}</span>`;

/** Numeric cells (right-aligned); the Table wants strings. */
export const numeric = (value: string | number, classes?: string) => ({
  text: String(value),
  format: "numeric",
  ...(classes ? { classes } : {}),
});
