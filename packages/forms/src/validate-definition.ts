import { z } from "zod";
import { conditionIds } from "./conditions.ts";
import type { Condition, FormDefinition, ItemQuestionDefinition, QuestionDefinition } from "./definition.ts";
import { codecFor } from "./fields/index.ts";
import { groupOf } from "./steps.ts";
import { revealingOptions } from "./visibility.ts";

/**
 * Checks a form definition before it is used (a catalogue test runs it on every form): the zod
 * meta-schema checks the shape, then the rules types cannot express: unique ids, conditions only on
 * earlier pages, reveals on the same page, a written message for everything that can go wrong.
 */

// Starts with a letter so error keys keep page order (integer-like object keys would be reordered).
const id = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, "must be kebab-case starting with a letter");
const message = z.string().min(1);
const text = z.string().min(1);

const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ equals: z.tuple([id, z.union([z.string(), z.number()])]) }),
    z.strictObject({ includes: z.tuple([id, z.string()]) }),
    z.strictObject({ answered: id }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);

const option = z.object({
  value: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case"),
  label: text,
  hint: text.optional(),
  reveals: z.array(id).optional(),
});

const base = {
  id,
  label: text,
  hint: text.optional(),
  optional: z.boolean().optional(),
  condition: conditionSchema.optional(),
  summaryLabel: text.optional(),
  autocomplete: text.optional(),
};
const required = message.optional();
const dateErrors = z.object({ required, invalid: message, rule: message.optional() });
const partRule = z.enum(["required", "optional"]).optional();

const itemQuestion = z.discriminatedUnion("type", [
  z.object({
    ...base,
    type: z.enum(["text", "textarea"]),
    maxLength: z.number().int().positive(),
    rows: z.number().int().positive().optional(),
    errors: z.object({ required, tooLong: message }),
  }),
  z.object({
    ...base,
    type: z.literal("number"),
    min: z.number().optional(),
    max: z.number().optional(),
    wholeNumber: z.boolean().optional(),
    suffix: text.optional(),
    errors: z.object({
      required,
      invalid: message,
      notWhole: required,
      tooSmall: required,
      tooLarge: required,
    }),
  }),
  z.object({
    ...base,
    type: z.enum(["email", "phone", "postcode"]),
    errors: z.object({ required, invalid: message }),
  }),
  z.object({
    ...base,
    type: z.literal("date"),
    rule: z.enum(["past", "past-or-today", "future", "today-or-future"]).optional(),
    errors: dateErrors,
  }),
  z.object({
    ...base,
    type: z.literal("yes-no"),
    reveals: z.object({ yes: z.array(id).optional(), no: z.array(id).optional() }).optional(),
    errors: z.object({ required }),
  }),
  z.object({
    ...base,
    type: z.enum(["radios", "checkboxes", "select"]),
    options: z.array(option).min(2),
    inline: z.boolean().optional(),
    errors: z.object({ required }),
  }),
  z.object({
    ...base,
    type: z.literal("address"),
    errors: z.object({
      line1: message,
      town: message,
      postcode: message,
      postcodeInvalid: message,
      tooLong: message,
    }),
  }),
  z.object({
    ...base,
    type: z.literal("person"),
    parts: z.object({
      dateOfBirth: partRule,
      expectedDueDate: z.boolean().optional(),
      sex: partRule,
      ethnicity: partRule,
      language: partRule,
      needs: partRule,
    }),
    partLabels: z.record(z.string(), text).optional(),
    sexOptions: z.array(option).min(2).optional(),
    ethnicityOptions: z.array(option).min(2).optional(),
    subject: z.object({ role: id, address: id.optional() }).optional(),
    errors: z.object({
      givenName: message,
      familyName: message,
      tooLong: message,
      born: required,
      dateOfBirth: dateErrors.optional(),
      expectedDueDate: dateErrors.optional(),
      sex: required,
      ethnicity: required,
      language: required,
      needs: required,
    }),
  }),
]);

const question = z.union([
  itemQuestion,
  z.object({
    ...base,
    type: z.literal("file"),
    maxFiles: z.number().int().positive(),
    errors: z.object({ required, tooMany: message }),
  }),
  z.object({
    ...base,
    type: z.literal("repeating-group"),
    itemLabel: text,
    addAnotherLabel: text,
    min: z.number().int().nonnegative(),
    max: z.number().int().positive(),
    questions: z.array(itemQuestion).min(1),
    errors: z.object({ addAnother: message, tooFew: required, tooMany: message }),
  }),
]);

