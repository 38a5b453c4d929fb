import { z } from "zod";
import { type AnswerLookup, lookupIn } from "./conditions.ts";
import type {
  Answers,
  FormDefinition,
  ItemQuestionDefinition,
  QuestionDefinition,
  Step,
} from "./definition.ts";
import type { FieldError, ParseContext } from "./fields/codec.ts";
import { codecFor } from "./fields/index.ts";
import type { PostedFields } from "./posted.ts";
import { readString } from "./posted.ts";
import {
  addAnotherField,
  findPage,
  groupOf,
  itemsOf,
  type StepRef,
  toStep,
  UnknownStepError,
} from "./steps.ts";
import { applies, revealedBy } from "./visibility.ts";

/** Parsing a step needs today's date and the answers so far (conditions, how many group items). */
export interface StepContext extends ParseContext {
  answers: Answers;
}

/** Posted field name → written message, in page order: the error summary links to `#${field}`. */
export type FieldErrors = Record<string, string>;

export type StepParse = { ok: true; values: Answers } | { ok: false; errors: FieldErrors };

type Resolved =
  | { kind: "page"; questions: readonly QuestionDefinition[] }
  | { kind: "item"; questions: readonly ItemQuestionDefinition[]; groupId: string; index: number }
  | { kind: "add-another"; group: Extract<QuestionDefinition, { type: "repeating-group" }> };

/** What a step asks; throws UnknownStepError for steps the form does not have. */
export function resolveStep(form: FormDefinition, step: Step, answers: Answers): Resolved {
  const page = findPage(form, step.page);
  if (!page) throw new UnknownStepError(step);
  const group = groupOf(page);
  if (!group) {
    if (step.item !== undefined) throw new UnknownStepError(step);
    return { kind: "page", questions: page.questions };
  }
  if (step.item === undefined) return { kind: "add-another", group };
  // An item page exists for each saved item and for the next one to add.
  const count = itemsOf(answers, group.id).length;
  if (!Number.isInteger(step.item) || step.item < 0 || step.item > count || step.item >= group.max) {
    throw new UnknownStepError(step);
  }
  return { kind: "item", questions: group.questions, groupId: group.id, index: step.item };
}

function parseQuestions(
  questions: readonly (QuestionDefinition | ItemQuestionDefinition)[],
  posted: unknown,
  earlier: AnswerLookup,
  ctx: ParseContext,
): { values: Answers; errors: FieldError[] } {
  const parents = revealedBy(questions);
  const values: Answers = {};
  const errors: FieldError[] = [];
  for (const question of questions) {
    if (question.type === "repeating-group") continue;
    if (!applies(question, parents, earlier, lookupIn(values))) continue;
    const result = codecFor(question).parse(question, posted, ctx);
    if (!result.ok) errors.push(...result.errors);
    else if (result.value !== undefined) values[question.id] = result.value as Answers[string];
  }
  return { values, errors };
}

function parseAddAnother(
  group: Extract<Resolved, { kind: "add-another" }>["group"],
  posted: unknown,
  answers: Answers,
): { values: Answers; errors: FieldError[] } {
  const field = addAnotherField(group);
  const count = itemsOf(answers, group.id).length;
  // At the maximum the question is not asked, so whatever was posted means "continue".
  if (count >= group.max) return { values: { [field]: "no" }, errors: [] };
  const answer = readString(posted, field);
  if (answer !== "yes" && answer !== "no")
    return { values: {}, errors: [{ field, message: group.errors.addAnother }] };
  if (answer === "no" && count < group.min) {
    return { values: {}, errors: [{ field, message: group.errors.tooFew ?? group.errors.addAnother }] };
  }
  return { values: { [field]: answer }, errors: [] };
}

function parseRaw(form: FormDefinition, ref: StepRef, posted: unknown, ctx: StepContext) {
  const resolved = resolveStep(form, toStep(ref), ctx.answers);
  const earlier = lookupIn(ctx.answers);
  switch (resolved.kind) {
    case "page":
      return parseQuestions(resolved.questions, posted, earlier, ctx);
    case "item":
      return parseQuestions(resolved.questions, posted, earlier, ctx);
    case "add-another":
      return parseAddAnother(resolved.group, posted, ctx.answers);
  }
}

/**
 * The zod schema of one step: posted fields in, the step's typed answers out (for a group's summary
 * page, `{ "<group>-add-another": "yes" | "no" }`). Issues carry the written message and the posted
 * field name as their path, in page order, so react-hook-form's zodResolver and the server action
 * report the same errors. Any input parses without throwing: hostile values become messages.
 */
export function pageSchema(
  form: FormDefinition,
  ref: StepRef,
  ctx: StepContext,
): z.ZodType<Answers, unknown> {
  // Resolve now so an unknown step fails when the schema is built, not on every parse.
  resolveStep(form, toStep(ref), ctx.answers);
  return z.unknown().transform((posted, zod) => {
    const { values, errors } = parseRaw(form, ref, posted, ctx);
    if (errors.length === 0) return values;
    for (const { field, message } of errors)
      zod.issues.push({ code: "custom", message, path: [field], input: posted });
    return z.NEVER;
  });
}

/** Parses a posted step with its schema: typed answers, or the first message per field in page order. */
export function parsePage(form: FormDefinition, ref: StepRef, posted: unknown, ctx: StepContext): StepParse {
  const result = pageSchema(form, ref, ctx).safeParse(posted);
  if (result.success) return { ok: true, values: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "");
    if (!Object.hasOwn(errors, field)) errors[field] = issue.message;
  }
  return { ok: false, errors };
}

/** The posted fields that would reproduce stored answers on a step: for re-display and re-checking. */
export function stepFields(form: FormDefinition, ref: StepRef, answers: Answers): PostedFields {
  const resolved = resolveStep(form, toStep(ref), answers);
  if (resolved.kind === "add-another") return {};
  const source =
    resolved.kind === "item" ? (itemsOf(answers, resolved.groupId)[resolved.index] ?? {}) : answers;
  const fields: PostedFields = {};
  for (const question of resolved.questions) {
    if (question.type === "repeating-group" || !Object.hasOwn(source, question.id)) continue;
    Object.assign(fields, codecFor(question).toFields(question, source[question.id]));
  }
  return fields;
}
