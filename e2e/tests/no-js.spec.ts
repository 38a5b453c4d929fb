import { expect, loginAs, test } from "../support/fixtures.ts";
import { url } from "../support/suite.ts";

test("signing in and out works with JavaScript turned off", async ({ page }) => {
  await loginAs(page, "officer@police.example.org", "professionals");
  await expect(page.getByTestId("signed-in-user")).toContainText("County Police");
  // axe needs JavaScript in the page; the chromium project checks these same pages.
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(url("professionals", "/auth/signed-out"));
});
