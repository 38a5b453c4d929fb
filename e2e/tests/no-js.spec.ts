import { periodContaining } from "@portal/commissioning";
import { parseEnv } from "@portal/config";
import { catalogue, examples } from "@portal/forms";
import { londonDateOf } from "@portal/intake/london-clock";
import { intakeItemByReference, orderIdOf } from "../support/database.ts";
import { expect, loginAs, test } from "../support/fixtures.ts";
import { completeForm } from "../support/form-filler.ts";
import { url } from "../support/suite.ts";

test("signing in and out works with JavaScript turned off", async ({ page }) => {
  await loginAs(page, "officer@police.example.org", "professionals");
  await expect(page.getByTestId("signed-in-user")).toContainText("County Police");
  // axe needs JavaScript in the page; the chromium project checks these same pages.
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(url("professionals", "/auth/signed-out"));
});

const NO_JS_FORMS = [
  {
    portal: "professionals",
    path: "refer/child-safeguarding",
    formId: "child-safeguarding-referral",
    persona: "gp@health.example.org",
  },
  { portal: "public", path: "early-help", formId: "early-help-family", persona: "parent@example.org" },
  { portal: "lado", path: "refer", formId: "lado-referral", persona: "dsl@school.example.org" },
] as const;

for (const { portal, path, formId, persona } of NO_JS_FORMS) {
  test(`${formId} can be completed and sent with JavaScript turned off`, async ({ page }) => {
    const form = catalogue[formId]!;
    await loginAs(page, persona, portal);
    await page.goto(url(portal, `/${path}`));
    await completeForm(page, form, `/${path}`, examples[formId][0]!);
    await page.getByRole("button", { name: "Accept and send" }).click();
    const reference = (await page.getByTestId("reference").textContent())?.trim() ?? "";
    expect(intakeItemByReference(reference)?.formId).toBe(formId);
  });
}

test("the hub screens a referral with JavaScript turned off, and a bad post changes nothing", async ({
  page,
}) => {
  await loginAs(page, "mash.sw@council.example.org", "mash");
  await page.goto(url("mash", "/queue?stage=received&assigned=none"));
  await page.locator("table tbody tr a").first().click();
  const itemUrl = page.url();
  await page.getByRole("button", { name: "Assign to me" }).click();
  await expect(page.getByText("Chris Walker (you)")).toBeVisible();
  // Asking a partner agency without choosing one is refused, with the message by the field.
  await page.getByRole("button", { name: "Send the check" }).click();
  await expect(page.locator(".govuk-error-summary")).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  await page.goto(itemUrl);
  await page.getByLabel("Green").check();
  await page.getByRole("button", { name: "Record RAG rating" }).click();
  await expect(page.locator(".govuk-notification-banner--success")).toBeVisible();
  await expect(page.locator(".govuk-tag", { hasText: "Green" }).first()).toBeVisible();
});

test("a care provider records a visit and finance decides it with JavaScript turned off", async ({
  page,
}) => {
  // The first day of the current invoice period: in the past, and on no invoice yet.
  const today = londonDateOf(new Date());
  const periodStart = periodContaining(today, parseEnv({}).INVOICE_PERIOD_ANCHOR).start;
  const orderId = orderIdOf("SU1018");
  await loginAs(page, "manager@oakwood-homecare.example.org", "providers");
  await page.goto(url("providers", `/actuals/${orderId}?week=${periodStart}`));
  const form = page.locator("form", { has: page.locator("#record-new-start") });
  // Nothing filled in: the errors come back from the server, by the fields and in the summary.
  await form.getByRole("button").click();
  await expect(page.locator(".govuk-error-summary")).toBeVisible();
  await form.locator("#record-new-date").selectOption(periodStart);
  await form.locator("#record-new-start").fill("05:00");
  await form.locator("#record-new-minutes").fill("20");
  await form.locator("#record-new-carers").fill("1");
  await form.getByLabel("Completed", { exact: true }).check();
  await form.getByRole("button").click();
  await expect(page.locator(".govuk-notification-banner--success")).toBeVisible();
  await expect(page.getByText("Not planned").first()).toBeVisible();

  await page.context().clearCookies();
  await loginAs(page, "finance@council.example.org", "providers");
  await page.goto(url("providers", "/exceptions"));
  const exception = page.locator("section", { has: page.getByText("A visit that was not planned") }).filter({
    has: page.getByRole("heading", { name: /SU1018/ }),
  });
  await exception.first().getByLabel("Approve").check();
  await exception.first().getByLabel("Reason").fill("Early call agreed with the family by phone");
  await exception.first().getByRole("button", { name: "Save decision" }).click();
  await expect(page.locator(".govuk-notification-banner--success")).toBeVisible();
});
