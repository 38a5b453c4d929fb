import type { Locator, Page } from "@playwright/test";
import { catalogue, examples } from "@portal/forms";
import { createSlaCalendar, formatDateTime } from "@portal/intake";
import { actionForm, historySection, signInAs, submitAction } from "../support/case-page.ts";
import { itemIdByReference, receivedAt } from "../support/database.ts";
import { expect, expectAccessible, loginAs, test } from "../support/fixtures.ts";
import { completeForm } from "../support/form-filler.ts";
import { url } from "../support/suite.ts";

test.describe.configure({ timeout: 240_000 });

const LADO_FORM = "lado-referral";
const MARF = "child-safeguarding-referral";
const DSL = "dsl@school.example.org";
const LADO = "lado@council.example.org";

/** The school's designated safeguarding lead reports the example allegation; returns its reference. */
async function reportAllegation(page: Page): Promise<string> {
  await signInAs(page, DSL, "lado");
  await page.goto(url("lado", "/refer"));
  await completeForm(page, catalogue[LADO_FORM]!, "/refer", examples[LADO_FORM][0]!);
  await page.getByRole("button", { name: "Accept and send" }).click();
  const reference = (await page.getByTestId("reference").textContent())?.trim() ?? "";
  expect(reference).not.toBe("");
  return reference;
}

/** The London date and clock time of a moment, as a person would type them. */
function london(at: Date) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/London",
      day: "numeric",
      month: "numeric",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return { day: parts.day!, month: parts.month!, year: parts.year!, time: `${parts.hour}:${parts.minute}` };
}

async function typeDate(group: Locator, at: Date) {
  const { day, month, year } = london(at);
  await group.getByLabel("Day").fill(day);
  await group.getByLabel("Month").fill(month);
  await group.getByLabel("Year").fill(year);
}

const DAY = 24 * 60 * 60 * 1000;

