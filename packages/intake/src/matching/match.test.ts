import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { personKeys } from "./keys.ts";
import {
  contactsInLast12Months,
  type KnownPerson,
  MATCH_WEIGHTS,
  type MatchReason,
  type MatchStrength,
  matchPerson,
  type PersonMatch,
} from "./match.ts";
import { parseName } from "./names.ts";

type Subject = { name: string; dateOfBirth?: string | null; postcode?: string | null };

let nextId = 0;
function known(person: Subject & Partial<KnownPerson>): KnownPerson {
  nextId++;
  return {
    itemId: `item-${nextId}`,
    reference: `CSC-2611-${String(nextId).padStart(4, "0")}`,
    service: "children",
    receivedAt: new Date("2026-06-01T10:00:00Z"),
    dateOfBirth: null,
    postcode: null,
    role: "child",
    ...person,
  };
}

/** What the database query in keys.ts would return: matchPerson must only need candidates it finds. */
function indexFinds(subject: Subject, candidate: KnownPerson): boolean {
  const s = personKeys(subject);
  const c = personKeys(candidate);
  return (
    (s.familyKey !== null && (c.familyKey === s.familyKey || c.givenKey === s.familyKey)) ||
    (s.dateOfBirth !== null && c.dateOfBirth === s.dateOfBirth) ||
    (s.postcode !== null && c.postcode === s.postcode)
  );
}

const DOB = "2015-03-04";
const PC = "M1 1AE";

type Expected = { strength: MatchStrength; reasons: MatchReason[] } | null;
const strong = (...reasons: MatchReason[]): Expected => ({ strength: "strong", reasons });
const possible = (...reasons: MatchReason[]): Expected => ({ strength: "possible", reasons });