/** The meta-schema: the shape of a form definition. */
export const formDefinitionSchema = z.object({
  id,
  version: z.number().int().positive(),
  title: text,
  audience: z.enum(["public", "professional"]),
  service: z.enum(["children", "early-help", "adults", "lado"]),
  allowAnonymous: z.boolean(),
  safeguardingBanner: z.boolean(),
  sections: z
    .array(z.object({ id, title: text }))
    .min(1)
    .optional(),
  pages: z
    .array(
      z.object({
        id,
        title: text,
        section: id.optional(),
        condition: conditionSchema.optional(),
        questions: z.array(question).min(1),
      }),
    )
    .min(1),
});

type AnyQuestion = QuestionDefinition | ItemQuestionDefinition;

/** The messages a question needs given its settings, by name, with whether each is present. */
function neededMessages(q: AnyQuestion): [string, string | undefined][] {
  const needed: [string, string | undefined][] = [];
  const hasRequired = "required" in q.errors;
  if (!q.optional && q.type !== "person" && q.type !== "address" && q.type !== "repeating-group") {
    needed.push(["errors.required", hasRequired ? (q.errors as { required?: string }).required : undefined]);
  }
  if (q.type === "number") {
    if (q.wholeNumber) needed.push(["errors.notWhole", q.errors.notWhole]);
    if (q.min !== undefined) needed.push(["errors.tooSmall", q.errors.tooSmall]);
    if (q.max !== undefined) needed.push(["errors.tooLarge", q.errors.tooLarge]);
  }
  if (q.type === "date" && q.rule) needed.push(["errors.rule", q.errors.rule]);
  if (q.type === "person") {
    if (q.parts.dateOfBirth) {
      needed.push(["errors.dateOfBirth.invalid", q.errors.dateOfBirth?.invalid]);
      needed.push(["errors.dateOfBirth.rule", q.errors.dateOfBirth?.rule]);
      if (q.parts.dateOfBirth === "required")
        needed.push(["errors.dateOfBirth.required", q.errors.dateOfBirth?.required]);
    }
    if (q.parts.expectedDueDate) {
      needed.push(["errors.born", q.errors.born]);
      needed.push(["errors.expectedDueDate.required", q.errors.expectedDueDate?.required]);
      needed.push(["errors.expectedDueDate.invalid", q.errors.expectedDueDate?.invalid]);
      needed.push(["errors.expectedDueDate.rule", q.errors.expectedDueDate?.rule]);
    }
    for (const part of ["sex", "ethnicity", "language", "needs"] as const) {
      if (q.parts[part] === "required") needed.push([`errors.${part}`, q.errors[part]]);
    }
  }
  if (q.type === "repeating-group" && q.min > 0) needed.push(["errors.tooFew", q.errors.tooFew]);
  return needed;
}

function checkQuestions(
  where: string,
  questions: readonly AnyQuestion[],
  problems: string[],
  earlierTypes: Map<string, AnyQuestion>,
) {
  const fieldNames = new Set<string>();
  const revealed = new Set<string>();
  questions.forEach((q, index) => {
    const at = `${where} question "${q.id}"`;
    for (const [name, value] of neededMessages(q)) if (!value) problems.push(`${at} needs ${name}`);
    const options = revealingOptions(q);
    if (new Set(options.map((o) => o.value)).size !== options.length)
      problems.push(`${at} has repeated option values`);
    for (const option of options) {
      for (const target of option.reveals ?? []) {
        const targetIndex = questions.findIndex((other) => other.id === target);
        if (targetIndex <= index)
          problems.push(`${at} reveals "${target}", which is not a later question on the same page`);
        if (revealed.has(target)) problems.push(`${at} reveals "${target}", which is already revealed`);
        revealed.add(target);
      }
    }
    if (q.type === "repeating-group") {
      if (q.min > q.max) problems.push(`${at} has min above max`);
      checkQuestions(`${at} item`, q.questions, problems, earlierTypes);
    } else {
      for (const name of codecFor(q).names(q)) {
        if (fieldNames.has(name)) problems.push(`${at} repeats the field name "${name}" on its page`);
        fieldNames.add(name);
      }
    }
    if (q.condition) checkCondition(at, q.condition, earlierTypes, problems);
  });
}

