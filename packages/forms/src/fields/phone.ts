import type { PhoneQuestion } from "../definition.ts";
import { readString } from "../posted.ts";
import { type FieldCodec, fail, missing, ok } from "./codec.ts";

const UK = /^0\d{9,10}$/;
const INTERNATIONAL = /^\+[1-9]\d{6,14}$/;

/**
 * Strips spaces and punctuation; UK numbers written internationally (+44, 0044, +44 (0)) become
 * national ("07700900123"); other international numbers keep their "+".
 */
export function normalisePhone(raw: string): string | undefined {
  if (raw.length > 40) return undefined;
  let value = raw.replace(/[\s().-]/g, "");
  if (value.startsWith("00")) value = `+${value.slice(2)}`;
  if (value.startsWith("+44")) value = `0${value.slice(3).replace(/^0/, "")}`;
  return UK.test(value) || INTERNATIONAL.test(value) ? value : undefined;
}

export const phoneCodec: FieldCodec<PhoneQuestion> = {
  names: (q) => [q.id],
  parse(q, posted) {
    const raw = readString(posted, q.id);
    if (!raw) return missing(q, q.id);
    const value = normalisePhone(raw);
    return value === undefined ? fail(q.id, q.errors.invalid) : ok(value);
  },
  toFields: (q, value) => (typeof value === "string" ? { [q.id]: value } : {}),
  format: (_q, value) => (typeof value === "string" ? [value] : []),
};
