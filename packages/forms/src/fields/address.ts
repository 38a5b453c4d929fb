import type { AddressAnswer, AddressQuestion } from "../definition.ts";
import { readString } from "../posted.ts";
import { type FieldCodec, type FieldError, ok } from "./codec.ts";
import { normalisePostcode } from "./postcode.ts";

const PART_LIMIT = 100;
const PARTS = ["line-1", "line-2", "town", "county", "postcode"] as const;

export const addressNames = (id: string) => PARTS.map((part) => `${id}-${part}`);

const isAddress = (value: unknown): value is AddressAnswer =>
  typeof value === "object" && value !== null && "line1" in value && "postcode" in value;

export const addressCodec: FieldCodec<AddressQuestion> = {
  names: (q) => addressNames(q.id),
  parse(q, posted) {
    const [line1, line2, town, county, postcode] = PARTS.map((part) =>
      readString(posted, `${q.id}-${part}`),
    ) as [string, string, string, string, string];
    if (!line1 && !line2 && !town && !county && !postcode && q.optional) return ok(undefined);
    const errors: FieldError[] = [];
    const check = (part: string, value: string, requiredMessage?: string) => {
      if (!value && requiredMessage !== undefined)
        errors.push({ field: `${q.id}-${part}`, message: requiredMessage });
      else if (value.length > PART_LIMIT)
        errors.push({ field: `${q.id}-${part}`, message: q.errors.tooLong });
    };
    check("line-1", line1, q.errors.line1);
    check("line-2", line2);
    check("town", town, q.errors.town);
    check("county", county);
    const normalised = normalisePostcode(postcode);
    if (!postcode) errors.push({ field: `${q.id}-postcode`, message: q.errors.postcode });
    else if (normalised === undefined)
      errors.push({ field: `${q.id}-postcode`, message: q.errors.postcodeInvalid });
    if (errors.length > 0 || normalised === undefined) return { ok: false, errors };
    return ok<AddressAnswer>({
      line1,
      ...(line2 ? { line2 } : {}),
      town,
      ...(county ? { county } : {}),
      postcode: normalised,
    });
  },
  toFields(q, value) {
    if (!isAddress(value)) return {};
    const parts = [value.line1, value.line2, value.town, value.county, value.postcode];
    return Object.fromEntries(PARTS.flatMap((part, i) => (parts[i] ? [[`${q.id}-${part}`, parts[i]]] : [])));
  },
  format: (_q, value) =>
    isAddress(value)
      ? [value.line1, value.line2, value.town, value.county, value.postcode].filter(
          (line): line is string => typeof line === "string" && line !== "",
        )
      : [],
};
