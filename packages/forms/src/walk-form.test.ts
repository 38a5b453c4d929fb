import { describe, expect, test } from "vitest";
import {
  FIXTURE_TODAY,
  everyQuestionForm as form,
  professionalExample,
  publicExample,
} from "./fixtures/every-question.ts";
import { walkForm } from "./walk-form.ts";

const ctx = { today: FIXTURE_TODAY };

describe("walkForm", () => {
  test("the fixture walks clean with its two examples", () => {
    expect(walkForm(form, [professionalExample, publicExample], ctx)).toEqual([]);
  });

  test("reports pages no example reaches", () => {
    expect(walkForm(form, professionalExample, ctx)).toEqual([
      'no example reaches page "anonymous"',
      'no example reaches page "due-date"',
    ]);
  });

  test("reports incomplete examples and answers off the path", () => {
    const { consent: _consent, ...withoutConsent } = professionalExample;
    expect(walkForm(form, [{ ...withoutConsent, "stay-anonymous": "no" }, publicExample], ctx)).toEqual([
      "example 1 has answers off its path: stay-anonymous",
      'example 1 step "consent" fails its schema: {"consent":"Select yes if the family knows you are contacting us"}',
      "example 1 is not complete",
    ]);
  });

  test("reports a required question whose own message is missing", () => {
    const broken = {
      ...form,
      pages: form.pages.map((page) =>
        page.id === "consent"
          ? {
              ...page,
              questions: [{ id: "consent", type: "yes-no" as const, label: "Consent?", errors: {} }],
            }
          : page,
      ),
    };
    expect(walkForm(broken, [professionalExample, publicExample], ctx)).toEqual([
      'page "consent" question "consent" needs errors.required',
    ]);
  });
});
