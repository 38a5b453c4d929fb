import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { Step } from "../definition.ts";
import { todayInLondon } from "../fields/date.ts";
import { journey } from "../journey.ts";
import { parsePage } from "../schema.ts";
import { stepPath } from "../steps.ts";
import { fieldNames, hostileBody } from "../test-support/hostile.ts";
import { catalogueById, examples, FORM_IDS } from "./index.ts";

const today = todayInLondon(new Date());

describe("hostile posts against every step of every catalogue form", () => {
  const cases = FORM_IDS.flatMap((id) => {
    const form = catalogueById[id];
    return examples[id].flatMap((answers) =>
      journey(form, answers, { today }).steps.map(({ step }): [string, Step, typeof answers] => [
        `${id} ${stepPath(step)}`,
        step,
        answers,
      ]),
    );
  });

  test.each(cases)(
    "%s never throws and only reports written messages on its own fields",
    (name, step, answers) => {
      const form = catalogueById[name.split(" ")[0] as (typeof FORM_IDS)[number]];
      const names = fieldNames(form, step, answers);
      fc.assert(
        fc.property(fc.oneof(hostileBody(names), fc.anything()), (body) => {
          const result = parsePage(form, step, body, { today, answers });
          if (!result.ok) {
            for (const [field, message] of Object.entries(result.errors)) {
              expect(names).toContain(field);
              expect(message.trim().length).toBeGreaterThan(0);
            }
          }
        }),
        { numRuns: 25 },
      );
    },
  );
});
