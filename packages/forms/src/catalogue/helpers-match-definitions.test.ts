import { describe, expect, test } from "vitest";
import type { FormDefinition, QuestionDefinition } from "../definition.ts";
import { ELIGIBILITY_PAGE_IDS } from "./adult-care-needs-request/definition.ts";
import { CARE_ACT_OUTCOMES, NO_OUTCOMES } from "./adult-care-needs-request/eligibility.ts";
import { catalogueById } from "./index.ts";
import { DASH_LEVELS, DASH_QUESTIONS } from "./police-notification/dash.ts";

function question(form: FormDefinition, id: string): QuestionDefinition {
  const found = form.pages.flatMap((p) => p.questions as QuestionDefinition[]).find((q) => q.id === id);
  if (!found) throw new Error(`${form.id} has no question ${id}`);
  return found;
}

const optionValues = (q: QuestionDefinition) =>
  q.type === "yes-no" ? ["yes", "no"] : "options" in q ? q.options.map((o) => o.value) : [];

describe("assessEligibility reads the care needs request's own questions", () => {
  const form = catalogueById["adult-care-needs-request"];

  test("the self-check is the first section, and the UI knows its pages", () => {
    const eligibility = form.pages.filter((p) => p.section === "eligibility").map((p) => p.id);
    expect(eligibility).toEqual([...ELIGIBILITY_PAGE_IDS]);
    expect(form.pages.slice(0, eligibility.length).map((p) => p.id)).toEqual(eligibility);
  });

  test.each([
    ["lives-in-area", ["yes", "no", "not-sure"]],
    ["aged-18-or-over", ["yes", "no"]],
    ["needs-from-condition", ["yes", "no", "not-sure"]],
    ["wellbeing-impact", ["significant", "some", "little", "not-sure"]],
    ["outcomes-not-achieved", [...CARE_ACT_OUTCOMES.map((o) => o.value), NO_OUTCOMES]],
  ] as const)("%s offers exactly the values the helper understands", (id, values) => {
    expect(optionValues(question(form, id))).toEqual(values);
  });
});

describe("dashScore reads the police notification's own questions", () => {
  const form = catalogueById["police-notification"];

  test("each DASH question is a yes/no question with the checklist's wording and message", () => {
    for (const dash of DASH_QUESTIONS) {
      const q = question(form, dash.id);
      expect(q.type).toBe("yes-no");
      expect(q.label).toBe(dash.text);
      expect(q.errors).toEqual({ required: dash.error });
    }
  });

  test("the judgement question offers only raising levels (never lowering to standard)", () => {
    const values = optionValues(question(form, "dash-judgement-level"));
    expect(values).toEqual(["no", "medium", "high"]);
    for (const v of values.slice(1)) expect(DASH_LEVELS).toContain(v);
  });
});
