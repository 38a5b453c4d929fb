import type { FormDefinition, QuestionDefinition } from "../definition.ts";
import { parsePage } from "../schema.ts";

export const TODAY = "2025-06-15";

/** A one-page form around a single question, for table-driven field tests. */
export const formOf = (question: QuestionDefinition): FormDefinition => ({
  id: "test-form",
  version: 1,
  title: "Test form",
  audience: "public",
  service: "children",
  allowAnonymous: false,
  safeguardingBanner: false,
  pages: [{ id: "only-page", title: "Only page", questions: [question] }],
});

export const parseOne = (question: QuestionDefinition, posted: unknown) =>
  parsePage(formOf(question), "only-page", posted, { today: TODAY, answers: {} });
