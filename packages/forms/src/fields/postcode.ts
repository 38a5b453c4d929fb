import type { PostcodeQuestion } from "../definition.ts";
import { readString } from "../posted.ts";
import { type FieldCodec, fail, missing, ok } from "./codec.ts";

// Outward code (area, district, optional sub-district) then inward code; GIR 0AA is the one exception.
const POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?|GIR)(\d[A-Z]{2})$/;

/** Upper case with a single space before the inward code ("sw1a1aa" → "SW1A 1AA"), or undefined. */
export function normalisePostcode(raw: string): string | undefined {
  if (raw.length > 16) return undefined;
  const match = POSTCODE.exec(raw.replace(/\s+/g, "").toUpperCase());
  return match ? `${match[1]} ${match[2]}` : undefined;
}

export const postcodeCodec: FieldCodec<PostcodeQuestion> = {
  names: (q) => [q.id],
  parse(q, posted) {
    const raw = readString(posted, q.id);
    if (!raw) return missing(q, q.id);
    const value = normalisePostcode(raw);
    return value === undefined ? fail(q.id, q.errors.invalid) : ok(value);
  },
  toFields: (q, value) => (typeof value === "string" ? { [q.id]: value } : {}),
  format: (_q, value) => (typeof value === "string" ? [value] : []),
};
