import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { Answers, ItemQuestionDefinition, QuestionDefinition, Step } from "./definition.ts";
import { codecFor } from "./fields/index.ts";
import {
  FIXTURE_TODAY,
  everyQuestionForm as form,
  professionalExample,
  publicExample,
} from "./fixtures/every-question.ts";
import { journey } from "./journey.ts";
import { plainText } from "./plain-text.ts";
import { parsePage, resolveStep, stepFields } from "./schema.ts";
import { hostileBody, hostileValue, fieldNames as namesOf } from "./test-support/hostile.ts";

const ctx = (answers: Answers) => ({ today: FIXTURE_TODAY, answers });
const examples = [professionalExample, publicExample];
const steps: [Step, Answers][] = examples.flatMap((answers) =>
  journey(form, answers, { today: FIXTURE_TODAY }).steps.map(({ step }): [Step, Answers] => [step, answers]),
);

const fieldNames = (step: Step, answers: Answers) => namesOf(form, step, answers);

describe("hostile posts against every step of the fixture", () => {
  test.each(
    steps.map(
      ([step, answers]) =>
        [`${step.page}${step.item === undefined ? "" : `/${step.item}`}`, step, answers] as const,
    ),
  )("%s never throws and only reports written messages on its own fields", (_name, step, answers) => {
    const names = fieldNames(step, answers);
    fc.assert(
      fc.property(fc.oneof(hostileBody(names), fc.anything()), (body) => {
        const result = parsePage(form, step, body, ctx(answers));
        if (!result.ok) {
          for (const [field, message] of Object.entries(result.errors)) {
            expect(names).toContain(field);
            expect(message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  test("a required answer taken away is never valid, whatever else is posted", () => {
    const cases = steps.flatMap(([step, answers]) => {
      const resolved = resolveStep(form, step, answers);
      if (resolved.kind === "add-another") return [];
      const fields = stepFields(form, step, answers);
      const posted = parsePage(form, step, fields, ctx(answers));
      if (!posted.ok) return [];
      const questions: readonly (QuestionDefinition | ItemQuestionDefinition)[] = resolved.questions;
      return questions.flatMap((q) =>
        q.type === "repeating-group" || q.optional || !Object.hasOwn(posted.values, q.id)
          ? []
          : [{ step, answers, fields, q }],
      );
    });
    expect(cases.length).toBeGreaterThan(15);
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.dictionary(fc.string(), hostileValue, { maxKeys: 10 }),
        ({ step, answers, fields, q }, junk) => {
          const names = fieldNames(step, answers);
          const body: Record<string, unknown> = { ...fields };
          for (const [key, value] of Object.entries(junk)) if (!names.includes(key)) body[key] = value;
          for (const name of codecFor(q as Exclude<QuestionDefinition, { type: "repeating-group" }>).names(
            q as never,
          ))
            delete body[name];
          expect(parsePage(form, step, body, ctx(answers)).ok).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("HTML typed into answers is stored and exported as the same text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (inner) => {
        const typed = `<b onclick="x()">${inner}</b><script>alert('&amp;')</script>`.trim();
        const result = parsePage(
          form,
          "your-details",
          { "your-name": typed, "your-email": "a@example.org" },
          ctx(professionalExample),
        );
        if (typed.length > 100) return expect(result.ok).toBe(false);
        expect(result).toEqual({ ok: true, values: { "your-name": typed, "your-email": "a@example.org" } });
        expect(plainText(form, { ...professionalExample, "your-name": typed })).toContain(
          `Your name\n  ${typed}\n`,
        );
      }),
      { numRuns: 200 },
    );
  });
});
