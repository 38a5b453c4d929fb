import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CROCKFORD, makeReference, REFERENCE_PATTERN, randomId, yearMonth } from "./ids.ts";
import { normaliseDate, normaliseName, normalisePostcode } from "./normalise.ts";

describe("randomId", () => {
  it("is 128 random bits in base64url", () => {
    const ids = new Set(Array.from({ length: 1000 }, randomId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(Buffer.from(id, "base64url")).toHaveLength(16);
  });
});

describe("yearMonth (England)", () => {
  it.each([
    ["2026-11-02T10:00:00Z", "2611"],
    ["2026-06-30T23:30:00Z", "2607"], // 00:30 BST on 1 July
    ["2026-12-31T23:59:59Z", "2612"], // GMT: still December
    ["2027-01-01T00:00:00Z", "2701"],
  ])("%s → %s", (iso, expected) => {
    expect(yearMonth(new Date(iso))).toBe(expected);
  });
});

describe("makeReference", () => {
  it("uses only Crockford base32 characters", () => {
    fc.assert(
      fc.property(fc.constantFrom("children", "early-help", "adults", "lado" as const), (service) => {
        const reference = makeReference(service, new Date("2026-11-02T10:00:00Z"));
        expect(reference).toMatch(REFERENCE_PATTERN);
      }),
    );
    expect(CROCKFORD).toHaveLength(32);
    expect(CROCKFORD).not.toMatch(/[ILOU]/);
    expect(makeReference("early-help", new Date("2026-11-02T10:00:00Z"), () => 31)).toBe("EH-2611-ZZZZ");
  });
});

describe("normalise", () => {
  it.each([
    ["  Zoë   O’Brien ", "zoe o'brien"],
    ["JOHN-PAUL SMITH", "john-paul smith"],
    ["Łukasz (Luke) Nowak", "łukasz luke nowak"],
    ["", null],
    ["  !! ", null],
  ])("name %j → %j", (input, expected) => {
    expect(normaliseName(input)).toBe(expected);
  });

  it.each([
    ["sw1a1aa", "SW1A 1AA"],
    [" m1  1ae ", "M1 1AE"],
    ["B33 8TH", "B33 8TH"],
    ["CR2 6XH", "CR2 6XH"],
    ["not a postcode", null],
    ["12345", null],
    [undefined, null],
  ])("postcode %j → %j", (input, expected) => {
    expect(normalisePostcode(input)).toBe(expected);
  });

  it.each([
    ["2018-03-09", "2018-03-09"],
    ["2019-02-29", null],
    ["2020-02-29", "2020-02-29"],
    ["09/03/2018", null],
    ["", null],
  ])("date %j → %j", (input, expected) => {
    expect(normaliseDate(input)).toBe(expected);
  });
});
