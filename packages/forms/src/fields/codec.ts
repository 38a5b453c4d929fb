import type { PostedFields } from "../posted.ts";

/** Everything parsing needs from outside: today's date in Europe/London as YYYY-MM-DD. */
export interface ParseContext {
  today: string;
}

/** A written message for one posted field (the input the error summary links to). */
export interface FieldError {
  field: string;
  message: string;
}

export type FieldResult<V> = { ok: true; value: V | undefined } | { ok: false; errors: FieldError[] };

/**
 * One question type's mapping between posted fields and its stored answer. `parse` is the server and
 * browser validation; `toFields` is its inverse (re-displaying stored answers, re-checking them);
 * `format` gives plain-text lines for check-your-answers and exports. Stored values are read as
 * `unknown` because drafts saved against an older version may not match the current definition.
 */
export interface FieldCodec<Q> {
  /** Posted field names, in page order; the first is the anchor for the error summary. */
  names(question: Q): string[];
  parse(question: Q, posted: unknown, ctx: ParseContext): FieldResult<unknown>;
  toFields(question: Q, value: unknown): PostedFields;
  format(question: Q, value: unknown): string[];
}

export const ok = <V>(value: V | undefined): FieldResult<V> => ({ ok: true, value });

export const fail = (field: string, message: string): FieldResult<never> => ({
  ok: false,
  errors: [{ field, message }],
});

/** For an unanswered question: nothing stored when optional, its required message otherwise. */
export function missing(
  question: { optional?: boolean; errors: { required?: string } },
  field: string,
): FieldResult<never> {
  if (question.optional) return { ok: true, value: undefined };
  // The definition validator guarantees a required message; an empty one still blocks the answer.
  return fail(field, question.errors.required ?? "");
}
