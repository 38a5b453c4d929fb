import { expect, type Page } from "@playwright/test";
import { type Answers, type FormDefinition, parseStepPath, type Step, stepFields } from "@portal/forms";

/** A tiny real PDF: uploads are checked by their content, not their name. */
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

function currentStep(page: Page, base: string): Step | "check" | undefined {
  const path = new URL(page.url()).pathname;
  const rest = path
    .slice(base.length + 1)
    .split("/")
    .slice(1)
    .join("/");
  if (rest === "check-your-answers") return "check";
  return parseStepPath(rest);
}

async function fillFields(page: Page, form: FormDefinition, step: Step, answers: Answers) {
  const fields = stepFields(form, step, answers);
  const definition = form.pages.find((p) => p.id === step.page);
  const group = definition?.questions[0]?.type === "repeating-group" ? definition.questions[0] : undefined;
  const questions = group ? group.questions : (definition?.questions ?? []);
  for (const question of questions) {
    if (question.type === "file" && Object.hasOwn(fields, question.id)) {
      await page.locator(`input[name="${question.id}-upload"]`).setInputFiles({
        name: "evidence.pdf",
        mimeType: "application/pdf",
        buffer: PDF,
      });
      delete fields[question.id];
    }
  }
  // Reveals first: a revealed input is visible only once its option is chosen.
  const entries = Object.entries(fields).sort(
    ([, a], [, b]) => Number(Array.isArray(b)) - Number(Array.isArray(a)),
  );
  for (const [name, value] of entries) {
    const values = Array.isArray(value) ? value : [value];
    const inputs = page.locator(`[name="${name}"]`);
    const first = inputs.first();
    const tag = await first.evaluate((element) => element.tagName.toLowerCase());
    const type = (await first.getAttribute("type")) ?? "";
    if (type === "radio" || type === "checkbox") {
      for (const v of values) await page.locator(`[name="${name}"][value="${v}"]`).check();
    } else if (tag === "select") {
      await first.selectOption(values[0] ?? "");
    } else if (type !== "hidden") {
      await first.fill(values[0] ?? "");
    }
  }
}

/**
 * Answers the page the browser is on from example answers (the forms engine turns stored answers back
 * into the fields the page posts), without pressing a button.
 */
export async function answerCurrentStep(
  page: Page,
  form: FormDefinition,
  base: string,
  answers: Answers,
  itemsFilled = new Map<string, Set<number>>(),
) {
  const step = currentStep(page, base);
  if (!step || step === "check") throw new Error(`Not on a form step: ${page.url()}`);
  const definition = form.pages.find((p) => p.id === step.page);
  const group = definition?.questions[0]?.type === "repeating-group" ? definition.questions[0] : undefined;
  if (group && step.item === undefined) {
    const wanted = Array.isArray(answers[group.id]) ? (answers[group.id] as unknown[]).length : 0;
    const added = itemsFilled.get(group.id)?.size ?? 0;
    const choice = page.locator(`[name="${group.id}-add-another"][value="${added < wanted ? "yes" : "no"}"]`);
    // After a client-side navigation the address changes a moment before the new page renders: wait
    // for the question, and skip it only if the page really has none (the group is full).
    const present = await choice.waitFor({ state: "attached", timeout: 5_000 }).then(
      () => true,
      () => false,
    );
    if (present) await choice.check();
    return;
  }
  if (group && step.item !== undefined) {
    itemsFilled.set(group.id, (itemsFilled.get(group.id) ?? new Set()).add(step.item));
  }
  await fillFields(page, form, step, answers);
}

/** From the step the browser is on, answers every page and continues until check your answers. */
export async function completeFormFromHere(
  page: Page,
  form: FormDefinition,
  base: string,
  answers: Answers,
  onEachPage?: (page: Page) => Promise<void>,
) {
  const itemsFilled = new Map<string, Set<number>>();
  for (let guard = 0; guard < 80; guard++) {
    if (currentStep(page, base) === "check") return;
    await onEachPage?.(page);
    if (page.url().endsWith("/your-result")) {
      // The care needs self-check tells the person where they stand before asking who they are.
      await expect(page.getByTestId("eligibility-outcome")).toBeVisible();
      await page.getByRole("link", { name: "Continue to your request" }).click();
      await page.waitForURL((u) => !u.href.endsWith("/your-result"));
      continue;
    }
    await answerCurrentStep(page, form, base, answers, itemsFilled);
    const before = page.url();
    await page.getByRole("button", { name: "Continue" }).click();
    await page
      .waitForURL((url) => url.href !== before, { timeout: 10_000 })
      .catch(async () => {
        const summary = await page.locator(".govuk-error-summary").textContent();
        throw new Error(`Stuck on ${before}: ${summary ?? "no error summary"}`);
      });
  }
  throw new Error("The form did not reach check your answers");
}

/** Presses "Start now" on a form's start page and waits for its first step. */
export async function startForm(page: Page, base: string) {
  await page.getByRole("button", { name: /Start now/ }).click();
  await page.waitForURL((u) => u.pathname.startsWith(`${base}/`));
}

/** Starts a form from its start page and answers it to check your answers. */
export async function completeForm(
  page: Page,
  form: FormDefinition,
  base: string,
  answers: Answers,
  onEachPage?: (page: Page) => Promise<void>,
) {
  await startForm(page, base);
  await completeFormFromHere(page, form, base, answers, onEachPage);
}
