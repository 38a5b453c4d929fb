import { describe, expect, test } from "vitest";
import type { Answers, ItemAnswers, Step } from "./definition.ts";
import {
  FIXTURE_TODAY,
  everyQuestionForm as form,
  professionalExample,
  publicExample,
} from "./fixtures/every-question.ts";
import {
  canVisit,
  firstIncompleteStep,
  isComplete,
  journey,
  nextStep,
  pathPages,
  previousStep,
  prune,
  removeItem,
  saveStep,
  submitStep,
} from "./journey.ts";

const ctx = { today: FIXTURE_TODAY };
const pageIds = (answers: Answers) => pathPages(form, answers).map((page) => page.id);

describe("path", () => {
  test.each<[string, Answers, string[]]>([
    [
      "nothing answered: pages whose conditions need answers are off the path",
      {},
      [
        "reporter-type",
        "your-details",
        "child",
        "child-address",
        "gp-postcode",
        "concerns",
        "siblings",
        "household",
        "documents",
      ],
    ],
    [
      "professional reporting physical harm",
      professionalExample,
      [
        "reporter-type",
        "your-details",
        "child",
        "child-address",
        "gp-postcode",
        "concerns",
        "injuries",
        "siblings",
        "household",
        "documents",
        "consent",
      ],
    ],
    [
      "member of the public with a pregnancy",
      publicExample,
      [
        "reporter-type",
        "anonymous",
        "child",
        "child-address",
        "gp-postcode",
        "concerns",
        "siblings",
        "household",
        "due-date",
        "documents",
      ],
    ],
  ])("%s", (_name, answers, expected) => {
    expect(pageIds(answers)).toEqual(expected);
  });
});

describe("pruning", () => {
  test("answers to pages that left the path are dropped", () => {
    const changed = { ...professionalExample, "reporter-type": "member-of-public" };
    const kept = prune(form, changed);
    for (const id of ["your-name", "your-email", "your-phone", "consent", "organisation"])
      expect(kept).not.toHaveProperty(id);
    expect(kept).toHaveProperty("child");
  });

  test("a revealed answer is dropped when its option is no longer chosen", () => {
    const kept = prune(form, { ...professionalExample, "concern-types": ["physical"] });
    expect(kept).not.toHaveProperty("other-concern");
    expect(kept).toHaveProperty("injury-date");
  });

  test("a question whose condition fails is dropped, and pages depending on it follow", () => {
    const kept = prune(form, {
      ...publicExample,
      "reporter-type": "professional",
      organisation: "Oak School",
    });
    expect(kept).not.toHaveProperty("interpreter");
    expect(kept).not.toHaveProperty("stay-anonymous");
  });

  test("unknown keys are dropped and complete examples are kept whole", () => {
    expect(prune(form, { ...publicExample, surprise: "x" })).toEqual(publicExample);
    expect(prune(form, professionalExample)).toEqual(professionalExample);
  });
});

describe("completion and guards", () => {
  test("examples are complete; a missing answer makes its page the first incomplete step", () => {
    expect(isComplete(form, professionalExample, ctx)).toBe(true);
    expect(isComplete(form, publicExample, ctx)).toBe(true);
    const { child: _child, ...withoutChild } = professionalExample;
    expect(firstIncompleteStep(form, withoutChild, ctx)).toEqual({ page: "child" });
  });

  test.each<[string, Answers, Step, boolean]>([
    ["the first page always", {}, { page: "reporter-type" }, true],
    ["a later page before earlier ones are done", {}, { page: "concerns" }, false],
    [
      "the next page once earlier ones are done",
      { "reporter-type": "member-of-public" },
      { page: "anonymous" },
      true,
    ],
    ["a page off the path", { "reporter-type": "member-of-public" }, { page: "your-details" }, false],
    ["an unknown page", professionalExample, { page: "nope" }, false],
    ["an existing item", professionalExample, { page: "siblings", item: 0 }, true],
    ["the next new item", professionalExample, { page: "siblings", item: 1 }, true],
    ["an item beyond the next", professionalExample, { page: "siblings", item: 2 }, false],
    [
      "a date that has since become invalid blocks later pages",
      { ...publicExample, "due-date": "2025-06-01" },
      { page: "documents" },
      false,
    ],
  ])("%s", (_name, answers, step, expected) => {
    expect(canVisit(form, answers, step, ctx)).toBe(expected);
  });

  test("a guarded item cannot pass the group's maximum", () => {
    const item = professionalExample.siblings as ItemAnswers[];
    const full = { ...professionalExample, siblings: [item[0]!, item[0]!, item[0]!] };
    expect(canVisit(form, full, { page: "siblings", item: 3 }, ctx)).toBe(false);
  });

  test("steps expand groups into their items then the summary", () => {
    const steps = journey(form, professionalExample, ctx).steps.map((s) => s.step);
    expect(steps.filter((s) => s.page === "siblings")).toEqual([
      { page: "siblings", item: 0 },
      { page: "siblings" },
    ]);
    const none = journey(form, { ...professionalExample, siblings: [] }, ctx).steps.map((s) => s.step);
    expect(none.filter((s) => s.page === "siblings")).toEqual([{ page: "siblings" }]);
  });
});

