import type { Page } from "@playwright/test";
import { catalogue, examples } from "@portal/forms";
import { actionForm, historySection, signInAs, submitAction } from "../support/case-page.ts";
import { expect, expectAccessible, loginAs, test } from "../support/fixtures.ts";
import { completeForm } from "../support/form-filler.ts";
import { url } from "../support/suite.ts";

// Each journey sends a referral through the professionals portal, then signs in as several people.
test.describe.configure({ timeout: 180_000 });

const MARF = "child-safeguarding-referral";

/** A professional sends the example MARF; returns its reference. */
async function sendMarf(page: Page, persona: string): Promise<string> {
  await loginAs(page, persona, "professionals");
  await page.goto(url("professionals", "/refer/child-safeguarding"));
  await completeForm(page, catalogue[MARF]!, "/refer/child-safeguarding", examples[MARF][0]!);
  await page.getByRole("button", { name: "Accept and send" }).click();
  const reference = (await page.getByTestId("reference").textContent())?.trim() ?? "";
  expect(reference).toMatch(/^CSC-/);
  await page.context().clearCookies();
  return reference;
}

/** From the queue, opens the item with this reference; returns its address. */
async function openFromQueue(page: Page, reference: string): Promise<string> {
  await page.goto(url("mash", "/queue"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Intake queue");
  await page.getByRole("link", { name: reference }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(reference);
  return page.url();
}

test("a school's referral is screened, checked by the police, decided by a manager and closed after feedback", async ({
  page,
}) => {
  const reference = await sendMarf(page, "dsl@school.example.org");

  await signInAs(page, "mash.sw@council.example.org", "mash");
  await expectAccessible(page);
  const itemUrl = await openFromQueue(page, reference);
  await expectAccessible(page);
  await expect(page.getByText("Greenfield Primary School").first()).toBeVisible();
  await submitAction(page, "Who is working on this", async () => {}, "Assign to me");
  await submitAction(page, "RAG rating", (form) => form.getByLabel("Amber").check(), "Record RAG rating");
  await expect(page.locator(".govuk-tag", { hasText: "Amber" }).first()).toBeVisible();
  const question = "Any domestic abuse call-outs to the family home this year?";
  await submitAction(
    page,
    "Ask a partner agency",
    async (form) => {
      await form.getByLabel("Police").check();
      await form.getByLabel("What do you want to ask them?").fill(question);
    },
    "Send the check",
  );
  await expectAccessible(page);

  // The police desk sees its check: who it is about and the question, never the referral.
  await signInAs(page, "mash.police@police.example.org", "mash");
  await expect(page).toHaveURL(url("mash", "/checks"));
  await expectAccessible(page);
  await page.getByRole("link", { name: reference }).click();
  await expect(page.getByText(question)).toBeVisible();
  const checkHtml = await page.content();
  const concern = String(examples[MARF][0]?.["concern-what-happened"] ?? "");
  expect(concern.length).toBeGreaterThan(10);
  expect(checkHtml).not.toContain(concern.slice(0, 40));
  expect(checkHtml).not.toContain("Greenfield Primary School");
  await expectAccessible(page);
  await page.getByLabel("Your agency's response").fill("Two call-outs, in March and June. No arrests.");
  await page.getByRole("button", { name: "Send response" }).click();
  await expect(page.getByText("Your response has been sent to the hub")).toBeVisible();
  const refused = await page.goto(itemUrl);
  expect(refused?.status()).toBe(403);
  expect(await page.content()).not.toContain(question);

  // The manager decides; closing waits for the referrer to be told.
  await signInAs(page, "mash.manager@council.example.org", "mash");
  await page.goto(itemUrl);
  await expect(page.getByText("Two call-outs, in March and June. No arrests.")).toBeVisible();
  await submitAction(
    page,
    "Decision",
    async (form) => {
      await form.getByLabel("Child and family assessment (section 17)").check();
      await form
        .getByLabel("Reasons for the decision")
        .fill("Neglect indicators and police history need assessing.");
    },
    "Record the decision",
  );
  await page.getByRole("button", { name: "Close this item" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText(
    "Record what you told the referrer before closing this",
  );
  await expectAccessible(page);
  await submitAction(
    page,
    "Tell the referrer the outcome",
    (form) =>
      form
        .getByLabel("What did you tell the referrer?")
        .fill("A social worker will start an assessment this week."),
    "Record what you told the referrer",
  );
  await page.getByRole("button", { name: "Close this item" }).click();
  await expect(page.locator(".govuk-tag", { hasText: "Closed" }).first()).toBeVisible();
  await expect(historySection(page)).toContainText("Child and family assessment (section 17)");
  await expectAccessible(page);
});

test("an adult's safeguarding concern sent as a children's referral is re-routed to the adults front door", async ({
  page,
}) => {
  const reference = await sendMarf(page, "gp@health.example.org");
  await signInAs(page, "mash.manager@council.example.org", "mash");
  const itemUrl = await openFromQueue(page, reference);
  const reroute = actionForm(page, "Send to another team");
  await reroute.getByLabel("Adults front door").check();
  await reroute
    .getByLabel("Why does it belong with them?")
    .fill("The person at risk is an adult with care needs.");
  await reroute.getByRole("button", { name: "Send to this team" }).click();
  await expect(page.locator(".govuk-notification-banner--success")).toContainText(
    `${reference} has been sent to Adults front door`,
  );

  await signInAs(page, "adults@council.example.org", "mash");
  await openFromQueue(page, reference);
  await expect(page.getByText("Sent from Children's MASH", { exact: true })).toBeVisible();
  await expect(historySection(page)).toContainText("The person at risk is an adult with care needs.");
  await expectAccessible(page);
  // It has left the children's queue.
  await signInAs(page, "mash.sw@council.example.org", "mash");
  expect((await page.goto(itemUrl))?.status()).toBe(403);
});

test("a step-down to early help creates the linked early help item", async ({ page }) => {
  const reference = await sendMarf(page, "dsl@school.example.org");
  await signInAs(page, "mash.manager@council.example.org", "mash");
  await openFromQueue(page, reference);
  await submitAction(page, "RAG rating", (form) => form.getByLabel("Green").check(), "Record RAG rating");
  await submitAction(
    page,
    "Step down to early help",
    async (form) => {
      await form
        .getByLabel("Why is early help right for this family?")
        .fill("Parenting support is what the family needs.");
      const consent = form.getByLabel("The family has agreed to early help");
      if (await consent.count()) await consent.check();
    },
    "Step down to early help",
  );
  const earlyHelpReference = (await historySection(page).textContent())?.match(/EH-\d{4}-[0-9A-Z]{4}/)?.[0];
  expect(earlyHelpReference).toBeTruthy();

  await signInAs(page, "earlyhelp@council.example.org", "mash");
  await openFromQueue(page, earlyHelpReference ?? "");
  await expect(page.getByText(reference).first()).toBeVisible();
  await expectAccessible(page);
});

test("the queue filters, counts and pages", async ({ page }) => {
  await signInAs(page, "mash.sw@council.example.org", "mash");
  await page.goto(url("mash", "/queue?rag=red"));
  await expect(page.getByLabel("RAG rating")).toHaveValue("red");
  for (const row of await page.locator("table tbody tr").all()) await expect(row).toContainText("Red");
  await page.goto(url("mash", "/queue?assigned=none"));
  for (const row of await page.locator("table tbody tr").all()) await expect(row).toContainText("Unassigned");
  await expect(
    page.getByLabel("Assigned to").locator("option", { hasText: /^Unassigned \(\d+\)$/ }),
  ).toHaveCount(1);
  await expectAccessible(page);
});
