import type { Option, PartRule, PersonAnswer, PersonPartName, PersonQuestion } from "../definition.ts";
import { readString } from "../posted.ts";
import { type FieldCodec, type FieldError, fail, ok, type ParseContext } from "./codec.ts";
import { dateFields, dateNames, formatDate, parseDateParts } from "./date.ts";

const NAME_LIMIT = 100;
const LANGUAGE_LIMIT = 100;
const NEEDS_LIMIT = 1000;

export const PERSON_PART_LABELS: Record<PersonPartName, string> = {
  givenName: "First name",
  familyName: "Last name",
  born: "Has the baby been born?",
  dateOfBirth: "Date of birth",
  expectedDueDate: "Expected due date",
  sex: "Sex",
  ethnicity: "Ethnicity",
  language: "First language",
  needs: "Disability, communication or other needs",
};

export const DEFAULT_SEX_OPTIONS: readonly Option[] = [
  { value: "female", label: "Female" },
  { value: "male", label: "Male" },
  { value: "not-known", label: "Not known" },
];

/** The 2021 Census ethnic groups for England, with "not known" and "prefer not to say". */
export const DEFAULT_ETHNICITY_OPTIONS: readonly Option[] = [
  { value: "asian-indian", label: "Asian or Asian British: Indian" },
  { value: "asian-pakistani", label: "Asian or Asian British: Pakistani" },
  { value: "asian-bangladeshi", label: "Asian or Asian British: Bangladeshi" },
  { value: "asian-chinese", label: "Asian or Asian British: Chinese" },
  { value: "asian-other", label: "Asian or Asian British: any other Asian background" },
  { value: "black-african", label: "Black, Black British, Caribbean or African: African" },
  { value: "black-caribbean", label: "Black, Black British, Caribbean or African: Caribbean" },
  { value: "black-other", label: "Black, Black British, Caribbean or African: any other background" },
  { value: "mixed-white-black-caribbean", label: "Mixed or multiple: White and Black Caribbean" },
  { value: "mixed-white-black-african", label: "Mixed or multiple: White and Black African" },
  { value: "mixed-white-asian", label: "Mixed or multiple: White and Asian" },
  { value: "mixed-other", label: "Mixed or multiple: any other mixed or multiple background" },
  { value: "white-british", label: "White: English, Welsh, Scottish, Northern Irish or British" },
  { value: "white-irish", label: "White: Irish" },
  { value: "white-gypsy-traveller", label: "White: Gypsy or Irish Traveller" },
  { value: "white-roma", label: "White: Roma" },
  { value: "white-other", label: "White: any other White background" },
  { value: "other-arab", label: "Other ethnic group: Arab" },
  { value: "other", label: "Other ethnic group: any other ethnic group" },
  { value: "not-known", label: "Not known" },
  { value: "prefer-not-to-say", label: "Prefers not to say" },
];

/** Posted field name of each person part; dates add -day, -month, -year. */
export const personFieldName = (id: string, part: PersonPartName): string =>
  `${id}-${
    {
      givenName: "given-name",
      familyName: "family-name",
      born: "born",
      dateOfBirth: "dob",
      expectedDueDate: "due",
      sex: "sex",
      ethnicity: "ethnicity",
      language: "language",
      needs: "needs",
    }[part]
  }`;

/** The parts asked, in page order. */
export function personParts(q: PersonQuestion): PersonPartName[] {
  const parts: PersonPartName[] = [];
  if (q.parts.expectedDueDate) parts.push("born");
  parts.push("givenName", "familyName");
  if (q.parts.dateOfBirth) parts.push("dateOfBirth");
  if (q.parts.dateOfBirth && q.parts.expectedDueDate) parts.push("expectedDueDate");
  for (const part of ["sex", "ethnicity", "language", "needs"] as const) if (q.parts[part]) parts.push(part);
  return parts;
}

export const personPartLabel = (q: PersonQuestion, part: PersonPartName) =>
  q.partLabels?.[part] ?? PERSON_PART_LABELS[part];

export const sexOptions = (q: PersonQuestion) => q.sexOptions ?? DEFAULT_SEX_OPTIONS;
export const ethnicityOptions = (q: PersonQuestion) => q.ethnicityOptions ?? DEFAULT_ETHNICITY_OPTIONS;

const isDatePart = (part: PersonPartName) => part === "dateOfBirth" || part === "expectedDueDate";

