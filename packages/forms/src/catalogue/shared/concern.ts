/** Shared by the safeguarding concern forms (children and adults, professional and public). */
import type { PageDefinition } from "../../definition.ts";
import { date, options, textarea } from "./builders.ts";

/** Yes, no or "I do not know": for example "Is the child safe now?". */
export const YES_NO_NOT_KNOWN = options(["yes", "Yes"], ["no", "No"], ["not-known", "I do not know"]);

/** The "What has happened" page of a concern: the account (hint by form) and when it happened. */
export function whatHappenedPage(hint: string, section: string): PageDefinition {
  return {
    id: "concern-details",
    title: "What has happened",
    section,
    questions: [
      textarea(
        "concern-what-happened",
        "What has happened?",
        {
          required: "Enter what has happened",
          tooLong: "What has happened must be 5000 characters or less",
        },
        { maxLength: 5000, rows: 8, hint },
      ),
      date("concern-date", "When did it happen or when did you find out?", "past-or-today", {
        required: "Enter when it happened or when you found out",
        invalid: "The date must be a real date",
        rule: "The date must be today or in the past",
      }),
    ],
  };
}
