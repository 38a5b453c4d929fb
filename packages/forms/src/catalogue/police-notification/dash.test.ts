import { describe, expect, test } from "vitest";
import { DASH_QUESTIONS, dashScore, levelForScore } from "./dash.ts";
import { dashAnswers } from "./example.ts";

describe("DASH checklist", () => {
  test("has the 27 standard questions, each with its own id and written message", () => {
    expect(DASH_QUESTIONS).toHaveLength(27);
    expect(new Set(DASH_QUESTIONS.map((q) => q.id)).size).toBe(27);
    for (const q of DASH_QUESTIONS) expect(q.error).toMatch(/^Select yes if /);
  });
});

describe("dashScore", () => {
  test.each([
    [0, "standard"],
    [1, "standard"],
    [9, "standard"],
    [10, "medium"],
    [13, "medium"],
    [14, "high"],
    [27, "high"],
  ] as const)("a score of %i is %s risk", (yes, level) => {
    const result = dashScore(dashAnswers(yes));
    expect(result.score).toBe(yes);
    expect(result.scoreLevel).toBe(level);
    expect(result.level).toBe(level);
    expect(result.marac).toBe(level === "high");
    expect(result.raisedByJudgement).toBe(false);
    expect(levelForScore(yes)).toBe(level);
  });

  test("officer judgement raises standard to medium", () => {
    const result = dashScore({ ...dashAnswers(9), "dash-judgement-level": "medium" });
    expect(result).toMatchObject({
      score: 9,
      scoreLevel: "standard",
      level: "medium",
      raisedByJudgement: true,
      marac: false,
    });
  });

  test("officer judgement raises medium to high, which means MARAC", () => {
    const result = dashScore({ ...dashAnswers(10), "dash-judgement-level": "high" });
    expect(result).toMatchObject({
      scoreLevel: "medium",
      level: "high",
      raisedByJudgement: true,
      marac: true,
    });
  });

  test("officer judgement raises a declined checklist (no answers) to high", () => {
    const result = dashScore({ "dash-judgement-level": "high" });
    expect(result).toMatchObject({ score: 0, level: "high", marac: true });
    expect(result.unanswered).toHaveLength(27);
  });

  test.each([
    [14, "medium"],
    [14, "standard"],
    [13, "standard"],
  ] as const)("judgement cannot lower a score of %i to %s", (yes, judgement) => {
    const result = dashScore({ ...dashAnswers(yes), "dash-judgement-level": judgement });
    expect(result.level).toBe(result.scoreLevel);
    expect(result.raisedByJudgement).toBe(false);
  });

  test("'no' judgement or rubbish keeps the score's level", () => {
    expect(dashScore({ ...dashAnswers(12), "dash-judgement-level": "no" }).level).toBe("medium");
    expect(dashScore({ ...dashAnswers(12), "dash-judgement-level": "extreme" }).level).toBe("medium");
  });

  test("counts only yes answers; unknown values are unanswered, never yes", () => {
    const answers = {
      ...dashAnswers(0),
      "dash-injury": "yes",
      "dash-weapons": true,
      "dash-stalking": "maybe",
      "dash-pregnant": undefined,
    };
    const result = dashScore(answers);
    expect(result.score).toBe(2);
    expect(result.unanswered).toEqual(["dash-stalking", "dash-pregnant"]);
  });
});
