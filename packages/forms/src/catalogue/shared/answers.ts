import type { Answers } from "../../definition.ts";

/** A copy of the answers without the given questions (for example variants on another branch). */
export function without(answers: Answers, ...ids: readonly string[]): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([id]) => !ids.includes(id)));
}