describe("matchPerson: one subject against one earlier person", () => {
  it.each<[string, Subject, Subject, Expected]>([
    // Spelling variants of given names.
    [
      "Jaiden ~ Jayden",
      { name: "Jaiden Smith", dateOfBirth: DOB },
      { name: "Jayden Smith", dateOfBirth: DOB },
      strong("name-sounds-alike", "same-date-of-birth"),
    ],
    [
      "Jaden ~ Jayden",
      { name: "Jaden Smith", dateOfBirth: DOB },
      { name: "Jayden Smith", dateOfBirth: DOB },
      strong("name-sounds-alike", "same-date-of-birth"),
    ],
    [
      "Muhammad ~ Mohammed",
      { name: "Muhammad Khan", dateOfBirth: DOB },
      { name: "Mohammed Khan", dateOfBirth: DOB },
      strong("name-sounds-alike", "same-date-of-birth"),
    ],
    [
      "Mohamed ~ Mohammed",
      { name: "Mohamed Khan", dateOfBirth: DOB },
      { name: "Mohammed Khan", dateOfBirth: DOB },
      strong("name-sounds-alike", "same-date-of-birth"),
    ],
    [
      "Katherine ~ Catherine",
      { name: "Katherine Hughes", dateOfBirth: DOB },
      { name: "Catherine Hughes", dateOfBirth: DOB },
      strong("name-sounds-alike", "same-date-of-birth"),
    ],
    [
      "Kathryn ~ Catherine",
      { name: "Kathryn Hughes", dateOfBirth: DOB },
      { name: "Catherine Hughes", dateOfBirth: DOB },
      strong("name-sounds-alike", "same-date-of-birth"),
    ],
    [
      "Zoe = Zoë",
      { name: "Zoe Patel", dateOfBirth: DOB },
      { name: "Zoë Patel", dateOfBirth: DOB },
      strong("same-name", "same-date-of-birth"),
    ],
    // Family names.
    [
      "OBrien = O'Brien",
      { name: "Sean OBrien", dateOfBirth: DOB },
      { name: "Sean O'Brien", dateOfBirth: DOB },
      strong("same-name", "same-date-of-birth"),
    ],
    [
      "O Brien = O’Brien",
      { name: "sean o brien", dateOfBirth: DOB },
      { name: "SEAN O’BRIEN", dateOfBirth: DOB },
      strong("same-name", "same-date-of-birth"),
    ],
    [
      "Smith Jones = Smith-Jones",
      { name: "Amy Smith Jones", dateOfBirth: DOB },
      { name: "Amy Smith-Jones", dateOfBirth: DOB },
      strong("same-name", "same-date-of-birth"),
    ],
    [
      "SmithJones = Smith-Jones",
      { name: "Amy SmithJones" },
      { name: "Amy Smith-Jones" },
      possible("same-name"),
    ],
    [
      "Smith - Jones = Smith-Jones",
      { name: "Amy Smith - Jones", postcode: PC },
      { name: "Amy Smith-Jones", postcode: PC },
      possible("same-name", "same-postcode"),
    ],
    [
      "Al Hassan = Al-Hassan",
      { name: "Omar Al Hassan", dateOfBirth: DOB },
      { name: "Omar Al-Hassan", dateOfBirth: DOB },
      strong("same-name", "same-date-of-birth"),
    ],
    [
      "Muhammad Al-Hassan ~ Mohammed Alhassan",
      { name: "Muhammad Al-Hassan" },
      { name: "Mohammed Alhassan" },
      possible("name-sounds-alike"),
    ],
    // Case, diacritics, spaces, middle names.
    [
      "case and extra spaces",
      { name: "  JAYDEN   smith ", dateOfBirth: DOB },
      { name: "Jayden Smith", dateOfBirth: DOB },
      strong("same-name", "same-date-of-birth"),
    ],
    [
      "middle name recorded once",
      { name: "Amy Jane Smith", dateOfBirth: DOB },
      { name: "Amy Smith", dateOfBirth: DOB },
      strong("same-name", "same-date-of-birth"),
    ],
    [
      "Mary-Jane = Mary",
      { name: "Mary-Jane Smith", dateOfBirth: DOB },
      { name: "Mary Smith", dateOfBirth: DOB },
      strong("same-name", "same-date-of-birth"),
    ],
    [
      "Łukasz = Lukasz",
      { name: "Łukasz Nowak", dateOfBirth: DOB },
      { name: "Lukasz Nowak", dateOfBirth: DOB },
      strong("same-name", "same-date-of-birth"),
    ],
    [
      "same name, different script",
      { name: "محمد علي", dateOfBirth: DOB },
      { name: "محمد علي", dateOfBirth: DOB },
      strong("same-name", "same-date-of-birth"),
    ],
    // Given and family names swapped.
    [
      "swapped, same date of birth",
      { name: "Khan Mohammed", dateOfBirth: DOB },
      { name: "Mohammed Khan", dateOfBirth: DOB },
      strong("names-swapped", "same-date-of-birth"),
    ],
    [
      "swapped and spelt differently",
      { name: "Khan Muhammad", dateOfBirth: DOB },
      { name: "Mohammed Khan", dateOfBirth: DOB },
      strong("names-swapped", "same-date-of-birth"),
    ],
    [
      "swapped, same postcode",
      { name: "Smith Jayden", postcode: PC },
      { name: "Jayden Smith", postcode: PC },
      possible("names-swapped", "same-postcode"),
    ],
    ["swapped alone is not enough", { name: "Thomas James" }, { name: "James Thomas" }, null],
    // Dates of birth.
    [
      "day and month swapped",
      { name: "Jayden Smith", dateOfBirth: "2015-03-04" },
      { name: "Jayden Smith", dateOfBirth: "2015-04-03" },
      possible("same-name", "date-of-birth-day-month-swapped"),
    ],
    [
      "day and month swapped, sounds alike, same postcode",
      { name: "Jaiden Smith", dateOfBirth: "2015-03-04", postcode: PC },
      { name: "Jayden Smith", dateOfBirth: "2015-04-03", postcode: "m11ae" },
      possible("name-sounds-alike", "date-of-birth-day-month-swapped", "same-postcode"),
    ],
    [
      "day and month swapped but another year: conflict",
      { name: "Jayden Smith", dateOfBirth: "2015-03-04" },
      { name: "Jayden Smith", dateOfBirth: "2016-04-03" },
      null,
    ],
    [
      "conflicting date of birth",
      { name: "Jayden Smith", dateOfBirth: "2015-03-04" },
      { name: "Jayden Smith", dateOfBirth: "2015-03-05" },
      null,
    ],
    [
      "same name, same postcode, a different child",
      { name: "Jayden Smith", dateOfBirth: "2015-03-04", postcode: PC },
      { name: "Jayden Smith", dateOfBirth: "2019-11-20", postcode: PC },
      null,
    ],
    [
      "no date of birth either side",
      { name: "Jayden Smith" },
      { name: "Jayden Smith" },
      possible("same-name"),
    ],
    [
      "date of birth on one side only",
      { name: "Jayden Smith", dateOfBirth: DOB },
      { name: "Jayden Smith" },
      possible("same-name"),
    ],
    [
      "an invalid date of birth is unknown",
      { name: "Jayden Smith", dateOfBirth: "04/03/2015" },
      { name: "Jayden Smith", dateOfBirth: DOB },
      possible("same-name"),
    ],
    [
      "same name and postcode, no date of birth",
      { name: "Jayden Smith", postcode: "m1 1ae" },
      { name: "Jayden Smith", postcode: PC },
      possible("same-name", "same-postcode"),
    ],
    [
      "sounds alike, no date of birth",
      { name: "Jaiden Smith" },
      { name: "Jayden Smith" },
      possible("name-sounds-alike"),
    ],
    [
      "different postcode counts neither way",
      { name: "Jayden Smith", dateOfBirth: DOB, postcode: "B33 8TH" },
      { name: "Jayden Smith", dateOfBirth: DOB, postcode: PC },
      strong("same-name", "same-date-of-birth"),
    ],
    // Coincidences that are not matches.
    [
      "date of birth alone",
      { name: "Jayden Smith", dateOfBirth: DOB },
      { name: "Olivia Brown", dateOfBirth: DOB },
      null,
    ],
    [
      "twin: same family, date of birth and postcode",
      { name: "Jayden Smith", dateOfBirth: DOB, postcode: PC },
      { name: "Tyler Smith", dateOfBirth: DOB, postcode: PC },
      null,
    ],
    ["postcode alone", { name: "Jayden Smith", postcode: PC }, { name: "Olivia Brown", postcode: PC }, null],
    [
      "same given name only",
      { name: "Jayden Smith", dateOfBirth: DOB },
      { name: "Jayden Brown", dateOfBirth: DOB },
      null,
    ],
    // Unknown names never match anything.
    [
      "Not known ↔ Not known",
      { name: "Not known", dateOfBirth: DOB, postcode: PC },
      { name: "Not known", dateOfBirth: DOB, postcode: PC },
      null,
    ],
    [
      "Not known ↔ a name",
      { name: "Not known", dateOfBirth: DOB, postcode: PC },
      { name: "Jayden Smith", dateOfBirth: DOB, postcode: PC },
      null,
    ],
    [
      "a name ↔ Unknown",
      { name: "Jayden Smith", dateOfBirth: DOB },
      { name: "UNKNOWN", dateOfBirth: DOB },
      null,
    ],
    ["empty ↔ empty", { name: "", dateOfBirth: DOB }, { name: "  ", dateOfBirth: DOB }, null],
    [
      "N/K Smith ↔ N/K Smith",
      { name: "N/K Smith", dateOfBirth: DOB },
      { name: "n/k Smith", dateOfBirth: DOB },
      null,
    ],
    [
      "Not known Smith ↔ Not known Smith",
      { name: "Not known Smith", dateOfBirth: DOB },
      { name: "Not known Smith", dateOfBirth: DOB },
      null,
    ],
    ["one name only", { name: "Jayden", dateOfBirth: DOB }, { name: "Jayden", dateOfBirth: DOB }, null],
  ])("%s", (_, subject, candidate, expected) => {
    const person = known(candidate);
    const matches = matchPerson(subject, [person]);
    if (expected === null) {
      expect(matches).toEqual([]);
      return;
    }
    expect(matches).toHaveLength(1);
    const [match] = matches as [PersonMatch];
    expect(match.person).toBe(person);
    expect({ strength: match.strength, reasons: match.reasons }).toEqual(expected);
    expect(match.score).toBe(expected.reasons.reduce((sum, reason) => sum + MATCH_WEIGHTS[reason], 0));
    // The database query would have offered this candidate.
    expect(indexFinds(subject, person)).toBe(true);
    // Matching is symmetric: the earlier person would have found the subject too.
    expect(matchPerson(candidate, [known(subject)]).map((m) => m.reasons)).toEqual([expected.reasons]);
  });
});

