import { describe, expect, test } from "vitest";
import type { FormDefinition, PageDefinition, QuestionDefinition, YesNoQuestion } from "./definition.ts";
import { everyQuestionForm } from "./fixtures/every-question.ts";
import { validateDefinition } from "./validate-definition.ts";

const yesNo = (id: string, extra: Partial<QuestionDefinition> = {}): YesNoQuestion =>
  ({
    id,
    type: "yes-no",
    label: "Question",
    errors: { required: `Select yes for ${id}` },
    ...extra,
  }) as YesNoQuestion;

const formWith = (pages: PageDefinition[], extra: Partial<FormDefinition> = {}): FormDefinition => ({
  id: "test-form",
  version: 1,
  title: "Test",
  audience: "public",
  service: "adults",
  allowAnonymous: false,
  safeguardingBanner: true,
  pages,
  ...extra,
});

const problemsOf = (form: unknown) => {
  const result = validateDefinition(form);
  return result.ok ? [] : result.problems;
};

describe("validateDefinition", () => {
  test("the fixture is valid", () => {
    expect(problemsOf(everyQuestionForm)).toEqual([]);
  });

  test.each<[string, unknown, string]>([
    ["not an object", "form", ": Invalid input: expected object, received string"],
    [
      "an id made from text",
      formWith([{ id: "Page One", title: "P", questions: [yesNo("a")] }]),
      "pages.0.id: must be kebab-case starting with a letter",
    ],
    [
      "a numeric id",
      formWith([{ id: "p", title: "P", questions: [yesNo("123")] }]),
      "pages.0.questions.0.id: must be kebab-case starting with a letter",
    ],
    [
      "a string condition",
      formWith([{ id: "p", title: "P", condition: "a == yes" as never, questions: [yesNo("a")] }]),
      "pages.0.condition: Invalid input",
    ],
    [
      "an empty page",
      formWith([{ id: "p", title: "P", questions: [] }]),
      "pages.0.questions: Too small: expected array to have >=1 items",
    ],
    [
      "a duplicated page id",
      formWith([
        { id: "p", title: "P", questions: [yesNo("a")] },
        { id: "p", title: "P", questions: [yesNo("b")] },
      ]),
      "page ids are not unique",
    ],
    [
      "a duplicated question id",
      formWith([
        { id: "p", title: "P", questions: [yesNo("a")] },
        { id: "q", title: "Q", questions: [yesNo("a")] },
      ]),
      'question id "a" is used twice',
    ],
    [
      "a required question with no message",
      formWith([{ id: "p", title: "P", questions: [yesNo("a", { errors: {} })] }]),
      'page "p" question "a" needs errors.required',
    ],
    [
      "a condition on a later page",
      formWith([
        { id: "p", title: "P", condition: { answered: "b" }, questions: [yesNo("a")] },
        { id: "q", title: "Q", questions: [yesNo("b")] },
      ]),
      'page "p" has a condition on "b", which is not a question on an earlier page',
    ],
    [
      "a question condition on the same page",
      formWith([
        { id: "p", title: "P", questions: [yesNo("a"), yesNo("b", { condition: { equals: ["a", "yes"] } })] },
      ]),
      'page "p" question "b" has a condition on "a", which is not a question on an earlier page',
    ],
    [
      "equals with a value that is not an option",
      formWith([
        { id: "p", title: "P", questions: [yesNo("a")] },
        { id: "q", title: "Q", condition: { equals: ["a", "maybe"] }, questions: [yesNo("b")] },
      ]),
      'page "q" tests "a" for "maybe", which is not one of its options',
    ],
    [
      "includes on a question that is not checkboxes",
      formWith([
        { id: "p", title: "P", questions: [yesNo("a")] },
        { id: "q", title: "Q", condition: { includes: ["a", "yes"] }, questions: [yesNo("b")] },
      ]),
      'page "q" uses includes on "a", which is not checkboxes',
    ],
    [
      "a reveal of an earlier question",
      formWith([
        { id: "p", title: "P", questions: [yesNo("b"), yesNo("a", { reveals: { yes: ["b"] } } as never)] },
      ]),
      'page "p" question "a" reveals "b", which is not a later question on the same page',
    ],
    [
      "a date rule without its message",
      formWith([
        {
          id: "p",
          title: "P",
          questions: [
            {
              id: "d",
              type: "date",
              label: "D",
              rule: "past",
              errors: { required: "Enter", invalid: "Real" },
            },
          ],
        },
      ]),
      'page "p" question "d" needs errors.rule',
    ],
    [
      "a repeating group sharing its page",
      formWith([
        {
          id: "p",
          title: "P",
          questions: [
            {
              id: "g",
              type: "repeating-group",
              label: "G",
              itemLabel: "Item",
              addAnotherLabel: "Another?",
              min: 1,
              max: 2,
              questions: [yesNo("a")],
              errors: { addAnother: "Select", tooFew: "Add one", tooMany: "Too many" },
            },
            yesNo("b"),
          ],
        },
      ]),
      'page "p" holds a repeating group and other questions',
    ],
    [
      "a group needing items with no message for too few",
      formWith([
        {
          id: "p",
          title: "P",
          questions: [
            {
              id: "g",
              type: "repeating-group",
              label: "G",
              itemLabel: "Item",
              addAnotherLabel: "Another?",
              min: 1,
              max: 2,
              questions: [yesNo("a")],
              errors: { addAnother: "Select", tooMany: "Too many" },
            },
          ],
        },
      ]),
      'page "p" question "g" needs errors.tooFew',
    ],
    [
      "field names that collide on a page",
      formWith([
        {
          id: "p",
          title: "P",
          questions: [
            { id: "when", type: "date", label: "When", errors: { required: "Enter", invalid: "Real" } },
            {
              id: "when-day",
              type: "text",
              label: "Day",
              maxLength: 5,
              errors: { required: "Enter", tooLong: "Long" },
            },
          ],
        },
      ]),
      'page "p" question "when-day" repeats the field name "when-day" on its page',
    ],
    [
      "a page outside the form's sections",
      formWith([{ id: "p", title: "P", questions: [yesNo("a")] }], { sections: [{ id: "s", title: "S" }] }),
      'page "p" needs a section of the form',
    ],
    [
      "a section split in two",
      formWith(
        [
          { id: "p", title: "P", section: "s", questions: [yesNo("a")] },
          { id: "q", title: "Q", section: "t", questions: [yesNo("b")] },
          { id: "r", title: "R", section: "s", questions: [yesNo("c")] },
        ],
        {
          sections: [
            { id: "s", title: "S" },
            { id: "t", title: "T" },
          ],
        },
      ),
      'page "r" returns to section "s": a section\'s pages must be together',
    ],
    [
      "a subject whose address is not an address",
      formWith([
        {
          id: "p",
          title: "P",
          questions: [
            {
              id: "who",
              type: "person",
              label: "Who",
              parts: {},
              subject: { role: "adult", address: "a" },
              errors: { givenName: "G", familyName: "F", tooLong: "L" },
            },
            yesNo("a"),
          ],
        },
      ]),
      'question "who" names "a" as its address, which is no address question',
    ],
  ])("%s", (_name, form, problem) => {
    expect(problemsOf(form)).toContain(problem);
  });
});
