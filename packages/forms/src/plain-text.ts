import { checkAnswers } from "./check-answers.ts";
import type { Answers, FormDefinition } from "./definition.ts";

/**
 * A whole submission as plain text for emails and exports: never HTML, values exactly as given
 * (a "<b>" typed by someone stays those three characters).
 */
export function plainText(
  form: FormDefinition,
  answers: Answers,
  options: { reference?: string } = {},
): string {
  const heading = [form.title, `Form: ${form.id}, version ${form.version}`];
  if (options.reference) heading.push(`Reference: ${options.reference}`);
  const sections = checkAnswers(form, answers).map((section) =>
    [
      section.title,
      "-".repeat(section.title.length),
      ...section.rows.flatMap((row) => [
        row.key,
        ...(row.lines.length > 0 ? row.lines.map((line) => `  ${line}`) : ["  Not answered"]),
      ]),
    ].join("\n"),
  );
  return `${[heading.join("\n"), ...sections].join("\n\n")}\n`;
}
