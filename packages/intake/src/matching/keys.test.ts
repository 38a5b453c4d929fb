import { describe, expect, it } from "vitest";
import { personKeys } from "./keys.ts";
import { parseName } from "./names.ts";

describe("personKeys: spelling variants share a key", () => {
  it.each([
    ["Jayden", "Jaiden", "Jaden"],
    ["Mohammed", "Muhammad", "Mohamed", "Mohammad", "Muhammed"],
    ["Catherine", "Katherine", "Kathryn"],
    ["Zoë", "Zoe", "ZOE", "zoë"],
    ["Łukasz", "Lukasz"],
    ["Mary-Jane", "Mary", "mary jane"], // the first given name; "Mary Jane Smith" has Jane as a middle name
  ])("given names %j …", (...variants) => {
    const keys = variants.map((given) => personKeys({ name: `${given} Smith` }).givenKey);
    expect(keys[0]).not.toBeNull();
    expect(new Set(keys).size).toBe(1);
  });

  it.each([
    ["O'Brien", "OBrien", "O’Brien", "o brien", "O'BRIEN"],
    ["Smith-Jones", "SmithJones", "Smith - Jones", "smith-JONES"],
    ["Al-Hassan", "Al Hassan", "Alhassan"],
    ["van der Berg", "Van-Der-Berg", "Vanderberg"],
    ["Mohammed", "Muhammad", "Mohamed"],
  ])("family names %j …", (...variants) => {
    const keys = variants.map((family) => personKeys({ name: `Amy ${family}` }).familyKey);
    expect(keys[0]).not.toBeNull();
    expect(new Set(keys).size).toBe(1);
  });

  it("keys given and family names so that swapped names are found by given_key = familyKey", () => {
    const recorded = personKeys({ name: "Mohammed Khan" });
    const swapped = personKeys({ name: "Khan Muhammad" });
    expect(swapped.familyKey).toBe(recorded.givenKey);
    expect(swapped.givenKey).toBe(recorded.familyKey);
  });

  it("ignores middle names", () => {
    expect(personKeys({ name: "Amy Jane Louise Smith" })).toEqual({
      ...personKeys({ name: "Amy Smith" }),
      normalName: "amy jane louise smith",
    });
  });
});

describe("personKeys", () => {
  it("normalises every field", () => {
    expect(personKeys({ name: "  Zoë   O’Brien ", dateOfBirth: "2018-03-09", postcode: "sw1a1aa" })).toEqual({
      normalName: "zoe o'brien",
      givenKey: "S",
      familyKey: "APRN",
      dateOfBirth: "2018-03-09",
      postcode: "SW1A 1AA",
    });
  });

  it.each([
    ["", null],
    ["   ", null],
    ["Not known", null],
    ["NOT KNOWN", null],
    ["unknown", null],
    ["N/K", null],
    ["n/a", null],
    ["?", null],
    ["Unknown Unknown", null],
    ["Jayden", "jayden"], // a name, but one word: indexed by name only
    ["Not known Smith", "not known smith"],
    ["Jayden N/K", "jayden n k"],
  ])("name %j has no given or family key (normalName %j)", (name, normalName) => {
    expect(personKeys({ name })).toEqual({
      normalName,
      givenKey: null,
      familyKey: null,
      dateOfBirth: null,
      postcode: null,
    });
  });

  it("has no phonetic keys for names in scripts double metaphone does not know, but still a normal name", () => {
    expect(personKeys({ name: "محمد علي" })).toMatchObject({
      normalName: "محمد علي",
      givenKey: null,
      familyKey: null,
    });
  });

  it.each([
    ["09/03/2018", "not a postcode"],
    ["2019-02-29", "12345"],
    [null, null],
  ])("unknown or invalid date %j and postcode %j are null", (dateOfBirth, postcode) => {
    expect(personKeys({ name: "Amy Smith", dateOfBirth, postcode })).toMatchObject({
      dateOfBirth: null,
      postcode: null,
    });
  });
});

describe("parseName", () => {
  it.each([
    ["Amy Smith", ["amy"], ["smith"]],
    ["Amy Jane Smith", ["amy"], ["smith", "janesmith"]],
    ["Amy Smith-Jones", ["amy"], ["smithjones"]],
    ["Amy Smith Jones", ["amy"], ["jones", "smithjones"]],
    ["Sean O Brien", ["sean"], ["obrien"]],
    ["Maria de la Cruz", ["maria"], ["delacruz"]],
    ["Anh Le", ["anh"], ["le"]], // a particle is never taken as the given name
    ["Mary-Jane Smith", ["mary", "maryjane"], ["smith"]],
    ["Jayden 2 Smith", ["jayden"], ["smith"]],
  ])("%j → given %j, family %j", (name, givens, families) => {
    expect(parseName(name)).toEqual({ givens, families });
  });
});