describe("matchPerson: several candidates", () => {
  it("never matches the item being screened", () => {
    const self = known({ itemId: "this-item", name: "Jayden Smith", dateOfBirth: DOB });
    const earlier = known({ itemId: "earlier", name: "Jayden Smith", dateOfBirth: DOB });
    const matches = matchPerson({ name: "Jayden Smith", dateOfBirth: DOB }, [self, earlier], {
      excludeItemId: "this-item",
    });
    expect(matches.map((m) => m.person.itemId)).toEqual(["earlier"]);
  });

  it("sorts by score, then the most recently received", () => {
    const subject = { name: "Jayden Smith", dateOfBirth: DOB, postcode: PC };
    const at = (iso: string) => new Date(iso);
    const candidates = [
      known({ itemId: "name-only-old", name: "Jayden Smith", receivedAt: at("2024-01-01T00:00:00Z") }),
      known({
        itemId: "sounds-dob",
        name: "Jaiden Smith",
        dateOfBirth: DOB,
        receivedAt: at("2026-01-01T00:00:00Z"),
      }),
      known({ itemId: "name-only-new", name: "Jayden Smith", receivedAt: at("2025-01-01T00:00:00Z") }),
      known({
        itemId: "all",
        name: "Jayden Smith",
        dateOfBirth: DOB,
        postcode: PC,
        receivedAt: at("2020-01-01T00:00:00Z"),
      }),
      known({ itemId: "different-child", name: "Jayden Smith", dateOfBirth: "2012-12-12" }),
      known({ itemId: "sibling", name: "Tyler Smith", dateOfBirth: DOB, postcode: PC }),
    ];
    const matches = matchPerson(subject, candidates);
    expect(matches.map((m) => [m.person.itemId, m.score, m.strength])).toEqual([
      ["all", 100, "strong"],
      ["sounds-dob", 75, "strong"],
      ["name-only-new", 50, "possible"],
      ["name-only-old", 50, "possible"],
    ]);
  });
});

