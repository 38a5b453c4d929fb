import fc from "fast-check";
import { expect, test } from "vitest";
import { assessEligibility } from "./adult-care-needs-request/eligibility.ts";
import { DASH_LEVELS, DASH_QUESTIONS, dashScore, levelForScore } from "./police-notification/dash.ts";

const anyAnswers = fc.dictionary(fc.string(), fc.anything());
const rank = (level: string) => DASH_LEVELS.indexOf(level as (typeof DASH_LEVELS)[number]);

test("assessEligibility never throws and always gives a result with reasons", () => {
  fc.assert(
    fc.property(anyAnswers, (answers) => {
      const result = assessEligibility(answers);
      expect(["likely", "unlikely", "unsure"]).toContain(result.outcome);
      expect(result.reasons.length).toBeGreaterThan(0);
    }),
  );
});

test("dashScore: the level is never below the score's level, and MARAC exactly when high", () => {
  const dash = fc.record(
    Object.fromEntries(
      DASH_QUESTIONS.map((q) => [q.id, fc.constantFrom("yes", "no", undefined, true, 1, "YES")]),
    ),
  );
  const judgement = fc.constantFrom(undefined, "no", "standard", "medium", "high", "extreme", 3);
  fc.assert(
    fc.property(dash, judgement, (answers, level) => {
      const result = dashScore({ ...answers, "dash-judgement-level": level });
      expect(result.score).toBeGreaterThanOrEqual(0);
      expect(result.score).toBeLessThanOrEqual(27);
      expect(result.scoreLevel).toBe(levelForScore(result.score));
      expect(rank(result.level)).toBeGreaterThanOrEqual(rank(result.scoreLevel));
      expect(result.marac).toBe(result.level === "high");
    }),
  );
});
