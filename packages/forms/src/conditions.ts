import type { Answers, Condition } from "./definition.ts";

/** Finds an answer by question id; inside a group item it looks in the item first. */
export type AnswerLookup = (questionId: string) => unknown;

export const lookupIn =
  (...scopes: readonly Answers[]): AnswerLookup =>
  (id) => {
    for (const scope of scopes) if (Object.hasOwn(scope, id)) return scope[id];
    return undefined;
  };

export function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return false;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

export function evaluate(condition: Condition, lookup: AnswerLookup): boolean {
  if ("equals" in condition) return lookup(condition.equals[0]) === condition.equals[1];
  if ("includes" in condition) {
    const value = lookup(condition.includes[0]);
    return Array.isArray(value) && value.includes(condition.includes[1]);
  }
  if ("answered" in condition) return isAnswered(lookup(condition.answered));
  if ("all" in condition) return condition.all.every((c) => evaluate(c, lookup));
  if ("any" in condition) return condition.any.some((c) => evaluate(c, lookup));
  return !evaluate(condition.not, lookup);
}

/** Every question id a condition refers to (for definition validation). */
export function conditionIds(condition: Condition): string[] {
  if ("equals" in condition) return [condition.equals[0]];
  if ("includes" in condition) return [condition.includes[0]];
  if ("answered" in condition) return [condition.answered];
  if ("all" in condition) return condition.all.flatMap(conditionIds);
  if ("any" in condition) return condition.any.flatMap(conditionIds);
  return conditionIds(condition.not);
}
