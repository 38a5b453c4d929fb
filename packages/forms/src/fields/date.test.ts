import { describe, expect, test } from "vitest";
import type { DateRule, QuestionDefinition } from "../definition.ts";
import { parseOne, TODAY } from "../test-support/one-question.ts";
import { formatDate, todayInLondon } from "./date.ts";

const dateQuestion = (rule?: DateRule): QuestionDefinition => ({
  id: "when",
  type: "date",
  label: "When?",
  ...(rule ? { rule } : {}),
  errors: {
    required: "Enter the date",
    invalid: "The date must be a real date",
    rule: "The date breaks its rule",
  },
});

const post = (day: string, month: string, year: string) => ({
  "when-day": day,
  "when-month": month,
  "when-year": year,
});

describe(`date rules (today is ${TODAY})`, () => {
  test.each<[DateRule | undefined, string, "valid" | "rule"]>([
    [undefined, "2099-01-01", "valid"],
    ["past", "2025-06-14", "valid"],
    ["past", "2025-06-15", "rule"],
    ["past-or-today", "2025-06-15", "valid"],
    ["past-or-today", "2025-06-16", "rule"],
    ["future", "2025-06-16", "valid"],
    ["future", "2025-06-15", "rule"],
    ["today-or-future", "2025-06-15", "valid"],
    ["today-or-future", "2025-06-14", "rule"],
  ])("%s %s is %s", (rule, iso, outcome) => {
    const [year, month, day] = iso.split("-") as [string, string, string];
    const result = parseOne(dateQuestion(rule), post(day, month, year));
    expect(result).toEqual(
      outcome === "valid"
        ? { ok: true, values: { when: iso } }
        : { ok: false, errors: { "when-day": "The date breaks its rule" } },
    );
  });
});

describe("date input parts", () => {
  test.each([
    ["no leading zeros", post("1", "2", "2020"), { ok: true, values: { when: "2020-02-01" } }],
    ["leap day", post("29", "2", "2024"), { ok: true, values: { when: "2024-02-29" } }],
    [
      "not a leap year",
      post("29", "2", "2023"),
      { ok: false, errors: { "when-day": "The date must be a real date" } },
    ],
    [
      "month 13",
      post("1", "13", "2020"),
      { ok: false, errors: { "when-day": "The date must be a real date" } },
    ],
    [
      "only the month missing",
      post("1", "", "2020"),
      { ok: false, errors: { "when-month": "The date must be a real date" } },
    ],
    [
      "only the year wrong",
      post("1", "2", "20"),
      { ok: false, errors: { "when-year": "The date must be a real date" } },
    ],
    [
      "two parts missing",
      post("1", "", ""),
      { ok: false, errors: { "when-day": "The date must be a real date" } },
    ],
    ["all empty", post("", "", ""), { ok: false, errors: { "when-day": "Enter the date" } }],
    [
      "words",
      post("one", "may", "2020"),
      { ok: false, errors: { "when-day": "The date must be a real date" } },
    ],
  ])("%s", (_name, posted, expected) => {
    expect(parseOne(dateQuestion(), posted)).toEqual(expected);
  });

  test("formats GOV.UK style and reads today in London", () => {
    expect(formatDate("2015-01-01")).toBe("1 January 2015");
    expect(formatDate("nonsense")).toBeUndefined();
    // 23:30 UTC on 30 June is already 1 July in British Summer Time.
    expect(todayInLondon(new Date("2025-06-30T23:30:00Z"))).toBe("2025-07-01");
    expect(todayInLondon(new Date("2025-12-31T23:30:00Z"))).toBe("2025-12-31");
  });
});
