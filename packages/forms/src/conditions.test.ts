import { describe, expect, test } from "vitest";
import { conditionIds, evaluate, isAnswered, lookupIn } from "./conditions.ts";
import type { Answers, Condition } from "./definition.ts";

const answers: Answers = {
  role: "professional",
  count: 3,
  concerns: ["neglect", "physical"],
  empty: [],
  name: "",
};
const lookup = lookupIn(answers);

describe("evaluate", () => {
  test.each<[string, Condition, boolean]>([
    ["equals a string", { equals: ["role", "professional"] }, true],
    ["equals another string", { equals: ["role", "public"] }, false],
    ["equals a number", { equals: ["count", 3] }, true],
    ["equals is strict about types", { equals: ["count", "3"] }, false],
    ["equals on an unanswered question", { equals: ["missing", "x"] }, false],
    ["includes a chosen checkbox", { includes: ["concerns", "physical"] }, true],
    ["includes an unchosen checkbox", { includes: ["concerns", "emotional"] }, false],
    ["includes on a non-list", { includes: ["role", "professional"] }, false],
    ["answered", { answered: "role" }, true],
    ["answered with an empty list", { answered: "empty" }, false],
    ["answered with an empty string", { answered: "name" }, false],
    ["answered when absent", { answered: "missing" }, false],
    ["all true", { all: [{ answered: "role" }, { equals: ["count", 3] }] }, true],
    ["all with one false", { all: [{ answered: "role" }, { answered: "missing" }] }, false],
    ["any with one true", { any: [{ answered: "missing" }, { equals: ["count", 3] }] }, true],
    ["any all false", { any: [{ answered: "missing" }, { equals: ["count", 4] }] }, false],
    ["not", { not: { equals: ["role", "public"] } }, true],
    ["nested", { not: { any: [{ includes: ["concerns", "neglect"] }, { answered: "missing" }] } }, false],
  ])("%s", (_name, condition, expected) => {
    expect(evaluate(condition, lookup)).toBe(expected);
  });

  test("lookups read own answers only, the first scope first", () => {
    expect(lookupIn({})("constructor")).toBeUndefined();
    expect(lookupIn({ a: "item" }, { a: "form", b: "form" })("a")).toBe("item");
    expect(lookupIn({ a: "item" }, { a: "form", b: "form" })("b")).toBe("form");
  });

  test("isAnswered and conditionIds", () => {
    expect([undefined, null, "", [], "x", 0, ["a"], {}].map(isAnswered)).toEqual([
      false,
      false,
      false,
      false,
      true,
      true,
      true,
      true,
    ]);
    expect(
      conditionIds({
        all: [{ equals: ["a", 1] }, { not: { any: [{ includes: ["b", "x"] }, { answered: "c" }] } }],
      }),
    ).toEqual(["a", "b", "c"]);
  });
});
