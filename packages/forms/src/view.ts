import { itemLines } from "./check-answers.ts";
import { evaluate, lookupIn } from "./conditions.ts";
import type {
  Answers,
  FormDefinition,
  ItemQuestionDefinition,
  Option,
  PersonPartName,
  QuestionDefinition,
  Step,
} from "./definition.ts";
import { YES_NO_OPTIONS } from "./fields/choice.ts";
import { dateNames } from "./fields/date.ts";
import { codecFor, type FieldQuestion } from "./fields/index.ts";
import {
  ethnicityOptions,
  personFieldName,
  personPartLabel,
  personParts,
  sexOptions,
} from "./fields/person.ts";
import type { PostedFields } from "./posted.ts";
import { type FieldErrors, resolveStep, stepFields } from "./schema.ts";
import {
  addAnotherField,
  findPage,
  groupOf,
  itemsOf,
  type StepRef,
  toStep,
  UnknownStepError,
} from "./steps.ts";
import { revealedBy, revealingOptions } from "./visibility.ts";

/**
 * What the React renderer needs for one step, so it only switches on `question.type`. Every input's
 * id is its field name (for radios and checkboxes, the first option's id), so error summary links
 * `#${field}` land on it.
 */
export interface PageView {
  step: Step;
  kind: "questions" | "item" | "add-another";
  /** The h1; with a single question its label is the heading instead (`labelIsHeading`). */
  title: string;
  labelIsHeading: boolean;
  /** "Section 2 of 5" for forms with sections. */
  section?: { title: string; number: number; of: number };
  safeguardingBanner: boolean;
  questions: QuestionView[];
  /** In page order: the GOV.UK error summary's list. */
  errorSummary: { text: string; href: string }[];
  /** On a group's summary page: the items so far, and the yes/no unless the group is full. */
  items?: { index: number; title: string; lines: string[]; change: Step }[];
  addAnother?: { name: string; label: string; value: string; error?: string };
}

export interface OptionView extends Option {
  checked: boolean;
  /** Questions revealed under this option (GOV.UK conditional reveal). */
  revealed: QuestionView[];
}

/**
 * One part of a person question. When `born` is asked, the date of birth belongs under its "yes"
 * and the expected due date under its "no" (conditional reveals).
 */
export interface PersonPartView {
  part: PersonPartName;
  label: string;
  /** One name, or day/month/year names for dates. */
  names: string[];
  options?: readonly Option[];
  error?: string;
}

export interface QuestionView {
  question: FieldQuestion;
  /** Posted field names in page order; `names[0]` is the first input. */
  names: string[];
  /** Current values by field name: what was posted when re-displaying errors, else the stored answer. */
  values: PostedFields;
  /** The question's first error, and the field it belongs to (for a date: the day means every part). */
  error?: { message: string; field: string };
  /** Every error of the question by field (people and addresses show one per part). */
  fieldErrors: FieldErrors;
  options?: OptionView[];
  personParts?: PersonPartView[];
}

/** Only strings and lists of strings are re-displayed; anything else posted is dropped. */
function displayable(posted: unknown): PostedFields {
  if (typeof posted !== "object" || posted === null) return {};
  const fields: PostedFields = {};
  for (const [name, value] of Object.entries(posted)) {
    if (typeof value === "string") fields[name] = value;
    else if (Array.isArray(value)) fields[name] = value.filter((v): v is string => typeof v === "string");
  }
  return fields;
}

