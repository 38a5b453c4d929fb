import { catalogue, examples } from "@portal/forms";
import { signInAs, submitAction } from "../support/case-page.ts";
import { itemIdByReference, itemNotFrom, outboxMessagesTo } from "../support/database.ts";
import { expect, expectAccessible, loginAs, test } from "../support/fixtures.ts";
import { completeForm } from "../support/form-filler.ts";
import { url } from "../support/suite.ts";

test.describe.configure({ timeout: 180_000 });

const MARF = "child-safeguarding-referral";
const GP = "gp@health.example.org";

test("a GP hears back: the hub's question, the GP's answer, the decision and the message, never the triage notes", async ({
  page,
}) => {
  await loginAs(page, GP, "professionals");
  await page.goto(url("professionals", "/refer/child-safeguarding"));
  await completeForm(page, catalogue[MARF]!, "/refer/child-safeguarding", examples[MARF][0]!);
  await page.getByRole("button", { name: "Accept and send" }).click();
  const reference = (await page.getByTestId("reference").textContent())?.trim() ?? "";
  const itemId = itemIdByReference(reference);
  const itemUrl = url("mash", `/items/${itemId}`);

  const ragNote = "Bruising pattern worries the screener";
  await signInAs(page, "mash.sw@council.example.org", "mash");
  await page.goto(itemUrl);
  await submitAction(
    page,
    "RAG rating",
    async (form) => {
      await form.getByLabel("Amber").check();
      await form.getByLabel(/Reason/).fill(ragNote);
    },
    "Record RAG rating",
  );
  await submitAction(
    page,
    "Ask the referrer a question",
    (form) => form.getByLabel("Your question").fill("Has Maya said anything about who hurt her?"),
    "Send the question",
  );
  await expect(page.getByText("Waiting for the referrer")).toBeVisible();
  await expectAccessible(page);

  // The GP sees the question in their referrals and answers it.
  await signInAs(page, GP, "professionals");
  await page.goto(url("professionals", "/referrals"));
  await expectAccessible(page);
  const row = page.locator("tr", { hasText: reference });
  await expect(row).toContainText("Waiting for your answer");
  await row.getByRole("link", { name: reference }).click();
  await expect(page.getByText("Has Maya said anything about who hurt her?").first()).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Your answer").fill("She said it was her stepdad, on Friday.");
  await page.getByRole("button", { name: "Send your answer" }).click();
  await expect(page.getByText("Your answer has been sent to the team")).toBeVisible();

  // The answer is on the item; the manager decides and the team tells the GP.
  const reasons = "Stepdad known to police for violence: assessment needed";
  await signInAs(page, "mash.manager@council.example.org", "mash");
  await page.goto(itemUrl);
  await expect(page.locator('section[aria-labelledby="messages"]')).toContainText(
    "She said it was her stepdad, on Friday.",
  );
  await submitAction(
    page,
    "Decision",
    async (form) => {
      await form.getByLabel("Child and family assessment (section 17)").check();
      await form.getByLabel("Reasons for the decision").fill(reasons);
    },
    "Record the decision",
  );
  await page.goto(url("mash", "/queue"));
  await expect(page.locator("tr", { hasText: reference })).toContainText("Referrer not yet told");
  await page.goto(itemUrl);
  await submitAction(
    page,
    "Tell the referrer the outcome",
    (form) =>
      form
        .getByLabel("What did you tell the referrer?")
        .fill("A social worker will visit the family this week."),
    "Record what you told the referrer",
  );

  await signInAs(page, GP, "professionals");
  await page.goto(url("professionals", `/referrals/${itemId}`));
  await expect(page.getByText("Child and family assessment (section 17)")).toBeVisible();
  await expect(page.getByText("A social worker will visit the family this week.")).toBeVisible();
  const html = await page.content();
  expect(html).not.toContain(ragNote);
  expect(html).not.toContain(reasons);
  expect(html).not.toContain("Amber");
  await expectAccessible(page);

  // Someone else's referral is simply not there.
  expect(
    (await page.goto(url("professionals", `/referrals/${itemNotFrom("Riverside Surgery")}`)))?.status(),
  ).toBe(404);

  // The emails: a receipt, the question and the outcome, with the reference and a link only.
  const sent = outboxMessagesTo(GP).filter((m) => JSON.parse(m.personalisation).reference === reference);
  expect(sent.map((m) => m.template).sort()).toEqual(["outcome", "question", "receipt"]);
  for (const message of sent) expect(message.personalisation).not.toContain("Maya");
});

test("the school's safeguarding lead reads the Operation Encompass notice from a police notification", async ({
  page,
}) => {
  // The demo data holds a police notification that names Greenfield Primary School.
  const notices = outboxMessagesTo("dsl@school.example.org").filter(
    (m) => m.template === "operation-encompass",
  );
  expect(notices.length).toBeGreaterThan(0);
  const link = JSON.parse(notices[0]!.personalisation).link as string;
  expect(link).toMatch(/\/notices\//);
  await loginAs(page, "dsl@school.example.org", "professionals");
  await page.goto(url("professionals", new URL(link).pathname));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Operation Encompass");
  await expect(page.getByText("Maya Example").first()).toBeVisible();
  await expectAccessible(page);
  await signInAs(page, GP, "professionals");
  expect((await page.goto(url("professionals", new URL(link).pathname)))?.status()).toBe(404);
});
