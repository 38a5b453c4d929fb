import type { ReactNode } from "react";

/** A value of the macros' `attributes` option: plain, or `{ value, optional }` as `govukAttributes` takes. */
export type AttributeValue = string | number | boolean | null | undefined;
export type Attributes = Record<string, AttributeValue | { value: AttributeValue; optional?: boolean }>;

/** The `{ text, html }` pair most macro options take; `html` is raw HTML, as `| safe` renders it. */
export interface TextOrHtml {
  text?: string;
  html?: string;
}

// HTML attribute names that React spells differently. React renders other names (data-*, aria-*,
// unknown lowercase ones) as given.
const REACT_NAMES: Record<string, string> = {
  class: "className",
  for: "htmlFor",
  tabindex: "tabIndex",
  readonly: "readOnly",
  maxlength: "maxLength",
  minlength: "minLength",
  autocomplete: "autoComplete",
  autocapitalize: "autoCapitalize",
  autofocus: "autoFocus",
  inputmode: "inputMode",
  spellcheck: "spellCheck",
  enterkeyhint: "enterKeyHint",
  accesskey: "accessKey",
  contenteditable: "contentEditable",
  colspan: "colSpan",
  rowspan: "rowSpan",
  datetime: "dateTime",
  formaction: "formAction",
  formmethod: "formMethod",
  formnovalidate: "formNoValidate",
  novalidate: "noValidate",
  crossorigin: "crossOrigin",
  referrerpolicy: "referrerPolicy",
  hreflang: "hrefLang",
  srcset: "srcSet",
};

// React renders these as bare attributes when truthy and drops them when falsy. In HTML only their
// presence counts, so whatever value the macro would print, React must get `true`.
const BOOLEAN_PROPS = new Set([
  "allowFullScreen",
  "async",
  "autoFocus",
  "checked",
  "controls",
  "default",
  "defer",
  "disabled",
  "formNoValidate",
  "hidden",
  "inert",
  "loop",
  "multiple",
  "muted",
  "noValidate",
  "open",
  "playsInline",
  "readOnly",
  "required",
  "reversed",
  "selected",
]);

/**
 * React props for a macro `attributes` option, following `govukAttributes`: plain values always render
 * (`null`/`undefined` as ""), `{ optional: true }` ones are dropped when empty or `false` and bare when `true`.
 *
 * `own` holds the attributes the template writes before `govukAttributes(...)`. Browsers keep the first of
 * duplicated attributes, so these win; undefined ones are left out so a same-named user attribute still shows.
 * Attributes the template writes after `govukAttributes(...)` belong before this spread in JSX.
 */
export function attributes(attrs: Attributes | undefined, own: Record<string, unknown> = {}) {
  const props: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(attrs ?? {})) {
    const { value, optional } =
      item !== null && typeof item === "object" ? item : { value: item, optional: false };
    if (optional === true && (value === undefined || value === null || value === false)) continue;
    const prop = REACT_NAMES[name] ?? name;
    if (BOOLEAN_PROPS.has(prop)) props[prop] = true;
    // A bare attribute; React drops `true` for names it doesn't know as boolean, and "" means the same.
    else props[prop] = optional === true && value === true ? "" : text(value);
  }
  for (const [name, value] of Object.entries(own)) {
    if (value !== undefined) props[name] = value;
  }
  return props;
}

/** What `{{ value }}` prints in Nunjucks. */
export function text(value: unknown): string {
  return value === undefined || value === null ? "" : String(value);
}

/** The macros' `==`: option values arrive as strings or numbers, so compare their printed forms. */
export function looseEquals(a: unknown, b: unknown): boolean {
  return a !== undefined && a !== null && b !== undefined && b !== null && String(a) === String(b);
}

/** Joins class names, skipping empty ones. */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}

/**
 * Props setting an element's content to raw HTML, as the macros' `| safe` does with `html` options. That HTML
 * is the service's own markup, never user input (it is not sanitised); all raw HTML here goes through this.
 */
export function rawHtml(html: string) {
  return { dangerouslySetInnerHTML: { __html: html } };
}

/**
 * The content of an element: React `children` (the macros' `caller()`), else the raw `html` string,
 * else `text`, as the templates' `caller() if caller else (params.html | safe if params.html else params.text)`.
 */
export function content(html: string | undefined, textContent: ReactNode, children?: ReactNode) {
  if (children !== undefined && children !== null) return { children };
  return html ? rawHtml(html) : { children: textContent };
}

/**
 * Puts a space between sibling elements, as the whitespace between the macros' tags does. It shows
 * between inline-block elements (list items, tags), so the layout matches the macros' output.
 */
export function spaced(nodes: ReactNode[]): ReactNode[] {
  return nodes.flatMap((node, index) => (index > 0 ? [" ", node] : [node]));
}

/** Escapes text for the few places where raw `html` sits beside fixed markup inside one element. */
export function escapeHtml(value: unknown): string {
  return text(value)
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** The `data-i18n.*` attributes of the macros' `govukI18nAttributes`. */
export function i18nAttributes(
  key: string,
  translation: { message?: string; messages?: Record<string, string> },
): Record<string, string> {
  if (translation.messages) {
    return Object.fromEntries(
      Object.entries(translation.messages).map(([rule, message]) => [`data-i18n.${key}.${rule}`, message]),
    );
  }
  return translation.message ? { [`data-i18n.${key}`]: translation.message } : {};
}
