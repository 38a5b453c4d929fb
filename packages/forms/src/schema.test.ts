import { describe, expect, test } from "vitest";
import type { Answers } from "./definition.ts";
import { FIXTURE_TODAY, everyQuestionForm as form, professionalExample } from "./fixtures/every-question.ts";
import { postedFields } from "./posted.ts";
import { pageSchema, parsePage, stepFields } from "./schema.ts";
import { UnknownStepError } from "./steps.ts";

const ctx = (answers: Answers = professionalExample) => ({ today: FIXTURE_TODAY, answers });

describe("page schema", () => {
  test("is a zod schema whose issues name the posted field, in page order, for react-hook-form", () => {
    const result = pageSchema(form, "your-details", ctx()).safeParse({
      "your-email": "nope",
      "your-phone": "12",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [["your-name"], "Enter your name"],
      [["your-email"], "Enter an email address in the correct format, like name@example.com"],
      [["your-phone"], "Enter a phone number, like 01632 960 001 or 07700 900 982"],
    ]);
  });

  test("a hidden revealed question is neither validated nor kept", () => {
    expect(
      parsePage(
        form,
        "reporter-type",
        { "reporter-type": "family-member", organisation: "x".repeat(500) },
        ctx(),
      ),
    ).toEqual({
      ok: true,
      values: { "reporter-type": "family-member" },
    });
  });

  test("unexpected keys, prototype names and non-object bodies are ignored", () => {
    const hostile = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": "x", "reporter-type": "member-of-public"}',
    );
    expect(parsePage(form, "reporter-type", hostile, ctx())).toEqual({
      ok: true,
      values: { "reporter-type": "member-of-public" },
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    for (const body of [null, undefined, 42, "reporter-type=professional", [], new Date()]) {
      expect(parsePage(form, "reporter-type", body, ctx())).toEqual({
        ok: false,
        errors: { "reporter-type": "Select who you are" },
      });
    }
  });

  test("URLSearchParams bodies, repeated names and all", () => {
    const body = new URLSearchParams(
      "concern-types=neglect&concern-types=other&other-concern=Hungry&concern-details=Cold",
    );
    expect(parsePage(form, "concerns", postedFields(body), ctx())).toEqual({
      ok: true,
      values: { "concern-types": ["neglect", "other"], "other-concern": "Hungry", "concern-details": "Cold" },
    });
  });

  test("stored answers round-trip through their fields", () => {
    for (const page of [
      "reporter-type",
      "your-details",
      "child",
      "child-address",
      "concerns",
      "household",
      "documents",
    ]) {
      const parsed = parsePage(form, page, stepFields(form, page, professionalExample), ctx());
      expect(
        parsed.ok &&
          Object.entries(parsed.values).every(
            ([id, v]) => JSON.stringify(v) === JSON.stringify(professionalExample[id]),
          ),
      ).toBe(true);
    }
  });

  test("unknown steps throw when the schema is built", () => {
    expect(() => pageSchema(form, "nope", ctx())).toThrow(UnknownStepError);
  });
});
