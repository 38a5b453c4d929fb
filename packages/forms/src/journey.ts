import { evaluate, lookupIn } from "./conditions.ts";
import type { Answers, FormDefinition, ItemAnswers, PageDefinition, Step } from "./definition.ts";
import type { ParseContext } from "./fields/codec.ts";
import { parsePage, stepFields } from "./schema.ts";
import { addAnotherField, findPage, groupOf, itemsOf, type StepRef, sameStep, toStep } from "./steps.ts";
import { visibleQuestions } from "./visibility.ts";

/**
 * The journey is pure: everything follows from the definition and the answers. A page is on the path
 * when its condition holds on answers to earlier pages on the path; answers to pages or questions off
 * the path are pruned. A step is complete when its stored answers pass its schema again, and may be
 * visited only when every earlier step on the path is complete.
 */

export interface StepState {
  step: Step;
  complete: boolean;
  visitable: boolean;
}

export interface Journey {
  /** The steps on the path, groups expanded to their item pages then their summary page. */
  steps: StepState[];
  /** The answers kept: only those on the path. */
  answers: Answers;
  complete: boolean;
}

/** Pages on the path and the answers on it, walking the pages in order. */
function walk(form: FormDefinition, answers: Answers): { pages: PageDefinition[]; kept: Answers } {
  const kept: Answers = {};
  const pages: PageDefinition[] = [];
  const earlier = lookupIn(kept);
  for (const page of form.pages) {
    if (page.condition && !evaluate(page.condition, earlier)) continue;
    pages.push(page);
    const group = groupOf(page);
    if (group) {
      const items = itemsOf(answers, group.id).map((item) => {
        const visible = visibleQuestions(group.questions, earlier, lookupIn(item));
        return Object.fromEntries(
          visible.flatMap((q) => (Object.hasOwn(item, q.id) ? [[q.id, item[q.id]]] : [])),
        ) as ItemAnswers;
      });
      if (items.length > 0) kept[group.id] = items;
      continue;
    }
    const onPage = lookupIn(answers);
    for (const question of visibleQuestions(page.questions, earlier, onPage)) {
      if (Object.hasOwn(answers, question.id)) kept[question.id] = answers[question.id]!;
    }
  }
  return { pages, kept };
}

/** Drops answers to pages and questions no longer on the path (before storing or submitting). */
export const prune = (form: FormDefinition, answers: Answers): Answers => walk(form, answers).kept;

/** The pages on the path, in order. */
export const pathPages = (form: FormDefinition, answers: Answers): PageDefinition[] =>
  walk(form, answers).pages;

function expand(page: PageDefinition, answers: Answers): Step[] {
  const group = groupOf(page);
  if (!group) return [{ page: page.id }];
  const count = itemsOf(answers, group.id).length;
  // With no items yet and at least one needed, go straight to the first item page (GOV.UK pattern).
  const itemSteps = Math.max(count, group.min > 0 ? 1 : 0);
  return [...Array.from({ length: itemSteps }, (_, item) => ({ page: page.id, item })), { page: page.id }];
}

function isStepComplete(form: FormDefinition, step: Step, answers: Answers, ctx: ParseContext): boolean {
  const page = findPage(form, step.page);
  const group = page && groupOf(page);
  if (group && step.item === undefined) {
    const count = itemsOf(answers, group.id).length;
    return count >= group.min && count <= group.max;
  }
  if (group && step.item !== undefined && step.item >= itemsOf(answers, group.id).length) return false;
  return parsePage(form, step, stepFields(form, step, answers), { ...ctx, answers }).ok;
}

export function journey(form: FormDefinition, answers: Answers, ctx: ParseContext): Journey {
  const { pages, kept } = walk(form, answers);
  let blocked = false;
  const steps = pages
    .flatMap((page) => expand(page, kept))
    .map((step) => {
      const complete = isStepComplete(form, step, kept, ctx);
      const state = { step, complete, visitable: !blocked };
      if (!complete) blocked = true;
      return state;
    });
  return { steps, answers: kept, complete: !blocked };
}

/** Whether a step is the next item of a group: visitable when the group's summary is and there is room. */
function newItemOf(form: FormDefinition, step: Step, answers: Answers): Step | undefined {
  const page = findPage(form, step.page);
  const group = page && groupOf(page);
  if (!group || step.item === undefined) return undefined;
  const count = itemsOf(answers, group.id).length;
  return step.item === count && count < group.max ? { page: step.page } : undefined;
}

