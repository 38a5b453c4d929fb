import type { TextareaQuestion, TextQuestion } from "../definition.ts";
import { readString } from "../posted.ts";
import { type FieldCodec, fail, missing, ok } from "./codec.ts";

/** Browsers post textarea line breaks as CRLF; the character count counts one character per break. */
const normaliseLineBreaks = (value: string) => value.replace(/\r\n?/g, "\n");

export const textCodec: FieldCodec<TextQuestion | TextareaQuestion> = {
  names: (q) => [q.id],
  parse(q, posted) {
    const value = normaliseLineBreaks(readString(posted, q.id));
    if (!value) return missing(q, q.id);
    if (value.length > q.maxLength) return fail(q.id, q.errors.tooLong);
    return ok(value);
  },
  toFields: (q, value) => (typeof value === "string" ? { [q.id]: value } : {}),
  format: (_q, value) => (typeof value === "string" ? value.split("\n") : []),
};
