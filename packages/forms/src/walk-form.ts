import type { Answers, FormDefinition, ItemQuestionDefinition, QuestionDefinition } from "./definition.ts";
import type { ParseContext } from "./fields/codec.ts";
import { codecFor, type FieldQuestion } from "./fields/index.ts";
import { personFieldName } from "./fields/person.ts";
import { journey, pathPages, prune } from "./journey.ts";
import { parsePage, resolveStep, stepFields } from "./schema.ts";
import { addAnotherField, stepPath } from "./steps.ts";
import { validateDefinition } from "./validate-definition.ts";

/** The message and field a question reports when nothing at all is posted for it. */
function emptyError(q: FieldQuestion): { field: string; message: string | undefined } {
  switch (q.type) {
    case "address":
      return { field: `${q.id}-line-1`, message: q.errors.line1 };
    case "person":
      return q.parts.expectedDueDate
        ? { field: personFieldName(q.id, "born"), message: q.errors.born }
        : { field: personFieldName(q.id, "givenName"), message: q.errors.givenName };
    default:
      return { field: codecFor(q).names(q)[0]!, message: q.errors.required };
  }
}

/**
 * Walks a form with complete example answers, for catalogue tests (`expect(walkForm(…)).toEqual([])`):
 * the definition is valid; together the examples reach every page; each example is complete, keeps
 * nothing off its path, and passes every step's server schema; and without each required answer the
 * step fails with that question's own message on its first field. Returns the problems found.
 */
export function walkForm(
  form: FormDefinition,
  examples: Answers | readonly Answers[],
  ctx: ParseContext,
): string[] {
  const check = validateDefinition(form);
  if (!check.ok) return check.problems;
  const problems: string[] = [];
  const reached = new Set<string>();
  const list = Array.isArray(examples) ? (examples as readonly Answers[]) : [examples as Answers];

  list.forEach((example, n) => {
    const at = `example ${n + 1}`;
    for (const page of pathPages(form, example)) reached.add(page.id);
    const kept = prune(form, example);
    const extra = Object.keys(example).filter((id) => !Object.hasOwn(kept, id));
    if (extra.length > 0) problems.push(`${at} has answers off its path: ${extra.join(", ")}`);

    for (const { step } of journey(form, kept, ctx).steps) {
      const where = `${at} step "${stepPath(step)}"`;
      const resolved = resolveStep(form, step, kept);
      const stepCtx = { ...ctx, answers: kept };
      if (resolved.kind === "add-another") {
        const result = parsePage(form, step, { [addAnotherField(resolved.group)]: "no" }, stepCtx);
        if (!result.ok) problems.push(`${where} cannot finish adding: ${JSON.stringify(result.errors)}`);
        continue;
      }
      const fields = stepFields(form, step, kept);
      const result = parsePage(form, step, fields, stepCtx);
      if (!result.ok) {
        problems.push(`${where} fails its schema: ${JSON.stringify(result.errors)}`);
        continue;
      }
      const questions: readonly (QuestionDefinition | ItemQuestionDefinition)[] = resolved.questions;
      for (const q of questions) {
        if (q.type === "repeating-group" || q.optional || !Object.hasOwn(result.values, q.id)) continue;
        const without = { ...fields };
        for (const name of codecFor(q).names(q)) delete without[name];
        const expected = emptyError(q);
        const missing = parsePage(form, step, without, stepCtx);
        const got = missing.ok ? undefined : missing.errors[expected.field];
        if (got === undefined || got !== expected.message) {
          problems.push(
            `${where} without "${q.id}" should say "${expected.message}" at ${expected.field}, got ${JSON.stringify(missing.ok ? "valid" : missing.errors)}`,
          );
        }
      }
    }
    if (!journey(form, kept, ctx).complete) problems.push(`${at} is not complete`);
  });

  for (const page of form.pages)
    if (!reached.has(page.id)) problems.push(`no example reaches page "${page.id}"`);
  return problems;
}
