/**
 * Reading posted form fields defensively. Bodies come from URLSearchParams/FormData (no JavaScript)
 * or from react-hook-form (with JavaScript), and may be hostile: anything that is not the expected
 * string or list of strings reads as empty rather than throwing.
 */

/** A posted body: one string per field name, or several for repeated names (checkboxes, files). */
export type PostedFields = Record<string, string | string[]>;

/** Collects a FormData or URLSearchParams body; file parts are skipped (uploads are handled elsewhere). */
export function postedFields(body: FormData | URLSearchParams): PostedFields {
  const fields: PostedFields = {};
  for (const [name, value] of body.entries()) {
    if (typeof value !== "string") continue;
    const existing = fields[name];
    if (existing === undefined) fields[name] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else fields[name] = [existing, value];
  }
  return fields;
}

/** The posted value of a field as an own property only, so names like "constructor" read nothing. */
function own(posted: unknown, name: string): unknown {
  if (typeof posted !== "object" || posted === null) return undefined;
  return Object.hasOwn(posted, name) ? (posted as Record<string, unknown>)[name] : undefined;
}

/** A single-valued field, trimmed. A list where one value is expected reads as empty. */
export function readString(posted: unknown, name: string): string {
  const value = own(posted, name);
  return typeof value === "string" ? value.trim() : "";
}

/** A multi-valued field (checkboxes, files): strings only, trimmed, empty ones dropped. */
export function readList(posted: unknown, name: string): string[] {
  const value = own(posted, name);
  const values = Array.isArray(value) ? value : [value];
  return values
    .filter((v): v is string => typeof v === "string")
    .flatMap((v) => (v.trim() ? [v.trim()] : []));
}
