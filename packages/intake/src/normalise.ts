/** Normal forms of the fields the queue searches on, so "Zoë  O'Brien" finds "zoe o'brien". */

export function normaliseName(name: string | undefined | null): string | null {
  if (!name) return null;
  const normal = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/[^\p{L}\p{N}' -]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return normal === "" ? null : normal;
}

/** A UK postcode as "SW1A 1AA", or null when the text is not one. */
export function normalisePostcode(postcode: string | undefined | null): string | null {
  if (!postcode) return null;
  const compact = postcode.toUpperCase().replace(/[^A-Z0-9]/g, "");
  if (!/^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$/.test(compact)) return null;
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

/** An ISO calendar date (YYYY-MM-DD) that exists, or null. */
export function normaliseDate(date: string | undefined | null): string | null {
  if (!date) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!match) return null;
  const [, y, m, d] = match;
  const parsed = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return parsed.toISOString().slice(0, 10) === `${y}-${m}-${d}` ? `${y}-${m}-${d}` : null;
}
