import { describe, expect, test } from "vitest";
import { assessEligibility, CARE_ACT_OUTCOMES, ELIGIBILITY_NOTE } from "./eligibility.ts";
import { adultCareNeedsRequestExample } from "./example.ts";

const likely = {
  "lives-in-area": "yes",
  "aged-18-or-over": "yes",
  "needs-from-condition": "yes",
  "outcomes-not-achieved": ["nutrition", "dressing"],
  "wellbeing-impact": "significant",
};

describe("assessEligibility", () => {
  test("the 10 Care Act outcomes are offered", () => {
    expect(CARE_ACT_OUTCOMES).toHaveLength(10);
  });

  test("all three conditions met: likely, with every reason shown", () => {
    const result = assessEligibility(likely);
    expect(result.outcome).toBe("likely");
    expect(result.headline).toBe("You are likely to be eligible for care and support from the council");
    expect(result.reasons).toHaveLength(5);
    expect(result.reasons.join(" ")).toContain("2 or more");
    expect(result.note).toBe(ELIGIBILITY_NOTE);
  });

  test("the form's own example is likely", () => {
    expect(assessEligibility(adultCareNeedsRequestExample).outcome).toBe("likely");
  });

  test.each([
    ["lives-in-area", "no", /Ask the council for the area where you live/],
    ["aged-18-or-over", "no", /aged 18 or over/],
    ["needs-from-condition", "no", /caused by a physical or mental health condition/],
    ["outcomes-not-achieved", ["none"], /can do all the everyday things/],
    ["outcomes-not-achieved", [], /can do all the everyday things/],
    ["wellbeing-impact", "little", /little effect/],
  ] as const)("%s = %j: unlikely, and says why", (id, value, reason) => {
    const result = assessEligibility({ ...likely, [id]: value });
    expect(result.outcome).toBe("unlikely");
    expect(result.headline).toBe("You are unlikely to be eligible for care and support from the council");
    expect(result.reasons).toHaveLength(1);
    expect(result.reasons[0]).toMatch(reason);
    expect(result.note).toMatch(/You can still ask for a care needs assessment/);
  });

  test.each([
    ["lives-in-area", "not-sure"],
    ["needs-from-condition", "not-sure"],
    ["outcomes-not-achieved", ["toilet-needs"]],
    ["wellbeing-impact", "some"],
    ["wellbeing-impact", "not-sure"],
    ["aged-18-or-over", undefined],
  ] as const)("%s = %j: unsure", (id, value) => {
    const result = assessEligibility({ ...likely, [id]: value });
    expect(result.outcome).toBe("unsure");
    expect(result.headline).toMatch(/We cannot tell/);
    expect(result.reasons).toHaveLength(1);
  });

  test("unlikely wins over unsure, and every blocking reason is listed", () => {
    const result = assessEligibility({ ...likely, "aged-18-or-over": "no", "wellbeing-impact": "not-sure" });
    expect(result.outcome).toBe("unlikely");
    expect(result.reasons).toHaveLength(2);
  });

  test("'none' alongside outcomes and unknown or repeated values are ignored", () => {
    const result = assessEligibility({
      ...likely,
      "outcomes-not-achieved": ["none", "nutrition", "nutrition", "flying", "dressing"],
    });
    expect(result.outcome).toBe("likely");
    expect(result.reasons.join(" ")).toContain("You cannot do 2 of");
  });

  test("no answers at all: unsure or unlikely, never likely, and never throws", () => {
    expect(assessEligibility({}).outcome).toBe("unlikely");
    expect(assessEligibility({ ...likely, "outcomes-not-achieved": "nutrition" }).outcome).toBe("unlikely");
  });
});
