import type { NumberQuestion } from "../definition.ts";
import { readString } from "../posted.ts";
import { type FieldCodec, fail, missing, ok } from "./codec.ts";

// Digits with an optional sign and decimal part; thousands separators and spaces are removed first.
const NUMBER = /^-?\d{1,15}(\.\d{1,6})?$/;

export const numberCodec: FieldCodec<NumberQuestion> = {
  names: (q) => [q.id],
  parse(q, posted) {
    const raw = readString(posted, q.id);
    if (!raw) return missing(q, q.id);
    const cleaned = raw.length <= 40 ? raw.replace(/[,\s]/g, "") : "";
    if (!NUMBER.test(cleaned)) return fail(q.id, q.errors.invalid);
    const value = Number(cleaned);
    if (q.wholeNumber && !Number.isInteger(value)) return fail(q.id, q.errors.notWhole ?? q.errors.invalid);
    if (q.min !== undefined && value < q.min) return fail(q.id, q.errors.tooSmall ?? q.errors.invalid);
    if (q.max !== undefined && value > q.max) return fail(q.id, q.errors.tooLarge ?? q.errors.invalid);
    return ok(value);
  },
  toFields: (q, value) => (typeof value === "number" ? { [q.id]: String(value) } : {}),
  format: (q, value) =>
    typeof value === "number" ? [q.suffix ? `${value} ${q.suffix}` : String(value)] : [],
};
