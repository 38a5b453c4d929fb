import type { Page } from "@playwright/test";
import { expect, loginAs } from "./fixtures.ts";
import type { App } from "./suite.ts";

/** Signs out whoever was signed in (by forgetting the cookies) and signs in as another persona. */
export async function signInAs(page: Page, persona: string, app: App) {
  await page.context().clearCookies();
  await loginAs(page, persona, app);
}

/** One of a case page's action forms (a MASH item, a LADO case), found by its heading. */
export function actionForm(page: Page, heading: string) {
  return page.locator('section[aria-labelledby^="action-"]', {
    has: page.getByRole("heading", { name: heading, exact: true }),
  });
}

export const historySection = (page: Page) => page.locator('section[aria-labelledby="history"]');

/** Sends one of the page's action forms and waits until the history shows it went through. */
export async function submitAction(
  page: Page,
  heading: string,
  fill: (form: ReturnType<typeof actionForm>) => Promise<void>,
  button: string,
) {
  const entries = historySection(page).locator("li");
  const before = await entries.count();
  const form = actionForm(page, heading);
  await fill(form);
  await form.getByRole("button", { name: button }).click();
  await expect.poll(() => entries.count()).toBeGreaterThan(before);
  await expect(page.locator(".govuk-notification-banner--success")).toBeVisible();
}
