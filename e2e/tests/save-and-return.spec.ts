import { catalogue, examples } from "@portal/forms";
import { countItemsForForm, outboxMessagesTo } from "../support/database.ts";
import { expect, expectAccessible, loginAs, submitSignIn, test } from "../support/fixtures.ts";
import { answerCurrentStep, completeFormFromHere, startForm } from "../support/form-filler.ts";
import { url } from "../support/suite.ts";

test("a professional saves a referral, signs out, and finishes it from their saved forms", async ({
  page,
}) => {
  const form = catalogue["information-request"]!;
  const example = examples["information-request"][0]!;
  const base = "/refer/information-request";
  const before = countItemsForForm(form.id);
  await loginAs(page, "officer@police.example.org", "professionals");
  await page.goto(url("professionals", base));
  await startForm(page, base);
  const firstStep = new URL(page.url()).pathname;
  await answerCurrentStep(page, form, base, example);
  await page.getByRole("button", { name: "Save and come back later" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("saved");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.goto(url("professionals", "/saved"));
  await submitSignIn(page, "officer@police.example.org");
  await expect(page).toHaveURL(url("professionals", "/saved"));
  await expectAccessible(page);
  await page.getByRole("link", { name: form.title }).click();
  // It continues where it stopped: the first page's answers were kept.
  expect(new URL(page.url()).pathname).not.toBe(firstStep);
  await completeFormFromHere(page, form, base, example);
  await page.getByRole("button", { name: "Accept and send" }).click();
  await expect(page.getByTestId("reference")).toBeVisible();
  expect(countItemsForForm(form.id)).toBe(before + 1);
});

test("someone not signed in saves a worry about a child and finishes it from the secret link", async ({
  browser,
}) => {
  const form = catalogue["report-a-concern"]!;
  const example = examples["report-a-concern"][0]!;
  const before = countItemsForForm(form.id);
  const first = await browser.newContext();
  const page = await first.newPage();
  await page.goto(url("public", "/report-a-concern"));
  await startForm(page, "/report-a-concern");
  await page.getByRole("button", { name: "Save and come back later" }).click();
  await expectAccessible(page);
  const link = (await page.getByTestId("resume-link").textContent())?.trim() ?? "";
  expect(link).toMatch(/\/resume\/[A-Za-z0-9_-]{20,}$/);
  // A second link can be queued by email: the message holds the link and its expiry, nothing else.
  await page.getByLabel("Email address").fill("not-an-email");
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText(
    "Enter an email address in the correct format",
  );
  await expectAccessible(page);
  // GOV.UK Frontend ignores a second press of the same button within a second (double-click guard).
  await page.waitForTimeout(1_100);
  const recipient = `worried-${Date.now()}@example.org`;
  await page.getByLabel("Email address").fill(recipient);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByTestId("emailed-to")).toContainText(recipient);
  const queued = outboxMessagesTo(recipient);
  // The demo-mode worker may already have "sent" it (to nobody): it is there, once, either way.
  expect(queued.map((m) => m.template)).toEqual(["draft-saved"]);
  expect(["queued", "sending", "sent"]).toContain(queued[0]?.status);
  expect(Object.keys(JSON.parse(queued[0]!.personalisation)).sort()).toEqual(["expires", "link"]);
  await first.close();

  // Another browser, nobody signed in: the link opens the saved answers, once.
  const second = await browser.newContext();
  const other = await second.newPage();
  await other.goto(link);
  expect(new URL(other.url()).pathname).toMatch(/^\/report-a-concern\/[^/]+\//);
  await completeFormFromHere(other, form, "/report-a-concern", example);
  await other.getByRole("button", { name: "Accept and send" }).click();
  await expect(other.getByTestId("reference")).toBeVisible();
  expect(countItemsForForm(form.id)).toBe(before + 1);

  await other.goto(link);
  await expect(other.getByRole("heading", { level: 1 })).toHaveText(
    "This link has already been used or has expired",
  );
  await second.close();
});
