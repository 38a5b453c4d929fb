import { doubleMetaphone } from "double-metaphone";
import { normaliseName } from "../normalise.ts";

/**
 * A person's name split into the parts matching compares. Each part is "compact": letters only, so
 * O'Brien, OBrien and O Brien (particle joined, below) all read "obrien", and Smith-Jones reads "smithjones".
 */
export interface NameParts {
  /** The first given name and, for a hyphenated one, the whole of it: "Mary-Jane" → ["mary", "maryjane"]. */
  givens: string[];
  /**
   * The family name (last name part, with any particles before it and any hyphens: "van der Berg" →
   * "vanderberg") and, when there are three or more parts, the last two joined, because "Amy Smith Jones"
   * may be a double-barrelled family name typed without its hyphen.
   */
  families: string[];
}

/**
 * What people type when they do not know a name. A name made only of these is no name, and a part that is
 * one of these is dropped, so "Not known Smith" is a family name alone and never matches on name.
 * "n/k" and "n/a" are removed before normalising, because normalising turns them into initials.
 */
const PLACEHOLDERS =
  /(?<=^| )(?:not known|not given|not stated|not recorded|no name|unknown|unnamed|nk|tbc|tbk|anon|anonymous)(?= |$)/g;
const SLASHED_PLACEHOLDERS = /\bn\s*\/\s*[ak]\b/gi;

/**
 * Words that belong to the family name that follows them: "Al Hassan" and "Al-Hassan",
 * "O Brien" (an apostrophe lost) and "O'Brien". Never the first word, which is always the given name.
 */
const PARTICLES = new Set([
  "al",
  "el",
  "bin",
  "ibn",
  "van",
  "von",
  "der",
  "den",
  "de",
  "da",
  "du",
  "del",
  "della",
  "la",
  "le",
  "mac",
  "mc",
  "st",
  "o",
]);

/** Letters NFKD leaves alone, so "Łukasz" sounds like "Lukasz" and "Søren" like "Soren". */
const FOLDS: Record<string, string> = {
  ł: "l",
  ø: "o",
  đ: "d",
  ð: "d",
  þ: "th",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ı: "i",
};

function compact(word: string): string {
  return word.replace(/[łøđðþßæœı]/g, (c) => FOLDS[c] ?? c).replace(/[^\p{L}]/gu, "");
}

/** The words of a name that are really a name: no placeholders, no stray punctuation or digits. */
export function nameWords(name: string | null | undefined): string[] {
  const normal = normaliseName(name?.replace(SLASHED_PLACEHOLDERS, " "));
  if (!normal) return [];
  return normal
    .replace(PLACEHOLDERS, " ")
    .replace(/ ?- ?/g, "-") // "Smith - Jones" is hyphenated, not a middle name Smith
    .split(" ")
    .filter((word) => compact(word) !== "");
}

/** Splits a name typed as "Given Middle Family"; null when there is not both a given and a family name. */
export function parseName(name: string | null | undefined): NameParts | null {
  const words = nameWords(name);
  // One word cannot tell a given name from a family name, and "Jayden" alone is far too common to match.
  if (words.length < 2) return null;

  const last = words.length - 1;
  let start = last;
  while (start > 1 && PARTICLES.has(compact(words[start - 1]!))) start--;
  const families = [compact(words.slice(start).join(""))];
  if (start === last && words.length >= 3) families.push(compact(words[last - 1]! + words[last]!));

  const first = words[0]!;
  const firstPart = compact(first.split("-").find((part) => compact(part) !== "") ?? first);
  const givens = [firstPart];
  if (compact(first) !== firstPart) givens.push(compact(first));
  return { givens, families };
}

/**
 * The double metaphone primary code, so Jayden/Jaiden/Jaden, Mohammed/Muhammad/Mohamed and
 * Catherine/Katherine/Kathryn share one. Only the primary: it is what the database indexes, and matching
 * uses the same codes so that whatever matches on sound is also found by the index. Null for names with
 * no Latin letters (the algorithm only knows English spelling); those still match when spelt the same.
 */
export function phoneticKey(compactName: string): string | null {
  return doubleMetaphone(compactName)[0] || null;
}
