import { type AnswerLookup, evaluate } from "./conditions.ts";
import type { ItemQuestionDefinition, Option, QuestionDefinition } from "./definition.ts";
import { optionsOf } from "./fields/choice.ts";

type AnyQuestion = QuestionDefinition | ItemQuestionDefinition;

/** The options of a question that can reveal others, or none. */
export function revealingOptions(question: AnyQuestion): readonly Option[] {
  switch (question.type) {
    case "yes-no":
    case "radios":
    case "checkboxes":
    case "select":
      return optionsOf(question);
    default:
      return [];
  }
}

/** For each revealed question id, the question and option value revealing it. */
export function revealedBy(
  questions: readonly AnyQuestion[],
): Map<string, { question: string; value: string }> {
  const parents = new Map<string, { question: string; value: string }>();
  for (const question of questions) {
    for (const option of revealingOptions(question)) {
      for (const id of option.reveals ?? []) parents.set(id, { question: question.id, value: option.value });
    }
  }
  return parents;
}

const selects = (answer: unknown, value: string) =>
  answer === value || (Array.isArray(answer) && answer.includes(value));

type Parents = ReturnType<typeof revealedBy>;

/**
 * Whether a question applies: its condition holds on answers to earlier pages (`earlier`), and if it
 * is revealed by an option, that option is chosen among this page's own values (`samePage`).
 */
export function applies(
  question: AnyQuestion,
  parents: Parents,
  earlier: AnswerLookup,
  samePage: AnswerLookup,
) {
  if (question.condition && !evaluate(question.condition, earlier)) return false;
  const parent = parents.get(question.id);
  return !parent || selects(samePage(parent.question), parent.value);
}

export function visibleQuestions<Q extends AnyQuestion>(
  questions: readonly Q[],
  earlier: AnswerLookup,
  samePage: AnswerLookup,
): Q[] {
  const parents = revealedBy(questions);
  return questions.filter((question) => applies(question, parents, earlier, samePage));
}
