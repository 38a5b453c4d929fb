import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@portal/identity";
import type { NodeResult } from "axe-core";
import { type App, url } from "./suite.ts";

/** Fills the issuer's sign-in page, which the browser must be on already. */
export async function submitSignIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Opens a portal's sign-in and signs in as a demo persona, ending back on the portal. */
export async function loginAs(page: Page, email: string, app: App) {
  await page.goto(url(app, "/auth/sign-in"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Sign in/);
  await submitSignIn(page, email);
  await page.waitForURL((u) => u.origin === new URL(url(app)).origin && !u.pathname.startsWith("/auth/"));
}

/**
 * The one finding we accept, and only in exactly this form: GOV.UK Frontend's radios put
 * `aria-expanded` on a radio that reveals a question. ARIA does not list it for radios, but the
 * Design System keeps it on purpose because screen readers announce it (govuk-frontend issue 979).
 */
function isGovukRevealState(ruleId: string, node: NodeResult): boolean {
  return (
    ruleId === "aria-allowed-attr" &&
    node.html.includes("govuk-radios__input") &&
    node.any.every((check) => (check.data as string[]).every((attr) => attr.startsWith("aria-expanded=")))
  );
}

/** WCAG 2.2 AA: axe must find nothing on the page as it is now. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const violations = results.violations
    .map((v) => ({ id: v.id, nodes: v.nodes.filter((node) => !isGovukRevealState(v.id, node)) }))
    .filter((v) => v.nodes.length > 0);
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    `axe violations on ${page.url()}`,
  ).toEqual([]);
}

export const test = base;
export { expect };