function names(q: PersonQuestion): string[] {
  return personParts(q).flatMap((part) =>
    isDatePart(part) ? dateNames(personFieldName(q.id, part)) : [personFieldName(q.id, part)],
  );
}

const isPerson = (value: unknown): value is PersonAnswer => typeof value === "object" && value !== null;

function parse(q: PersonQuestion, posted: unknown, ctx: ParseContext) {
  const field = (part: PersonPartName) => personFieldName(q.id, part);
  const read = (part: PersonPartName) => readString(posted, field(part));
  if (q.optional && names(q).every((name) => !readString(posted, name))) return ok<PersonAnswer>(undefined);

  const errors: FieldError[] = [];
  const answer: PersonAnswer = {};
  const need = (part: PersonPartName, message: string | undefined) =>
    errors.push({ field: field(part), message: message ?? "" });

  const born = q.parts.expectedDueDate ? read("born") : "yes";
  // What else is required depends on this answer, so ask it first.
  if (born !== "yes" && born !== "no") return fail(field("born"), q.errors.born ?? "");
  const unborn = born === "no";

  for (const part of ["givenName", "familyName"] as const) {
    const value = read(part);
    if (value.length > NAME_LIMIT) need(part, q.errors.tooLong);
    else if (value) answer[part] = value;
    else if (!unborn) need(part, q.errors[part]);
  }

  const dates = [
    ["dateOfBirth", born === "yes" ? q.parts.dateOfBirth : undefined, "past-or-today"],
    ["expectedDueDate", unborn ? "required" : undefined, "today-or-future"],
  ] as const;
  for (const [part, rule, dateRule] of dates) {
    if (!rule) continue;
    const result = parseDateParts(
      posted,
      field(part),
      { required: rule === "required", rule: dateRule, errors: q.errors[part] ?? { invalid: "" } },
      ctx,
    );
    if (!result.ok) errors.push(...result.errors);
    else if (result.value) answer[part] = result.value;
  }

  const choices = [
    ["sex", sexOptions(q)],
    ["ethnicity", ethnicityOptions(q)],
  ] as const;
  for (const [part, options] of choices) {
    const rule: PartRule | undefined = q.parts[part];
    if (!rule) continue;
    const value = read(part);
    if (options.some((option) => option.value === value)) answer[part] = value;
    else if (rule === "required" && !unborn) need(part, q.errors[part]);
  }

  const texts = [
    ["language", LANGUAGE_LIMIT],
    ["needs", NEEDS_LIMIT],
  ] as const;
  for (const [part, limit] of texts) {
    const rule = q.parts[part];
    if (!rule) continue;
    const value = read(part).replace(/\r\n?/g, "\n");
    if (value.length > limit) need(part, q.errors.tooLong);
    else if (value) answer[part] = value;
    else if (rule === "required" && !unborn) need(part, q.errors[part]);
  }

  return errors.length > 0 ? { ok: false as const, errors } : ok(answer);
}

export const personCodec: FieldCodec<PersonQuestion> = {
  names,
  parse,
  toFields(q, value) {
    if (!isPerson(value)) return {};
    const field = (part: PersonPartName) => personFieldName(q.id, part);
    const fields: Record<string, string> = {};
    if (q.parts.expectedDueDate) fields[field("born")] = value.expectedDueDate ? "no" : "yes";
    for (const part of ["givenName", "familyName", "sex", "ethnicity", "language", "needs"] as const) {
      const v = value[part];
      if (typeof v === "string") fields[field(part)] = v;
    }
    return {
      ...fields,
      ...dateFields(field("dateOfBirth"), value.dateOfBirth),
      ...dateFields(field("expectedDueDate"), value.expectedDueDate),
    };
  },
  format(q, value) {
    if (!isPerson(value)) return [];
    const name = [value.givenName, value.familyName]
      .filter((part) => typeof part === "string" && part)
      .join(" ");
    const lines = name ? [name] : [];
    const labelled = (part: PersonPartName, text: string | undefined) => {
      if (text) lines.push(`${personPartLabel(q, part)}: ${text}`);
    };
    labelled("dateOfBirth", formatDate(value.dateOfBirth));
    labelled("expectedDueDate", formatDate(value.expectedDueDate));
    labelled("sex", sexOptions(q).find((option) => option.value === value.sex)?.label);
    labelled("ethnicity", ethnicityOptions(q).find((option) => option.value === value.ethnicity)?.label);
    labelled("language", typeof value.language === "string" ? value.language : undefined);
    labelled("needs", typeof value.needs === "string" ? value.needs : undefined);
    return lines;
  },
};
