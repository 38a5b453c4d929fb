import { type Answers, catalogue, checkAnswers } from "@portal/forms";
import type { ItemContent, Json } from "@portal/intake";
import type { SummaryRow } from "./lines-list.tsx";

export interface AnswersSection {
  id: string;
  title: string;
  rows: SummaryRow[];
}

export interface AnswersView {
  /** Said plainly above the answers when they are not shown with the definition they were made with. */
  notice: string | null;
  sections: AnswersSection[];
}

/**
 * The referral's answers, read with the definition of the version they were given on: the same
 * check-your-answers the referrer saw, without the Change links. The catalogue holds only each
 * form's current version, so answers given on another version are never read through it (its
 * questions may mean something else now); they are shown as stored, and the page says so.
 */
export function answersView(content: Pick<ItemContent, "formId" | "formVersion" | "answers">): AnswersView {
  const form = catalogue[content.formId];
  if (form && form.version === content.formVersion) {
    // Stored answers are exactly what the forms engine saved for this version.
    const sections = checkAnswers(form, content.answers as unknown as Answers);
    return {
      notice: null,
      sections: sections.map((section) => ({
        id: section.id,
        title: section.title,
        rows: section.rows.map((row) => ({ key: row.key, lines: row.lines })),
      })),
    };
  }
  const notice = form
    ? `These answers were given on version ${content.formVersion} of the ${form.title} form, but only version ${form.version} can be shown as questions. They are listed below as they were stored, by the name each answer was saved under.`
    : `These answers were given on a form this service no longer has (${content.formId}, version ${content.formVersion}). They are listed below as they were stored, by the name each answer was saved under.`;
  return {
    notice,
    sections: [{ id: "stored-answers", title: "Answers as stored", rows: storedRows(content.answers) }],
  };
}

/** "child-date-of-birth" → "Child date of birth". */
export function humanise(name: string): string {
  const words = name
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[-_]+/g, " ")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const isRecord = (value: Json): value is { [key: string]: Json } =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A stored value as plain lines; nested values read "Key: value". */
function valueLines(value: Json): string[] {
  if (value === null) return [];
  if (Array.isArray(value)) return value.flatMap(valueLines);
  if (isRecord(value))
    return Object.entries(value).flatMap(([key, inner]) =>
      valueLines(inner).map((line) => `${humanise(key)}: ${line}`),
    );
  if (typeof value === "boolean") return [value ? "Yes" : "No"];
  return String(value).trim() === "" ? [] : [String(value)];
}

/** One row an answer, and one a repeated item ("Sibling 1", "Sibling 2"). */
export function storedRows(answers: { [key: string]: Json }): SummaryRow[] {
  return Object.entries(answers).flatMap(([name, value]): SummaryRow[] => {
    if (Array.isArray(value) && value.length > 0 && value.every(isRecord))
      return value.map((item, index) => ({ key: `${humanise(name)} ${index + 1}`, lines: valueLines(item) }));
    return [{ key: humanise(name), lines: valueLines(value) }];
  });
}
