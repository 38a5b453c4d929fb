// @vitest-environment jsdom
// Renders every govuk-frontend fixture of the components here and compares the markup with the fixture's
// (the HTML the Nunjucks macro rendered), after normalising what HTML doesn't care about.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { type ComponentType, createElement, Fragment, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, expect, it, vi } from "vitest";
import * as govuk from "./index.ts";
import { attributes } from "./shared.ts";

// biome-ignore lint/suspicious/noExplicitAny: fixture options are untyped JSON
type Options = Record<string, any>;

// biome-ignore lint/suspicious/noExplicitAny: each component has its own props
const COMPONENTS: Record<string, ComponentType<any>> = {
  "back-link": govuk.BackLink,
  breadcrumbs: govuk.Breadcrumbs,
  button: govuk.Button,
  "character-count": govuk.CharacterCount,
  checkboxes: govuk.Checkboxes,
  "date-input": govuk.DateInput,
  details: govuk.Details,
  "error-message": govuk.ErrorMessage,
  "error-summary": govuk.ErrorSummary,
  fieldset: govuk.Fieldset,
  "file-upload": govuk.FileUpload,
  footer: govuk.Footer,
  header: govuk.Header,
  hint: govuk.Hint,
  input: govuk.Input,
  "inset-text": govuk.InsetText,
  label: govuk.Label,
  "notification-banner": govuk.NotificationBanner,
  pagination: govuk.Pagination,
  panel: govuk.Panel,
  "phase-banner": govuk.PhaseBanner,
  radios: govuk.Radios,
  select: govuk.Select,
  "service-navigation": govuk.ServiceNavigation,
  "skip-link": govuk.SkipLink,
  "summary-list": govuk.SummaryList,
  table: govuk.Table,
  tag: govuk.Tag,
  "task-list": govuk.TaskList,
  textarea: govuk.Textarea,
  "warning-text": govuk.WarningText,
};

/** Fixtures left out, as `component: fixture name`, each with the reason. */
const EXCLUDED: Record<string, string> = {};

/**
 * Where the macro splices an HTML string in beside other elements, the React prop takes React elements
 * instead (React cannot emit raw HTML without an element of its own around it). For those options the
 * fixture's HTML string is turned into React elements, so the fixture still checks where the content goes.
 */
const ADAPT: Record<string, (options: Options) => Options> = {
  fieldset: ({ html, ...options }) => ({
    ...options,
    children: html === undefined ? undefined : toReact(html),
  }),
  "service-navigation": ({ slots, ...options }) => ({
    ...options,
    slots:
      slots &&
      Object.fromEntries(
        Object.entries(slots as Options).map(([name, slot]) => [
          name,
          typeof slot === "string" ? toReact(slot) : { ...slot, html: slot.html && toReact(slot.html) },
        ]),
      ),
  }),
};

const frontendDir = dirname(createRequire(import.meta.url).resolve("govuk-frontend/package.json"));

interface Fixture {
  name: string;
  options: Options;
  html: string;
}

const cases = Object.keys(COMPONENTS).flatMap((component) => {
  const file = join(frontendDir, "dist/govuk/components", component, "fixtures.json");
  const { fixtures } = JSON.parse(readFileSync(file, "utf8")) as { fixtures: Fixture[] };
  return fixtures.map((fixture) => ({ component, ...fixture, key: `${component}: ${fixture.name}` }));
});

let passed = 0;

it.for(cases)("$key", ({ component, options, html, key }, { skip }) => {
  if (EXCLUDED[key]) skip(EXCLUDED[key]);
  // React reports invalid props and attributes through console.error (each kind once per run, so the first
  // fixture to trigger one fails).
  const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
  try {
    const adapt = ADAPT[component] ?? ((o: Options) => o);
    const markup = renderToStaticMarkup(createElement(COMPONENTS[component]!, adapt(options)));
    expect(normalise(markup)).toBe(normalise(html));
    expect(consoleError.mock.calls).toEqual([]);
  } finally {
    consoleError.mockRestore();
  }
  passed++;
});

afterAll(() => {
  const percent = ((passed / cases.length) * 100).toFixed(1);
  console.log(`govuk-react fixtures: ${passed}/${cases.length} passed (${percent}%)`);
});

// Attributes whose presence is all that counts, so `disabled`, `disabled=""` and `disabled="disabled"` match.
const BOOLEAN_ATTRIBUTES = new Set([
  "allowfullscreen",
  "async",
  "autofocus",
  "checked",
  "controls",
  "default",
  "defer",
  "disabled",
  "formnovalidate",
  "hidden",
  "inert",
  "loop",
  "multiple",
  "muted",
  "novalidate",
  "open",
  "playsinline",
  "readonly",
  "required",
  "reversed",
  "selected",
]);

/**
 * One line per node, indented by depth: elements with attributes sorted (class names sorted too, boolean
 * attributes without values), text with whitespace collapsed and trimmed (entities are decoded by parsing).
 */
function normalise(html: string): string {
  const template = document.createElement("template");
  template.innerHTML = html;
  return lines(template.content, 0).join("\n");
}

function lines(node: Node, depth: number): string[] {
  const indent = "  ".repeat(depth);
  return Array.from(node.childNodes).flatMap((child): string[] => {
    if (child.nodeType === Node.TEXT_NODE) {
      const text = (child.textContent ?? "").replace(/\s+/g, " ").trim();
      return text ? [`${indent}${JSON.stringify(text)}`] : [];
    }
    if (child.nodeType === Node.COMMENT_NODE) return [`${indent}<!--${(child as Comment).data}-->`];
    if (!(child instanceof Element)) return [];
    const attrs = Array.from(child.attributes)
      .map(({ name, value }) => {
        if (BOOLEAN_ATTRIBUTES.has(name)) return name;
        if (name === "class") return `class="${value.split(/\s+/).filter(Boolean).sort().join(" ")}"`;
        return `${name}=${JSON.stringify(value)}`;
      })
      .sort();
    const contentNode = child instanceof HTMLTemplateElement ? child.content : child;
    return [`${indent}<${[child.localName, ...attrs].join(" ")}>`, ...lines(contentNode, depth + 1)];
  });
}

/** React elements for an HTML string, through the DOM. */
function toReact(html: string): ReactNode {
  const template = document.createElement("template");
  template.innerHTML = html;
  return createElement(Fragment, null, ...Array.from(template.content.childNodes).map(nodeToReact));
}

function nodeToReact(node: Node, key: number): ReactNode {
  if (!(node instanceof Element)) return node.nodeType === Node.TEXT_NODE ? node.textContent : null;
  const props = {
    key,
    ...attributes(Object.fromEntries(Array.from(node.attributes, (a) => [a.name, a.value]))),
  };
  return createElement(node.localName, props, ...Array.from(node.childNodes).map(nodeToReact));
}
