import type { EmailQuestion } from "../definition.ts";
import { readString } from "../posted.ts";
import { type FieldCodec, fail, missing, ok } from "./codec.ts";

// Deliberately loose (GOV.UK advice): something@domain.tld without spaces; delivery proves the rest.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** Trims and lower-cases the domain; the local part is left as typed because it may be case-sensitive. */
export function normaliseEmail(raw: string): string | undefined {
  const value = raw.trim();
  if (value.length > 254 || !EMAIL.test(value)) return undefined;
  const at = value.lastIndexOf("@");
  return `${value.slice(0, at)}@${value.slice(at + 1).toLowerCase()}`;
}

export const emailCodec: FieldCodec<EmailQuestion> = {
  names: (q) => [q.id],
  parse(q, posted) {
    const raw = readString(posted, q.id);
    if (!raw) return missing(q, q.id);
    const value = normaliseEmail(raw);
    return value === undefined ? fail(q.id, q.errors.invalid) : ok(value);
  },
  toFields: (q, value) => (typeof value === "string" ? { [q.id]: value } : {}),
  format: (_q, value) => (typeof value === "string" ? [value] : []),
};