function checkCondition(
  at: string,
  condition: Condition,
  earlier: Map<string, AnyQuestion>,
  problems: string[],
) {
  for (const ref of conditionIds(condition)) {
    if (!earlier.has(ref))
      problems.push(`${at} has a condition on "${ref}", which is not a question on an earlier page`);
  }
  const visit = (c: Condition) => {
    if ("all" in c) c.all.forEach(visit);
    else if ("any" in c) c.any.forEach(visit);
    else if ("not" in c) visit(c.not);
    else if ("includes" in c) {
      const target = earlier.get(c.includes[0]);
      if (target && target.type !== "checkboxes")
        problems.push(`${at} uses includes on "${c.includes[0]}", which is not checkboxes`);
      else if (target && !revealingOptions(target).some((o) => o.value === c.includes[1])) {
        problems.push(
          `${at} tests "${c.includes[0]}" for "${c.includes[1]}", which is not one of its options`,
        );
      }
    } else if ("equals" in c) {
      const target = earlier.get(c.equals[0]);
      const options = target ? revealingOptions(target) : [];
      if (options.length > 0 && !options.some((o) => o.value === c.equals[1])) {
        problems.push(`${at} tests "${c.equals[0]}" for "${c.equals[1]}", which is not one of its options`);
      }
    }
  };
  visit(condition);
}

function checkSections(form: FormDefinition, problems: string[]) {
  const sectionIds = new Set(form.sections?.map((s) => s.id));
  if (form.sections && sectionIds.size !== form.sections.length) problems.push("section ids are not unique");
  const seen: string[] = [];
  for (const page of form.pages) {
    if (!form.sections) {
      if (page.section) problems.push(`page "${page.id}" names a section but the form has none`);
      continue;
    }
    if (!page.section || !sectionIds.has(page.section))
      problems.push(`page "${page.id}" needs a section of the form`);
    else if (seen.includes(page.section) && seen.at(-1) !== page.section) {
      problems.push(
        `page "${page.id}" returns to section "${page.section}": a section's pages must be together`,
      );
    }
    if (page.section && seen.at(-1) !== page.section) seen.push(page.section);
  }
}

export type DefinitionCheck = { ok: true; form: FormDefinition } | { ok: false; problems: string[] };

/** Checks a form definition: its shape, then the rules across pages. Problems are for developers. */
export function validateDefinition(input: unknown): DefinitionCheck {
  const shape = formDefinitionSchema.safeParse(input);
  if (!shape.success) {
    return {
      ok: false,
      problems: shape.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
    };
  }
  const form = input as FormDefinition;
  const problems: string[] = [];
  const pageIds = form.pages.map((page) => page.id);
  if (new Set(pageIds).size !== pageIds.length) problems.push("page ids are not unique");
  const ids = form.pages.flatMap((page) =>
    page.questions.flatMap((q) =>
      q.type === "repeating-group" ? [q.id, ...q.questions.map((item) => item.id)] : [q.id],
    ),
  );
  for (const dup of new Set(ids.filter((qid, i) => ids.indexOf(qid) !== i)))
    problems.push(`question id "${dup}" is used twice`);
  checkSections(form, problems);

  const earlier = new Map<string, AnyQuestion>();
  for (const page of form.pages) {
    const at = `page "${page.id}"`;
    if (page.condition) checkCondition(at, page.condition, earlier, problems);
    if (groupOf(page) && page.questions.length > 1)
      problems.push(`${at} holds a repeating group and other questions`);
    if (page.questions.slice(1).some((q) => q.type === "repeating-group"))
      problems.push(`${at} has a repeating group that is not its only question`);
    checkQuestions(at, page.questions, problems, earlier);
    for (const q of page.questions) earlier.set(q.id, q);
  }
  const everyQuestion = form.pages.flatMap((page) =>
    page.questions.flatMap((q): AnyQuestion[] => (q.type === "repeating-group" ? [q, ...q.questions] : [q])),
  );
  for (const q of everyQuestion) {
    if (q.type !== "person" || !q.subject?.address) continue;
    const address = everyQuestion.find((other) => other.id === q.subject?.address);
    if (address?.type !== "address")
      problems.push(
        `question "${q.id}" names "${q.subject.address}" as its address, which is no address question`,
      );
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, form };
}
