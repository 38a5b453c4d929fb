import fc from "fast-check";
import type {
  Answers,
  FormDefinition,
  ItemQuestionDefinition,
  QuestionDefinition,
  Step,
} from "../definition.ts";
import { codecFor } from "../fields/index.ts";
import { resolveStep } from "../schema.ts";
import { addAnotherField } from "../steps.ts";

/** The field names a step posts. */
export function fieldNames(form: FormDefinition, step: Step, answers: Answers): string[] {
  const resolved = resolveStep(form, step, answers);
  if (resolved.kind === "add-another") return [addAnotherField(resolved.group)];
  const questions: readonly (QuestionDefinition | ItemQuestionDefinition)[] = resolved.questions;
  return questions.flatMap((q) => (q.type === "repeating-group" ? [] : codecFor(q).names(q)));
}

const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.constantFrom(
    "<script>alert(1)</script>",
    "\u0000",
    "  ",
    "yes",
    "no",
    "1",
    "2025",
    "__proto__",
    '{"id":"a"}',
    "x".repeat(200_000),
  ),
);

export const hostileValue = fc.oneof(hostileString, fc.array(hostileString, { maxLength: 5 }), fc.anything());

/** Posted bodies that mix a step's own field names, prototype keys and random names with junk values. */
export const hostileBody = (names: string[]) =>
  fc.dictionary(
    fc.oneof(fc.constantFrom(...names, "__proto__", "constructor", "toString"), fc.string()),
    hostileValue,
    { maxKeys: 20 },
  );