describe("contactsInLast12Months", () => {
  const at = new Date("2026-11-02T10:00:00Z");
  const match = (itemId: string, receivedAt: string, strength: MatchStrength = "strong"): PersonMatch => ({
    person: known({ itemId, name: "Jayden Smith", receivedAt: new Date(receivedAt) }),
    score: 85,
    strength,
    reasons: ["same-name", "same-date-of-birth"],
  });

  it.each<[string, PersonMatch[], number]>([
    ["nothing", [], 0],
    ["exactly 12 months earlier is outside", [match("a", "2025-11-02T10:00:00Z")], 0],
    ["1 ms inside", [match("a", "2025-11-02T10:00:00.001Z")], 1],
    ["1 day inside", [match("a", "2025-11-03T10:00:00Z")], 1],
    ["1 day outside", [match("a", "2025-11-01T10:00:00Z")], 0],
    ["received at `at` itself", [match("a", "2026-11-02T10:00:00Z")], 1],
    ["received after `at`", [match("a", "2026-11-02T10:00:00.001Z"), match("b", "2026-12-01T00:00:00Z")], 0],
    ["possible matches do not count", [match("a", "2026-06-01T00:00:00Z", "possible")], 0],
    [
      "an item counts once for two of its people",
      [match("a", "2026-06-01T00:00:00Z"), match("a", "2026-06-01T00:00:00Z")],
      1,
    ],
    [
      "distinct items",
      [
        match("a", "2026-06-01T00:00:00Z"),
        match("b", "2026-01-01T00:00:00Z"),
        match("c", "2024-01-01T00:00:00Z"),
      ],
      2,
    ],
  ])("%s → %i", (_, matches, expected) => {
    expect(contactsInLast12Months(matches, at)).toBe(expected);
  });

  it.each([
    // 29 February has no anniversary the year before: the window starts on 28 February.
    ["2028-02-29T12:00:00Z", "2027-02-28T12:00:00Z", 0],
    ["2028-02-29T12:00:00Z", "2027-02-28T12:00:01Z", 1],
    ["2028-02-29T12:00:00Z", "2027-03-01T00:00:00Z", 1],
    // Calendar months, not 365 days: a leap year's extra day is inside the window.
    ["2028-03-01T00:00:00Z", "2027-03-01T00:00:00Z", 0],
    ["2028-03-01T00:00:00Z", "2027-03-02T00:00:00Z", 1],
    ["2027-01-01T00:00:00Z", "2026-01-01T00:00:00Z", 0],
  ])("at %s, received %s → %i", (atIso, receivedAt, expected) => {
    expect(contactsInLast12Months([match("a", receivedAt)], new Date(atIso))).toBe(expected);
  });

  it("counts the strong matches matchPerson finds", () => {
    const subject = { name: "Jaiden Smith", dateOfBirth: DOB };
    const candidates = [
      known({
        itemId: "a",
        name: "Jayden Smith",
        dateOfBirth: DOB,
        receivedAt: new Date("2026-10-01T00:00:00Z"),
      }),
      known({
        itemId: "a",
        name: "Jayden Smith",
        dateOfBirth: DOB,
        role: "sibling",
        receivedAt: new Date("2026-10-01T00:00:00Z"),
      }),
      known({
        itemId: "b",
        name: "Jayden Smith",
        dateOfBirth: "2015-04-03",
        receivedAt: new Date("2026-09-01T00:00:00Z"),
      }),
      known({
        itemId: "c",
        name: "Smith Jayden",
        dateOfBirth: DOB,
        receivedAt: new Date("2026-03-01T00:00:00Z"),
      }),
      known({
        itemId: "d",
        name: "Jayden Smith",
        dateOfBirth: DOB,
        receivedAt: new Date("2025-03-01T00:00:00Z"),
      }),
    ];
    const matches = matchPerson(subject, candidates);
    expect(matches).toHaveLength(5);
    expect(contactsInLast12Months(matches, at)).toBe(2); // a (once) and c; b is possible, d too old
  });
});

