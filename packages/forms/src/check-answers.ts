import { lookupIn } from "./conditions.ts";
import type {
  Answers,
  FormDefinition,
  ItemAnswers,
  ItemQuestionDefinition,
  QuestionDefinition,
  RepeatingGroupQuestion,
  Step,
} from "./definition.ts";
import { codecFor } from "./fields/index.ts";
import { pathPages, prune } from "./journey.ts";
import { itemsOf, stepPath } from "./steps.ts";
import { visibleQuestions } from "./visibility.ts";

/** The query flag a change link carries; a step's action returns to check-your-answers when it is set. */
export const RETURN_TO_CHECK = { name: "return", value: "check" } as const;

export const isReturnToCheck = (search: URLSearchParams) =>
  search.get(RETURN_TO_CHECK.name) === RETURN_TO_CHECK.value;

/** A change link target relative to the form's base path: "child?return=check", "siblings/2?return=check". */
export const changeHref = (step: Step) =>
  `${stepPath(step)}?${RETURN_TO_CHECK.name}=${RETURN_TO_CHECK.value}`;

export interface CheckAnswersRow {
  key: string;
  /** Plain text lines; empty when an optional question was not answered. */
  lines: string[];
  change: { step: Step; href: string };
}

export interface CheckAnswersSection {
  id: string;
  title: string;
  rows: CheckAnswersRow[];
}

const keyOf = (question: QuestionDefinition | ItemQuestionDefinition) =>
  question.summaryLabel ?? question.label;

/** A question's answer as plain text lines (values are as typed: the UI escapes them). */
export function answerLines(
  question: Exclude<QuestionDefinition, RepeatingGroupQuestion>,
  value: unknown,
): string[] {
  return value === undefined ? [] : codecFor(question).format(question, value);
}

/** An item's lines: people and addresses read on their own; other answers are prefixed by their key. */
export function itemLines(group: RepeatingGroupQuestion, item: ItemAnswers, answers: Answers): string[] {
  return visibleQuestions(group.questions, lookupIn(answers), lookupIn(item)).flatMap((question) => {
    const lines = answerLines(question, item[question.id]);
    return question.type === "person" || question.type === "address"
      ? lines
      : lines.map((line) => `${keyOf(question)}: ${line}`);
  });
}

function groupRows(group: RepeatingGroupQuestion, pageId: string, answers: Answers): CheckAnswersRow[] {
  const items = itemsOf(answers, group.id);
  if (items.length === 0) {
    const step = { page: pageId };
    return [{ key: keyOf(group), lines: [], change: { step, href: changeHref(step) } }];
  }
  return items.map((item, index) => {
    const step = { page: pageId, item: index };
    return {
      key: `${group.itemLabel} ${index + 1}`,
      lines: itemLines(group, item, answers),
      change: { step, href: changeHref(step) },
    };
  });
}

/** Check-your-answers, section by section (one section titled as the form when it has none). */
export function checkAnswers(form: FormDefinition, answers: Answers): CheckAnswersSection[] {
  const kept = prune(form, answers);
  const sections = form.sections ?? [{ id: form.id, title: form.title }];
  const rowsBySection = new Map<string, CheckAnswersRow[]>(sections.map((section) => [section.id, []]));
  for (const page of pathPages(form, kept)) {
    const rows = rowsBySection.get(page.section ?? form.id) ?? [];
    for (const question of visibleQuestions(page.questions, lookupIn(kept), lookupIn(kept))) {
      if (question.type === "repeating-group") {
        rows.push(...groupRows(question, page.id, kept));
        continue;
      }
      const step = { page: page.id };
      rows.push({
        key: keyOf(question),
        lines: answerLines(question, kept[question.id]),
        change: { step, href: changeHref(step) },
      });
    }
  }
  return sections.flatMap((section) => {
    const rows = rowsBySection.get(section.id) ?? [];
    return rows.length > 0 ? [{ ...section, rows }] : [];
  });
}