test("a school reports an allegation and the LADO manages it to an unsubstantiated outcome; the school sees only the category", async ({
  page,
}) => {
  const reference = await reportAllegation(page);
  const caseId = itemIdByReference(reference);
  const caseUrl = url("lado", `/cases/${caseId}`);

  // The LADO finds it in the case list with its one-working-day deadline for initial consideration.
  await signInAs(page, LADO, "lado");
  await expect(page.getByRole("link", { name: "LADO cases" })).toBeVisible();
  await expectAccessible(page);
  await page.goto(url("lado", "/cases"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("LADO cases");
  await expectAccessible(page);
  await page.getByRole("link", { name: reference }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(reference);
  const considerationBy = createSlaCalendar().addWorkingDays(receivedAt(reference), 1);
  await expect(page.getByText(`Initial consideration by ${formatDateTime(considerationBy)}`)).toBeVisible();
  await expect(page.getByText("Greenfield Primary School").first()).toBeVisible();
  await expect(page.getByText("Robin Sample").first()).toBeVisible();
  await expectAccessible(page);

  await submitAction(page, "Who is working on this", async () => {}, "Assign to me");
  await submitAction(
    page,
    "Initial consideration",
    async (form) => {
      await form.getByLabel("Yes, the threshold is met").check();
      await form
        .getByLabel("Reasons for your decision")
        .fill("An alleged assault on a pupil: harm threshold met.");
    },
    "Record the decision",
  );
  await expect(page.locator(".govuk-tag", { hasText: "Allegation management" }).first()).toBeVisible();

  // A request for information to the school, answered through the school's referrals.
  const request = "Has Mr Sample been kept away from Leo's class since this happened?";
  await submitAction(
    page,
    "Ask the referrer for information",
    (form) => form.getByLabel("What do you need to know?").fill(request),
    "Send the request",
  );
  await expect(page.getByText("Waiting for the referrer").first()).toBeVisible();
  await signInAs(page, DSL, "professionals");
  await page.goto(url("professionals", `/referrals/${caseId}`));
  await expect(page.getByText(request).first()).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Your answer").fill("Yes: he is working in the office until you tell us otherwise.");
  await page.getByRole("button", { name: "Send your answer" }).click();
  await expect(page.getByText("he is working in the office").first()).toBeVisible();
  await signInAs(page, LADO, "lado");
  await page.goto(caseUrl);
  await expect(page.locator('section[aria-labelledby="messages"]')).toContainText(
    "he is working in the office",
  );

  // A meeting held an hour ago, with the police and children's social care.
  const heldAt = new Date(Date.now() - 60 * 60 * 1000);
  await submitAction(
    page,
    "Arrange a meeting",
    async (form) => {
      await form.getByLabel("Allegation management meeting").check();
      await typeDate(form.getByRole("group", { name: "Date of the meeting" }), heldAt);
      await form.getByLabel("Time").fill(london(heldAt).time);
      for (const agency of ["LADO", "Police", "Children's social care"])
        await form.getByRole("checkbox", { name: agency, exact: true }).check();
      await form.getByLabel("Names (Police)").fill("DC Jo Rivers");
    },
    "Arrange the meeting",
  );
  await expect(page.getByRole("heading", { name: /^Allegation management meeting: / })).toBeVisible();
  await expectAccessible(page);

  // A refused record changes nothing: the minutes are missing.
  const record = actionForm(page, "Record a meeting");
  await expect(record.getByLabel("Names (Police)")).toHaveValue("DC Jo Rivers");
  await record.getByRole("button", { name: "Record the meeting" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Enter the minutes of the meeting");
  await expect(page.locator(".govuk-error-summary")).toContainText("Enter who attended for this agency");
  await expectAccessible(page);

  await submitAction(
    page,
    "Record a meeting",
    async (form) => {
      await form.getByLabel("Names (LADO)").fill("Dana Clarke");
      await form.getByLabel("Names (Police)").fill("DC Jo Rivers");
      await form.getByLabel("Names (Children's social care)").fill("Sam Patel");
      await form
        .getByLabel("Minutes")
        .fill("Police will speak to Leo with his parents. No criminal investigation yet.");
      const first = form.getByRole("group", { name: "Action 1" });
      await first.getByLabel("What needs to be done").fill("Risk assessment while enquiries continue");
      await first.getByLabel("Who will do it").fill("Head teacher");
      await typeDate(first.getByRole("group", { name: "Due by" }), new Date(Date.now() + 7 * DAY));
      await typeDate(
        form.getByRole("group", { name: "Next review meeting (optional)" }),
        new Date(Date.now() + 28 * DAY),
      );
    },
    "Record the meeting",
  );
  await expect(page.getByRole("cell", { name: "Risk assessment while enquiries continue" })).toBeVisible();
  await expect(historySection(page)).toContainText("Allegation management meeting recorded");

  await submitAction(
    page,
    "Outcome of the allegation",
    async (form) => {
      await form.getByLabel("Unsubstantiated").check();
      await form.getByLabel("Reasons for the outcome").fill("Accounts conflict and nobody else saw it.");
    },
    "Record the outcome",
  );
  await submitAction(
    page,
    "Tell the employer",
    (form) => form.getByLabel("What did you tell the employer?").fill("The allegation is unsubstantiated."),
    "Record what you told the employer",
  );
  await submitAction(page, "Close this case", async () => {}, "Close this case");
  await expect(page.locator(".govuk-tag", { hasText: "Closed" }).first()).toBeVisible();
  await expectAccessible(page);

  await page.goto(url("lado", "/dashboard"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("KCSIE timescales");
  await expectAccessible(page);

  // The school sees the outcome category, and nothing of the meeting, its minutes or the reasons.
  await signInAs(page, DSL, "professionals");
  await page.goto(url("professionals", "/referrals"));
  await page.getByRole("link", { name: reference }).click();
  await expect(page.getByText("Unsubstantiated").first()).toBeVisible();
  await expectAccessible(page);
  const html = await page.content();
  for (const secret of [
    "Accounts conflict",
    "Police will speak to Leo",
    "DC Jo Rivers",
    "harm threshold met",
  ])
    expect(html).not.toContain(secret);

  // Nobody outside the LADO team gets the case, whatever address they try.
  for (const persona of ["mash.sw@council.example.org", "mash.police@police.example.org"]) {
    await signInAs(page, persona, "mash");
    for (const address of [caseUrl, url("mash", `/items/${caseId}`)]) {
      const response = await page.goto(address);
      expect([403, 404], `${persona} at ${address}`).toContain(response?.status());
    }
    const list = await page.goto(url("lado", "/cases"));
    expect([403, 404]).toContain(list?.status());
  }
  await signInAs(page, DSL, "lado");
  expect((await page.goto(caseUrl))?.status()).toBe(403);
});

test("a second referral about the same adult shows the first at initial consideration", async ({ page }) => {
  const first = await reportAllegation(page);
  const second = await reportAllegation(page);
  await signInAs(page, LADO, "lado");
  await page.goto(url("lado", `/cases/${itemIdByReference(second)}`));
  const earlier = page.locator('section[aria-labelledby="repeat-concerns"]');
  const row = earlier.locator("tr", { hasText: first });
  await expect(row).toContainText("Robin Sample");
  await expect(row).toContainText("Same employer");
  await expect(row).toContainText("Strong match");
  await expectAccessible(page);
  await row.getByRole("link", { name: first }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(first);
});

test("the LADO works a case with JavaScript turned off, and a bad post changes nothing", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const reference = await reportAllegation(page);
  await page.context().clearCookies();
  await loginAs(page, LADO, "lado");
  const caseUrl = url("lado", `/cases/${itemIdByReference(reference)}`);
  await page.goto(caseUrl);
  await page.getByRole("button", { name: "Assign to me" }).click();
  await expect(page.locator(".govuk-notification-banner--success")).toContainText("Assignment updated");
  const consideration = actionForm(page, "Initial consideration");
  await consideration.getByLabel("No, it is below the threshold").check();
  await consideration.getByLabel("Reasons for your decision").fill("Conduct matter for the school.");
  await consideration.getByRole("button", { name: "Record the decision" }).click();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.locator(".govuk-error-summary")).toContainText("Select what happens to the concern");
  await expect(page.locator(".govuk-tag", { hasText: "Initial consideration" }).first()).toBeVisible();
  const again = actionForm(page, "Initial consideration");
  await expect(again.getByLabel("Reasons for your decision")).toHaveValue("Conduct matter for the school.");
  await again.getByLabel("Employer to manage").check();
  await again.getByRole("button", { name: "Record the decision" }).click();
  await expect(page.locator(".govuk-notification-banner--success")).toContainText(
    "Initial consideration recorded",
  );
  await expect(page.locator(".govuk-tag", { hasText: "Below threshold" }).first()).toBeVisible();
  await context.close();
});

test("the MASH sends an allegation about a professional to the LADO, and the LADO refers a child protection concern back", async ({
  page,
}) => {
  await signInAs(page, "gp@health.example.org", "professionals");
  await page.goto(url("professionals", "/refer/child-safeguarding"));
  await completeForm(page, catalogue[MARF]!, "/refer/child-safeguarding", examples[MARF][0]!);
  await page.getByRole("button", { name: "Accept and send" }).click();
  const marf = (await page.getByTestId("reference").textContent())?.trim() ?? "";

  await signInAs(page, "mash.manager@council.example.org", "mash");
  await page.goto(url("mash", `/items/${itemIdByReference(marf)}`));
  await submitAction(
    page,
    "Send the allegation to the LADO",
    async (form) => {
      await form.getByLabel("Full name of the adult").fill("Casey Warden");
      await form.getByLabel("Their employer or organisation").fill("Riverside Youth Club");
      await form
        .getByLabel("Why should the LADO have this allegation?")
        .fill("The child names a youth club leader.");
    },
    "Send to the LADO",
  );
  const ladoReference =
    (await historySection(page).textContent())?.match(/LADO-\d{4}-[0-9A-Z]{4}/)?.[0] ?? "";
  expect(ladoReference).not.toBe("");
  await expectAccessible(page);

  await signInAs(page, LADO, "lado");
  await page.goto(url("lado", "/cases?employer=riverside"));
  await page.getByRole("link", { name: ladoReference }).click();
  await expect(page.getByText("Casey Warden").first()).toBeVisible();
  await expect(page.getByText(`Sent to the LADO by the MASH: ${marf}`)).toBeVisible();
  await submitAction(
    page,
    "Refer a child protection concern to the MASH",
    (form) =>
      form
        .getByLabel("What is the child protection concern?")
        .fill("Other children at the club may be at risk."),
    "Refer to the MASH",
  );
  const raised = (await historySection(page).textContent())?.match(/CSC-\d{4}-[0-9A-Z]{4}/g)?.at(-1) ?? "";
  expect(raised).not.toBe(marf);
  await expectAccessible(page);

  // The MASH sees the new item and the LADO's reason, and still cannot open the LADO's case.
  await signInAs(page, "mash.sw@council.example.org", "mash");
  await page.goto(url("mash", `/items/${itemIdByReference(raised)}`));
  await expect(page.getByText("Other children at the club may be at risk.").first()).toBeVisible();
  await expect(page.getByText(/Raised by the LADO from the case/).first()).toBeVisible();
  expect((await page.goto(url("mash", `/items/${itemIdByReference(ladoReference)}`)))?.status()).toBe(404);
});