describe("matchPerson properties", () => {
  const word = fc.oneof(
    fc.constantFrom(
      "Jayden",
      "Jaiden",
      "Zoë",
      "O'Brien",
      "Smith-Jones",
      "Mohammed",
      "Muhammad",
      "al",
      "de",
      "Khan",
    ),
    fc.stringMatching(/^[A-Za-zÀ-ÿŁł'’-]{1,10}$/),
  );
  const name = fc
    .tuple(fc.array(word, { minLength: 1, maxLength: 4 }), fc.constantFrom(" ", "  ", "\t"))
    .map(([words, gap]) => words.join(gap));
  const isoDate = fc
    .date({
      min: new Date("1990-01-01T00:00:00Z"),
      max: new Date("2030-12-31T00:00:00Z"),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
  const postcode = fc.constantFrom("M1 1AE", "SW1A 1AA", "B33 8TH", "not one");
  const person = fc.record({
    itemId: fc.constantFrom("a", "b", "c", "d"),
    reference: fc.constant("CSC-2611-0000"),
    service: fc.constant("children"),
    receivedAt: fc.date({
      min: new Date("2020-01-01T00:00:00Z"),
      max: new Date("2030-01-01T00:00:00Z"),
      noInvalidDate: true,
    }),
    name,
    dateOfBirth: maybe(isoDate),
    postcode: maybe(postcode),
  });

  it("never returns the excluded item, and returns matches best first", () => {
    fc.assert(
      fc.property(
        person,
        fc.array(person, { maxLength: 12 }),
        fc.constantFrom("a", "b", "c", "d"),
        (subject, candidates, excludeItemId) => {
          const matches = matchPerson(subject, candidates, { excludeItemId });
          for (const m of matches) expect(m.person.itemId).not.toBe(excludeItemId);
          for (let i = 1; i < matches.length; i++)
            expect(matches[i - 1]!.score).toBeGreaterThanOrEqual(matches[i]!.score);
        },
      ),
    );
  });

  it("always matches an identical copy as strong when name and date of birth are present", () => {
    fc.assert(
      fc.property(person, (subject) => {
        fc.pre(subject.dateOfBirth !== null && parseName(subject.name) !== null);
        const matches = matchPerson(subject, [{ ...subject }]);
        expect(matches).toHaveLength(1);
        expect(matches[0]).toMatchObject({
          strength: "strong",
          reasons: expect.arrayContaining(["same-name", "same-date-of-birth"]),
        });
      }),
    );
  });
});
