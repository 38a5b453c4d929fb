import type {
  Answers,
  FormDefinition,
  ItemAnswers,
  PageDefinition,
  RepeatingGroupQuestion,
  Step,
} from "./definition.ts";

/** A step, or a page id for pages that are not repeating groups. */
export type StepRef = Step | string;

export const toStep = (ref: StepRef): Step => (typeof ref === "string" ? { page: ref } : ref);

export const sameStep = (a: Step, b: Step) => a.page === b.page && a.item === b.item;

/**
 * The URL segment of a step: "page-id" or, for a group item, "page-id/2" (item numbers start at 1
 * in URLs as people read them; `Step.item` is the zero-based index).
 */
export const stepPath = (step: Step) =>
  step.item === undefined ? step.page : `${step.page}/${step.item + 1}`;

/** The step a URL segment names, or undefined for anything malformed. */
export function parseStepPath(path: string): Step | undefined {
  const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/([1-9]\d{0,2}))?$/.exec(path);
  if (!match) return undefined;
  return match[2] === undefined ? { page: match[1]! } : { page: match[1]!, item: Number(match[2]) - 1 };
}

export const findPage = (form: FormDefinition, pageId: string) =>
  form.pages.find((page) => page.id === pageId);

/** A page holding a repeating group holds only that question. */
export function groupOf(page: PageDefinition): RepeatingGroupQuestion | undefined {
  const first = page.questions[0];
  return first?.type === "repeating-group" ? first : undefined;
}

/** The yes/no field on a group's summary page: "Do you need to add another child?". */
export const addAnotherField = (group: RepeatingGroupQuestion) => `${group.id}-add-another`;

/** A group's saved items; anything stored that is not an item is ignored. */
export function itemsOf(answers: Answers, groupId: string): ItemAnswers[] {
  const value = Object.hasOwn(answers, groupId) ? answers[groupId] : undefined;
  return Array.isArray(value)
    ? value.filter(
        (item): item is ItemAnswers => typeof item === "object" && item !== null && !Array.isArray(item),
      )
    : [];
}

/** A step naming no page of the form, or an item index out of range: the route's 404. */
export class UnknownStepError extends Error {
  constructor(step: Step) {
    super(`Unknown step ${stepPath(step)}`);
    this.name = "UnknownStepError";
  }
}
