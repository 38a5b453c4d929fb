import { describe, expect, test } from "vitest";
import { everyQuestionForm as form, professionalExample } from "./fixtures/every-question.ts";
import { UnknownStepError } from "./steps.ts";
import { pageView } from "./view.ts";

describe("page view", () => {
  test("stored answers fill the fields; revealed questions sit under their option", () => {
    const view = pageView(form, "concerns", professionalExample);
    expect(view).toMatchObject({
      kind: "questions",
      title: "Your concerns",
      labelIsHeading: false,
      section: { title: "The child", number: 2, of: 3 },
      safeguardingBanner: true,
      errorSummary: [],
    });
    expect(view.questions.map((q) => q.question.id)).toEqual(["concern-types", "concern-details"]);
    const other = view.questions[0]!.options!.find((o) => o.value === "other")!;
    expect(other.checked).toBe(true);
    expect(other.revealed.map((q) => [q.question.id, q.values])).toEqual([
      ["other-concern", { "other-concern": "Often hungry" }],
    ]);
    expect(view.questions[1]!.values).toEqual({
      "concern-details": "Bruising on both arms.\nSaid <b>not</b> to tell anyone.",
    });
  });

  test("after a failed post, what was posted is shown with the errors in page order", () => {
    const errors = {
      "child-address-line-1": "Enter address line 1, typically the building and street",
      "child-address-postcode": "Enter a full UK postcode",
    };
    const posted = {
      "child-address-postcode": "nope<script>",
      "child-address-town": ["a", 1],
      stray: { x: 1 },
    };
    const view = pageView(form, "child-address", professionalExample, errors, posted);
    expect(view.labelIsHeading).toBe(true);
    expect(view.errorSummary).toEqual([
      { text: "Enter address line 1, typically the building and street", href: "#child-address-line-1" },
      { text: "Enter a full UK postcode", href: "#child-address-postcode" },
    ]);
    const [address] = view.questions;
    expect(address!.names).toEqual([
      "child-address-line-1",
      "child-address-line-2",
      "child-address-town",
      "child-address-county",
      "child-address-postcode",
    ]);
    expect(address!.values).toEqual({
      "child-address-postcode": "nope<script>",
      "child-address-town": ["a"],
    });
    expect(address!.error).toEqual({
      field: "child-address-line-1",
      message: "Enter address line 1, typically the building and street",
    });
  });

  test("a person's parts, with their names and options", () => {
    const view = pageView(form, "child", professionalExample);
    const parts = view.questions[0]!.personParts!;
    expect(parts.map((p) => [p.part, p.names])).toEqual([
      ["born", ["child-born"]],
      ["givenName", ["child-given-name"]],
      ["familyName", ["child-family-name"]],
      ["dateOfBirth", ["child-dob-day", "child-dob-month", "child-dob-year"]],
      ["expectedDueDate", ["child-due-day", "child-due-month", "child-due-year"]],
      ["sex", ["child-sex"]],
      ["ethnicity", ["child-ethnicity"]],
      ["language", ["child-language"]],
      ["needs", ["child-needs"]],
    ]);
    expect(view.questions[0]!.values).toMatchObject({
      "child-born": "yes",
      "child-dob-day": "1",
      "child-dob-year": "2015",
    });
  });

  test("questions whose condition fails on earlier answers are left out", () => {
    const view = pageView(form, "household", professionalExample);
    expect(view.questions.map((q) => q.question.id)).toEqual(["household-size", "housing", "pregnancy"]);
  });

  test("a group's item page and summary page", () => {
    expect(pageView(form, { page: "siblings", item: 1 }, professionalExample)).toMatchObject({
      kind: "item",
      title: "Brother or sister 2",
      questions: [{ question: { id: "sibling" }, values: {} }, { question: { id: "lives-with-child" } }],
    });
    expect(
      pageView(form, { page: "siblings" }, professionalExample, { "siblings-add-another": "Select yes" }),
    ).toMatchObject({
      kind: "add-another",
      items: [
        {
          index: 0,
          title: "Brother or sister 1",
          lines: ["Alex Bloggs", "Date of birth: 4 March 2012", "Do they live with the child?: Yes"],
          change: { page: "siblings", item: 0 },
        },
      ],
      addAnother: {
        name: "siblings-add-another",
        label: "Do you need to add a brother or sister?",
        value: "",
        error: "Select yes",
      },
    });
  });

  test("unknown steps throw the typed error the route turns into a 404", () => {
    expect(() => pageView(form, "nope", {})).toThrow(UnknownStepError);
    expect(() => pageView(form, { page: "siblings", item: 5 }, professionalExample)).toThrow(
      UnknownStepError,
    );
    expect(() => pageView(form, { page: "child", item: 0 }, professionalExample)).toThrow(UnknownStepError);
  });
});
