import { catalogue, examples } from "@portal/forms";
import { PORTAL_FORMS } from "@portal/web/form-registry.ts";
import { countItemsForForm, intakeItemByReference } from "../support/database.ts";
import { expect, expectAccessible, loginAs, test } from "../support/fixtures.ts";
import { completeForm, startForm } from "../support/form-filler.ts";
import { FORM_PERSONAS } from "../support/personas.ts";
import { url } from "../support/suite.ts";

const journeys = (["public", "professionals", "lado"] as const).flatMap((portal) =>
  PORTAL_FORMS[portal].map((entry) => ({ portal, ...entry })),
);

// Long forms, axe on every page: a minute and more each on a busy two-core machine.
test.describe.configure({ timeout: 180_000 });

for (const { portal, path, formId } of journeys) {
  test(`${formId} can be completed and sent from ${portal} /${path}`, async ({ page }) => {
    const form = catalogue[formId];
    const example = examples[formId as keyof typeof examples]?.[0];
    expect(form && example).toBeTruthy();
    if (!form || !example) return;
    const persona = FORM_PERSONAS[formId];
    if (persona) await loginAs(page, persona, portal);
    await page.goto(url(portal, `/${path}`));
    await expectAccessible(page);
    await completeForm(page, form, `/${path}`, example, expectAccessible);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Check your answers");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Accept and send" }).click();
    const reference = (await page.getByTestId("reference").textContent())?.trim() ?? "";
    expect(reference).toMatch(/^[A-Z]+-\d{4}-[0-9A-Z]{4}$/);
    await expectAccessible(page);
    const item = intakeItemByReference(reference);
    expect(item?.formId).toBe(formId);
    expect(item?.service).toBe(form.service);
    expect(Object.keys(JSON.parse(item?.answers ?? "{}")).length).toBeGreaterThan(0);
    const referrer = JSON.parse(item?.referrer ?? "{}");
    expect(referrer.anonymous).toBe(persona === null);
  });
}

test("a police notification is offered to police only, and refused to a GP", async ({ page }) => {
  await loginAs(page, "officer@police.example.org", "professionals");
  await expect(page.getByRole("link", { name: "Send a police notification" })).toBeVisible();
  await page.context().clearCookies();
  await loginAs(page, "gp@health.example.org", "professionals");
  await expect(page.getByRole("link", { name: "Refer a child to children's social care" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Send a police notification" })).toHaveCount(0);
  const response = await page.goto(url("professionals", "/refer/police-notification"));
  expect(response?.status()).toBe(403);
});

test("sending twice at once creates one referral", async ({ page }) => {
  const form = catalogue["fostering-enquiry"]!;
  await loginAs(page, "dsl@school.example.org", "professionals");
  await page.goto(url("professionals", "/refer/fostering-enquiry"));
  await completeForm(page, form, "/refer/fostering-enquiry", examples["fostering-enquiry"][0]!);
  const before = countItemsForForm("fostering-enquiry");
  const check = page.url();
  const post = () =>
    page.request.post(check, {
      headers: { Origin: url("professionals").replace(/\/$/, "") },
      maxRedirects: 0,
    });
  const [a, b] = await Promise.all([post(), post()]);
  expect([a.status(), b.status()]).toEqual([302, 302]);
  expect(a.headers().location).toBe(b.headers().location);
  expect(countItemsForForm("fostering-enquiry")).toBe(before + 1);
});

test("with JavaScript a page is checked at once, without sending it", async ({ page }) => {
  await loginAs(page, "gp@health.example.org", "professionals");
  await page.goto(url("professionals", "/refer/child-safeguarding"));
  await startForm(page, "/refer/child-safeguarding");
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  await page.getByRole("button", { name: "Continue" }).click();
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link").first()).toBeVisible();
  expect(posts).toEqual([]);
  await expectAccessible(page);
});