describe("next and previous", () => {
  test.each<[string, Answers, Step, Step | null, Step | null]>([
    ["first page", professionalExample, { page: "reporter-type" }, { page: "your-details" }, null],
    ["skips pages off the path", publicExample, { page: "reporter-type" }, { page: "anonymous" }, null],
    [
      "into a conditional page",
      professionalExample,
      { page: "concerns" },
      { page: "injuries" },
      { page: "gp-postcode" },
    ],
    [
      "an item leads to the summary",
      professionalExample,
      { page: "siblings", item: 0 },
      { page: "siblings" },
      { page: "injuries" },
    ],
    [
      "the summary leads on",
      professionalExample,
      { page: "siblings" },
      { page: "household" },
      { page: "siblings", item: 0 },
    ],
    [
      "the last page leads to check answers",
      professionalExample,
      { page: "consent" },
      null,
      { page: "documents" },
    ],
    [
      "a new item goes back to the summary",
      professionalExample,
      { page: "siblings", item: 1 },
      { page: "siblings" },
      { page: "siblings" },
    ],
  ])("%s", (_name, answers, step, next, previous) => {
    expect(nextStep(form, answers, step, ctx)).toEqual(next);
    expect(previousStep(form, answers, step, ctx)).toEqual(previous);
  });
});

describe("submitting steps", () => {
  const upTo = (answers: Answers, pageId: string) => {
    const ids = form.pages
      .slice(
        0,
        form.pages.findIndex((p) => p.id === pageId),
      )
      .flatMap((p) => p.questions.map((q) => q.id));
    return Object.fromEntries(Object.entries(answers).filter(([id]) => ids.includes(id)));
  };

  test("errors come back with nothing saved", () => {
    expect(submitStep(form, "reporter-type", {}, { "reporter-type": "professional" }, ctx)).toEqual({
      ok: false,
      errors: { organisation: "Enter your organisation" },
    });
  });

  test("a page's answers replace its old ones and the journey moves on", () => {
    const result = submitStep(
      form,
      "reporter-type",
      professionalExample,
      { "reporter-type": "family-member" },
      ctx,
    );
    expect(result.ok && result.next).toEqual({ page: "your-details" });
    expect(result.ok && result.answers).not.toHaveProperty("organisation");
  });

  test("coming from check answers returns there, unless a new step needs answering", () => {
    const back = submitStep(
      form,
      "gp-postcode",
      professionalExample,
      { "gp-postcode": "ox1 2jd" },
      { ...ctx, returnToCheck: true },
    );
    expect(back).toMatchObject({ ok: true, next: null, answers: { "gp-postcode": "OX1 2JD" } });
    const detour = submitStep(
      form,
      "household",
      professionalExample,
      { "household-size": "4", housing: "rented", pregnancy: "yes" },
      { ...ctx, returnToCheck: true },
    );
    expect(detour).toMatchObject({ ok: true, next: { page: "due-date" } });
  });

  test("add another: item pages, the summary's yes and no, then remove", () => {
    let answers = upTo(professionalExample, "siblings");
    // A group that may be empty is complete without items, but the journey still passes its summary.
    expect(firstIncompleteStep(form, answers, ctx)).toEqual({ page: "household" });
    expect(nextStep(form, answers, "injuries", ctx)).toEqual({ page: "siblings" });

    let result = submitStep(form, { page: "siblings" }, answers, { "siblings-add-another": "yes" }, ctx);
    expect(result).toMatchObject({ ok: true, next: { page: "siblings", item: 0 } });

    const item = { "sibling-given-name": "Alex", "sibling-family-name": "Bloggs", "lives-with-child": "yes" };
    result = submitStep(form, { page: "siblings", item: 0 }, answers, item, ctx);
    if (!result.ok) throw new Error("item should save");
    expect(result.next).toEqual({ page: "siblings" });
    answers = result.answers;
    expect(answers.siblings).toEqual([
      { sibling: { givenName: "Alex", familyName: "Bloggs" }, "lives-with-child": "yes" },
    ]);

    result = submitStep(
      form,
      { page: "siblings", item: 1 },
      answers,
      { ...item, "sibling-given-name": "Sam" },
      ctx,
    );
    if (!result.ok) throw new Error("second item should save");
    answers = result.answers;
    expect(answers.siblings).toHaveLength(2);

    result = submitStep(
      form,
      { page: "siblings", item: 0 },
      answers,
      { ...item, "lives-with-child": "no" },
      ctx,
    );
    if (!result.ok) throw new Error("change should save");
    expect((result.answers.siblings as ItemAnswers[])[0]).toMatchObject({ "lives-with-child": "no" });

    expect(submitStep(form, { page: "siblings" }, answers, {}, ctx)).toEqual({
      ok: false,
      errors: { "siblings-add-another": "Select yes if you need to add a brother or sister" },
    });
    expect(
      submitStep(form, { page: "siblings" }, answers, { "siblings-add-another": "no" }, ctx),
    ).toMatchObject({
      ok: true,
      next: { page: "household" },
    });

    const removed = removeItem(form, answers, "siblings", 0);
    expect(removed.siblings).toEqual([
      { sibling: { givenName: "Sam", familyName: "Bloggs" }, "lives-with-child": "yes" },
    ]);
    expect(removeItem(form, removed, "siblings", 0)).not.toHaveProperty("siblings");
  });

  test("a full group asks no more and continues", () => {
    const item = (professionalExample.siblings as ItemAnswers[])[0]!;
    const full = { ...professionalExample, siblings: [item, item, item] };
    expect(
      submitStep(form, { page: "siblings" }, full, { "siblings-add-another": "yes" }, ctx),
    ).toMatchObject({
      ok: true,
      next: { page: "household" },
    });
  });

  test("saveStep on a summary stores nothing new", () => {
    expect(
      saveStep(form, { page: "siblings" }, professionalExample, { "siblings-add-another": "no" }),
    ).toEqual(professionalExample);
  });
});
