import { expect, expectAccessible, loginAs, submitSignIn, test } from "../support/fixtures.ts";
import { url } from "../support/suite.ts";

test("signing in on one portal signs you in on another without the password page", async ({ page }) => {
  await loginAs(page, "dsl@school.example.org", "professionals");
  await expect(page.getByTestId("signed-in-user")).toContainText("Greenfield Primary School");
  await expectAccessible(page);

  const issuerPages: string[] = [];
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame() && frame.url().startsWith(url("identity"))) issuerPages.push(frame.url());
  });
  await page.goto(url("lado", "/"));
  await expect(page).toHaveURL(url("lado", "/"));
  await expect(page.getByTestId("signed-in-user")).toContainText("Greenfield Primary School");
  await expect(page.getByLabel("Password", { exact: true })).toHaveCount(0);
  // The browser went through the issuer and straight back: no page of it was rendered.
  for (const visited of issuerPages) expect(visited).not.toContain("/interaction/");
  await expectAccessible(page);
});

test("signing out of one portal signs you out of every portal", async ({ page }) => {
  await loginAs(page, "dsl@school.example.org", "professionals");
  await page.goto(url("lado", "/"));
  await expect(page.getByTestId("signed-in-user")).toBeVisible();
  // Signing in is optional on the public portal; when asked, it needs no password either.
  await page.goto(url("public", "/"));
  await page.getByRole("link", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(url("public", "/"));
  await expect(page.getByTestId("signed-in-user")).toBeVisible();

  await page.goto(url("professionals", "/"));
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign out");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(url("professionals", "/auth/signed-out"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You have signed out");
  await expectAccessible(page);

  // The public portal needs no sign-in, so its header shows whether its session is gone.
  await page.goto(url("public", "/"));
  await expect(page.getByTestId("signed-in-user")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Sign in", exact: true })).toBeVisible();
  // The others send you to the password page again: their own sessions ended too.
  for (const app of ["professionals", "lado", "mash", "providers"] as const) {
    await page.goto(url(app, "/"));
    await expect(page.getByLabel("Password", { exact: true }), app).toBeVisible();
  }
});

test("a school's safeguarding lead gets the permission page on the MASH portal", async ({ page }) => {
  await loginAs(page, "dsl@school.example.org", "professionals");
  const response = await page.goto(url("mash", "/queue"));
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You do not have access to this service");
  await expect(page).toHaveTitle(/You do not have permission/);
  await expectAccessible(page);
});

test("a MASH practitioner reaches the queue", async ({ page }) => {
  await page.goto(url("mash", "/queue"));
  await expect(page.getByLabel("Password", { exact: true })).toBeVisible();
  await expectAccessible(page);
  await submitSignIn(page, "mash.sw@council.example.org");
  await expect(page).toHaveURL(url("mash", "/queue"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Intake queue");
  await expectAccessible(page);
});

test("a wrong password shows an error and does not sign in", async ({ page }) => {
  await page.goto(url("professionals", "/auth/sign-in"));
  await submitSignIn(page, "gp@health.example.org", "not-the-password");
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Enter a correct email address and password");
  await expect(page).toHaveTitle(/^Error: /);
  await expectAccessible(page);
  await submitSignIn(page, "gp@health.example.org");
  await expect(page).toHaveURL(url("professionals", "/"));
});

test("every portal answers /healthz and unknown pages get the not-found page", async ({ page, request }) => {
  for (const app of ["identity", "public", "professionals", "mash", "lado", "providers"] as const) {
    const response = await request.get(url(app, "/healthz"));
    expect(response.status(), app).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  }
  const response = await page.goto(url("public", "/no-such-page"));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expectAccessible(page);
  await page.goto(url("public", "/"));
  await expect(page.getByRole("link", { name: "I am a member of the public" })).toBeVisible();
  await expect(page.getByRole("link", { name: "I am a professional" })).toHaveAttribute(
    "href",
    url("professionals"),
  );
  await expectAccessible(page);
});