export function canVisit(form: FormDefinition, answers: Answers, ref: StepRef, ctx: ParseContext): boolean {
  const step = toStep(ref);
  const { steps, answers: kept } = journey(form, answers, ctx);
  const target = steps.find((state) => sameStep(state.step, step));
  if (target) return target.visitable;
  const summary = newItemOf(form, step, kept);
  return summary !== undefined && steps.some((state) => sameStep(state.step, summary) && state.visitable);
}

/** The first step not yet complete, or null when the form is ready for check-your-answers. */
export function firstIncompleteStep(form: FormDefinition, answers: Answers, ctx: ParseContext): Step | null {
  return journey(form, answers, ctx).steps.find((state) => !state.complete)?.step ?? null;
}

export const isComplete = (form: FormDefinition, answers: Answers, ctx: ParseContext): boolean =>
  journey(form, answers, ctx).complete;

/** The step after `ref` on the path; item pages lead to their group's summary; null means check answers. */
export function nextStep(
  form: FormDefinition,
  answers: Answers,
  ref: StepRef,
  ctx: ParseContext,
): Step | null {
  const step = toStep(ref);
  if (step.item !== undefined) return { page: step.page };
  const steps = journey(form, answers, ctx).steps.map((state) => state.step);
  const index = steps.findIndex((s) => sameStep(s, step));
  return index === -1 ? firstIncompleteStep(form, answers, ctx) : (steps[index + 1] ?? null);
}

/** The step before `ref` on the path (for the back link); a new item's is its group's summary. */
export function previousStep(
  form: FormDefinition,
  answers: Answers,
  ref: StepRef,
  ctx: ParseContext,
): Step | null {
  const step = toStep(ref);
  const { steps, answers: kept } = journey(form, answers, ctx);
  const index = steps.findIndex((state) => sameStep(state.step, step));
  if (index !== -1) return index > 0 ? steps[index - 1]!.step : null;
  return newItemOf(form, step, kept) ?? null;
}

/** Stores a step's parsed values: a page's answers replace its old ones; an item is set or appended. */
export function saveStep(form: FormDefinition, ref: StepRef, answers: Answers, values: Answers): Answers {
  const step = toStep(ref);
  const page = findPage(form, step.page);
  if (!page) return prune(form, answers);
  const group = groupOf(page);
  if (group) {
    if (step.item === undefined) return prune(form, answers);
    const items = itemsOf(answers, group.id);
    const next = [...items.slice(0, step.item), values as ItemAnswers, ...items.slice(step.item + 1)];
    return prune(form, { ...answers, [group.id]: next });
  }
  const updated: Answers = { ...answers };
  for (const question of page.questions) delete updated[question.id];
  return prune(form, { ...updated, ...values });
}

/** Removes one item of a repeating group (the summary page's "Remove" button). */
export function removeItem(form: FormDefinition, answers: Answers, groupId: string, index: number): Answers {
  const items = itemsOf(answers, groupId).filter((_, i) => i !== index);
  const updated: Answers = { ...answers, [groupId]: items };
  if (items.length === 0) delete updated[groupId];
  return prune(form, updated);
}

export type SubmitStepResult =
  | { ok: true; answers: Answers; next: Step | null }
  | { ok: false; errors: Record<string, string> };

/**
 * What a step's action does after its guard: parse the post, save, and choose where to go. A summary
 * page answered "Yes" goes to the next new item. Coming from check-your-answers (`returnToCheck`), the
 * user goes back there unless the change put an unanswered step on the path. `next: null` means
 * check-your-answers.
 */
export function submitStep(
  form: FormDefinition,
  ref: StepRef,
  answers: Answers,
  posted: unknown,
  ctx: ParseContext & { returnToCheck?: boolean },
): SubmitStepResult {
  const step = toStep(ref);
  const kept = prune(form, answers);
  const parsed = parsePage(form, step, posted, { today: ctx.today, answers: kept });
  if (!parsed.ok) return parsed;
  const saved = saveStep(form, step, kept, parsed.values);
  const page = findPage(form, step.page);
  const group = page && groupOf(page);
  if (group && step.item === undefined && parsed.values[addAnotherField(group)] === "yes") {
    return { ok: true, answers: saved, next: { page: step.page, item: itemsOf(saved, group.id).length } };
  }
  const next = ctx.returnToCheck ? firstIncompleteStep(form, saved, ctx) : nextStep(form, saved, step, ctx);
  return { ok: true, answers: saved, next };
}
