import type { Page } from "@playwright/test";
import { ACTUALS_COLUMNS, lastCompletedPeriod } from "@portal/commissioning";
import { parseEnv } from "@portal/config";
import { addDays, type LondonDate, londonDateOf } from "@portal/intake/london-clock";
import { signInAs } from "../support/case-page.ts";
import { ageProviderSignIns, orderIdOf } from "../support/database.ts";
import { expect, expectAccessible, submitSignIn, test } from "../support/fixtures.ts";
import { url } from "../support/suite.ts";

test.describe.configure({ timeout: 240_000 });

const SUNRISE = "manager@sunrise-care.example.org";
const OAKWOOD = "manager@oakwood-homecare.example.org";
const FINANCE = "finance@council.example.org";
/** The demo seed leaves this Sunrise order new, starting on the first day of the last ended period. */
const PERSON = "SU1030";

/** The last invoice period that has ended, as the suite counts periods, and its first two weeks. */
function periodUnderTest() {
  const period = lastCompletedPeriod(parseEnv({}).INVOICE_PERIOD_ANCHOR, londonDateOf(new Date()));
  return { period, firstWeek: period.start, secondWeek: addDays(period.start, 7) };
}

/** "23/10/2026": how call-monitoring systems write dates. */
const slashed = (date: LondonDate) => date.split("-").reverse().join("/");

/** Records one planned 09:00 visit on the open calendar page, in the form beneath its day. */
async function recordVisit(
  page: Page,
  date: LondonDate,
  visit: { start: string; minutes: number; status: string; reason?: string },
) {
  const intent = `record-${date}-0900`;
  const form = page.locator("form", { has: page.locator(`#${intent}-start`) });
  const details = page.locator("details", { has: form });
  if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
  await form.locator(`#${intent}-start`).fill(visit.start);
  await form.locator(`#${intent}-minutes`).fill(String(visit.minutes));
  await form.locator(`#${intent}-carers`).fill("1");
  await form.getByLabel(visit.status, { exact: true }).check();
  if (visit.reason) await form.locator(`#${intent}-reason`).fill(visit.reason);
  await form.getByRole("button").click();
  await expect(page.locator(".govuk-notification-banner--success")).toBeVisible();
}