function questionView(
  question: FieldQuestion,
  all: readonly (QuestionDefinition | ItemQuestionDefinition)[],
  values: PostedFields,
  errors: FieldErrors,
): QuestionView {
  const names = codecFor(question).names(question);
  const own = Object.fromEntries(
    names.filter((name) => Object.hasOwn(values, name)).map((name) => [name, values[name]!]),
  );
  const fieldErrors = Object.fromEntries(
    names.filter((name) => Object.hasOwn(errors, name)).map((name) => [name, errors[name]!]),
  );
  const first = Object.entries(fieldErrors)[0];
  const view: QuestionView = { question, names, values: own, fieldErrors };
  if (first) view.error = { field: first[0], message: first[1] };

  const options = revealingOptions(question);
  if (options.length > 0) {
    const chosen = values[question.id];
    view.options = options.map((option) => ({
      ...option,
      checked: Array.isArray(chosen) ? chosen.includes(option.value) : chosen === option.value,
      revealed: (option.reveals ?? []).flatMap((id) => {
        const revealed = all.find((q) => q.id === id);
        return revealed && revealed.type !== "repeating-group"
          ? [questionView(revealed, all, values, errors)]
          : [];
      }),
    }));
  }
  if (question.type === "person") {
    view.personParts = personParts(question).map((part) => {
      const name = personFieldName(question.id, part);
      const partNames = part === "dateOfBirth" || part === "expectedDueDate" ? dateNames(name) : [name];
      const partView: PersonPartView = { part, label: personPartLabel(question, part), names: partNames };
      if (part === "born") partView.options = YES_NO_OPTIONS;
      if (part === "sex") partView.options = sexOptions(question);
      if (part === "ethnicity") partView.options = ethnicityOptions(question);
      const error = partNames.map((n) => fieldErrors[n]).find((message) => message !== undefined);
      if (error !== undefined) partView.error = error;
      return partView;
    });
  }
  return view;
}

/**
 * The view of one step. Pass `errors` and `posted` after a failed post to re-display what was typed;
 * otherwise values come from the stored answers. Questions off the path (conditions on earlier
 * answers) are left out; revealed questions sit under their option, not in `questions`.
 */
export function pageView(
  form: FormDefinition,
  ref: StepRef,
  answers: Answers,
  errors: FieldErrors = {},
  posted?: unknown,
): PageView {
  const step = toStep(ref);
  const page = findPage(form, step.page);
  if (!page) throw new UnknownStepError(step);
  const resolved = resolveStep(form, step, answers);
  const values = posted === undefined ? stepFields(form, step, answers) : displayable(posted);
  const sectionIndex = form.sections?.findIndex((section) => section.id === page.section) ?? -1;
  const section = form.sections?.[sectionIndex];
  const group = groupOf(page);

  const view: PageView = {
    step,
    kind: resolved.kind === "page" ? "questions" : resolved.kind,
    title: group && step.item !== undefined ? `${group.itemLabel} ${step.item + 1}` : page.title,
    labelIsHeading: false,
    safeguardingBanner: form.safeguardingBanner,
    questions: [],
    errorSummary: Object.entries(errors).map(([field, text]) => ({ text, href: `#${field}` })),
  };
  if (section && form.sections)
    view.section = { title: section.title, number: sectionIndex + 1, of: form.sections.length };

  if (resolved.kind === "add-another") {
    const items = itemsOf(answers, resolved.group.id);
    view.items = items.map((item, index) => ({
      index,
      title: `${resolved.group.itemLabel} ${index + 1}`,
      lines: itemLines(resolved.group, item, answers),
      change: { page: page.id, item: index },
    }));
    if (items.length < resolved.group.max) {
      const name = addAnotherField(resolved.group);
      const value = values[name];
      view.addAnother = {
        name,
        label: resolved.group.addAnotherLabel,
        value: typeof value === "string" ? value : "",
      };
      if (errors[name] !== undefined) view.addAnother.error = errors[name];
    }
    return view;
  }

  const all: readonly (QuestionDefinition | ItemQuestionDefinition)[] = resolved.questions;
  const questions = all.filter((q): q is FieldQuestion => q.type !== "repeating-group");
  const revealed = revealedBy(questions);
  const earlier = lookupIn(answers);
  view.questions = questions
    .filter((q) => !revealed.has(q.id) && (!q.condition || evaluate(q.condition, earlier)))
    .map((q) => questionView(q, questions, values, errors));
  view.labelIsHeading = view.questions.length === 1 && resolved.kind === "page";
  return view;
}
