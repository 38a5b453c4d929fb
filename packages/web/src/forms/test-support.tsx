// Rendering and accessibility checks for the forms pages' tests (jsdom environment).
import axe from "axe-core";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createMemoryRouter, RouterProvider } from "react-router";
import { afterEach, beforeEach, expect, type MockInstance, vi } from "vitest";

/** Fails a test when React (or anything else) reports an error or warning while rendering. */
export function failOnConsoleErrors() {
  let spies: MockInstance[] = [];
  beforeEach(() => {
    spies = [vi.spyOn(console, "error"), vi.spyOn(console, "warn")];
  });
  afterEach(() => {
    const reported = spies.flatMap((spy) => spy.mock.calls);
    for (const spy of spies) spy.mockRestore();
    expect(reported).toEqual([]);
  });
}

/** Server-renders a page inside a data router (react-router's `Form` needs one), as the app would. */
export function renderPage(node: ReactNode, url = "/report/draft-1/step"): string {
  const router = createMemoryRouter([{ path: "*", element: node }], { initialEntries: [url] });
  return renderToStaticMarkup(<RouterProvider router={router} />);
}

/** Puts rendered markup into jsdom's document as a minimal page: `<html lang="en">`, a title and `<main>`. */
export function loadPage(html: string): Document {
  document.documentElement.lang = "en";
  document.head.innerHTML = "<title>Test page – Referral portal</title>";
  document.body.innerHTML = `<main class="govuk-main-wrapper" id="main-content">${html}</main>`;
  return document;
}

const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * axe-core over the document's WCAG 2.2 A and AA rules. color-contrast is off: jsdom has no layout or
 * stylesheets, so contrast cannot be computed here (the e2e tests in a real browser check it).
 */
export async function axeViolations(html: string) {
  loadPage(html);
  const results = await axe.run(document, {
    runOnly: { type: "tag", values: WCAG_22_AA },
    rules: { "color-contrast": { enabled: false } },
    resultTypes: ["violations"],
  });
  return results.violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    nodes: violation.nodes.map((node) => node.html),
  }));
}