test("Sunrise accepts an order, records a week and uploads the next; finance approves the overrun, the invoice is paid and Sunrise sees the remittance", async ({
  page,
}) => {
  const { period, firstWeek, secondWeek } = periodUnderTest();
  const orderId = orderIdOf(PERSON);

  // Sunrise accepts the new order.
  await signInAs(page, SUNRISE, "providers");
  await page.goto(url("providers", "/orders"));
  await expectAccessible(page);
  await page.getByRole("link", { name: PERSON }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(PERSON);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Accept this order" }).click();
  await expect(page.locator(".govuk-notification-banner--success")).toBeVisible();
  await expect(page.getByText("Accepted").first()).toBeVisible();

  // The first week on the calendar: one on plan, one aborted, one 20 minutes over the 45 planned.
  await page.goto(url("providers", `/actuals/${orderId}?week=${firstWeek}`));
  await expectAccessible(page);
  await recordVisit(page, firstWeek, { start: "09:00", minutes: 45, status: "Completed" });
  await recordVisit(page, addDays(firstWeek, 2), {
    start: "09:05",
    minutes: 0,
    status: "Aborted",
    reason: "No answer at the door; daughter says she was at the day centre",
  });
  await recordVisit(page, addDays(firstWeek, 4), { start: "09:00", minutes: 65, status: "Completed" });
  await expect(page.getByText(/20 minutes over/).first()).toBeVisible();
  await expectAccessible(page);

  // The second week by call-monitoring file.
  const rows = [0, 2, 4].map((offset) => {
    const date = slashed(addDays(secondWeek, offset));
    return `SUN01-E2E-1,SUN01,HC-2026-001,${PERSON},${slashed(addDays(secondWeek, 6))},HOME CARE,${date},09:00,45,09:02,44,False,1`;
  });
  const csv = [ACTUALS_COLUMNS.join(","), ...rows].join("\r\n");
  await page.goto(url("providers", "/actuals/upload"));
  await expectAccessible(page);
  await page
    .getByLabel("Call monitoring file")
    .setInputFiles({ name: "sunrise-week.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Upload file" }).click();
  const result = page.locator('section[aria-labelledby="import-result"]');
  await expect(result.locator(".govuk-summary-list__row", { hasText: "New visits" })).toContainText("3");
  await expect(result.locator(".govuk-summary-list__row", { hasText: "Rows rejected" })).toContainText("0");
  await expectAccessible(page);

  // The same file again is refused as a duplicate and changes nothing.
  await page
    .getByLabel("Upload another file")
    .setInputFiles({ name: "sunrise-week.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Upload file" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("already been uploaded");

  // Finance approves the overrun.
  await signInAs(page, FINANCE, "providers");
  await page.goto(url("providers", "/exceptions"));
  await expectAccessible(page);
  const exception = page.locator("section", { has: page.getByRole("heading", { name: new RegExp(PERSON) }) });
  await expect(exception).toHaveCount(1);
  await exception.getByLabel("Approve").check();
  await exception.getByLabel("Reason").fill("Carer stayed with her until the GP called back");
  await exception.getByRole("button", { name: "Save decision" }).click();
  await expect(page.locator(".govuk-notification-banner--success")).toBeVisible();
  await expect(page.getByRole("heading", { name: new RegExp(PERSON) })).toHaveCount(0);

  // Sunrise prepares and submits the invoice for the period.
  await signInAs(page, SUNRISE, "providers");
  await page.goto(url("providers", "/invoices"));
  await expectAccessible(page);
  await page.getByLabel(new RegExp(`^Period ${period.number}:`)).check();
  await page.getByRole("button", { name: "Prepare invoice" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    `SUN01-${period.start.replaceAll("-", "")}`,
  );
  const invoiceUrl = page.url();
  const line = page.getByTestId("invoice-lines").locator("tr", { hasText: PERSON });
  // 45 + 0 + 65 minutes on the calendar and 3 × 44 by file: five visits paid, 242 minutes.
  await expect(line).toContainText("242");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Submit invoice" }).click();
  await expect(page.locator(".govuk-notification-banner--success")).toBeVisible();

  // Finance approves it and exports the payment run.
  await signInAs(page, FINANCE, "providers");
  await page.goto(invoiceUrl);
  await page.getByRole("button", { name: "Approve invoice" }).click();
  await expect(page.locator(".govuk-notification-banner--success")).toBeVisible();
  await page.goto(url("providers", "/payments"));
  await expectAccessible(page);
  await page.getByLabel("Payment run name").fill("PAY-E2E-1");
  await page.getByRole("button", { name: "Export payments" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /Download the payment file \(PAY-E2E-1\.csv\)/ }).click();
  const file = await (await download).path();
  const { readFileSync } = await import("node:fs");
  const exported = readFileSync(file, "utf8");
  expect(exported.split("\r\n")[0]).toBe(
    "SupplierRef,InvoiceNumber,InvoiceDate,PeriodStart,PeriodEnd,ContractNumber,CostCentre,Amount",
  );
  expect(exported).toContain(`100234,SUN01-${period.start.replaceAll("-", "")},`);

  // Sunrise sees the remittance: what was paid, and the aborted visit that was not, with why.
  await signInAs(page, SUNRISE, "providers");
  await page.goto(invoiceUrl);
  const remittance = page.getByTestId("remittance");
  await expect(remittance).toBeVisible();
  await expect(remittance.locator("tr", { hasText: PERSON }).first()).toBeVisible();
  await expect(page.getByTestId("remittance-not-paid")).toContainText("No answer at the door");
  await expectAccessible(page);

  // A question about the remittance goes to the council's payments team, and finance answers it.
  await page.getByRole("link", { name: "Raise a query about this invoice" }).click();
  await expectAccessible(page);
  await page.getByLabel("Provider payments").check();
  await page.getByLabel("Subject").fill("The aborted visit");
  await page.getByLabel("Your question").fill("We attended the aborted visit: is any of it payable?");
  await page.getByRole("button", { name: "Send question" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("The aborted visit");
  const queryUrl = page.url();
  await expectAccessible(page);
  await signInAs(page, FINANCE, "providers");
  await page.goto(url("providers", "/queries"));
  await expectAccessible(page);
  await page.goto(queryUrl);
  await page.getByLabel("Your reply").fill("No: under the contract an aborted visit is not paid.");
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(page.getByText("Answered").first()).toBeVisible();
  await page.goto(url("providers", "/"));
  await expectAccessible(page);
});

test("rejecting an order asks the provider to sign in again first, and needs a reason", async ({ page }) => {
  await signInAs(page, OAKWOOD, "providers");
  await page.goto(url("providers", "/orders?status=new"));
  const waiting = page.getByRole("table").first().getByRole("link").first();
  const person = (await waiting.textContent())?.trim() ?? "";
  await waiting.click();
  // Signed in ten minutes ago: too long ago to reject without signing in again.
  ageProviderSignIns(10);
  await page.getByRole("link", { name: "Reject this order" }).click();

  // The identity provider asks for the password again, even though the person is signed in.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Sign in again/);
  await submitSignIn(page, OAKWOOD);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Reject this order");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Reject order" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Enter why you are rejecting this order");
  // GOV.UK Frontend ignores a second click on the same button within a second (double-submit guard).
  await page.waitForTimeout(1_000);
  await page
    .getByLabel("Why are you rejecting this order?")
    .fill("We have no carers in that area on Sundays");
  await page.getByRole("button", { name: "Reject order" }).click();
  await expect(page.locator(".govuk-notification-banner--success")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(person);
  await expect(page.getByText("We have no carers in that area on Sundays")).toBeVisible();
});
