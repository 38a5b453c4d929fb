import { describe, expect, test } from "vitest";
import { changeHref, checkAnswers, isReturnToCheck } from "./check-answers.ts";
import { everyQuestionForm as form, professionalExample, publicExample } from "./fixtures/every-question.ts";
import { plainText } from "./plain-text.ts";
import { subjectPeople } from "./subjects.ts";

const rowsOf = (answers: typeof professionalExample) =>
  checkAnswers(form, answers).flatMap((section) =>
    section.rows.map((row) => [section.id, row.key, row.lines, row.change.href]),
  );

describe("check your answers", () => {
  test("rows follow the path, section by section, with change links that return", () => {
    expect(rowsOf(professionalExample)).toEqual([
      ["about-you", "Who are you?", ["A professional"], "reporter-type?return=check"],
      ["about-you", "Organisation", ["Oak Primary School"], "reporter-type?return=check"],
      ["about-you", "Your name", ["Sam Teacher"], "your-details?return=check"],
      ["about-you", "Email address", ["sam@example.org"], "your-details?return=check"],
      ["about-you", "Phone number", ["07700900982"], "your-details?return=check"],
      [
        "the-child",
        "About the child",
        [
          "Jo Bloggs",
          "Date of birth: 1 January 2015",
          "Sex: Female",
          "Ethnicity: White: English, Welsh, Scottish, Northern Irish or British",
          "First language: English",
        ],
        "child?return=check",
      ],
      [
        "the-child",
        "Where does the child live?",
        ["1 High Street", "Oxford", "OX1 1AA"],
        "child-address?return=check",
      ],
      ["the-child", "What is the postcode of the child's GP?", ["OX2 6GG"], "gp-postcode?return=check"],
      [
        "the-child",
        "What are you worried about?",
        ["Physical harm", "Something else"],
        "concerns?return=check",
      ],
      ["the-child", "What else are you worried about?", ["Often hungry"], "concerns?return=check"],
      [
        "the-child",
        "Tell us what happened",
        ["Bruising on both arms.", "Said <b>not</b> to tell anyone."],
        "concerns?return=check",
      ],
      ["the-child", "When did you see the injury?", ["10 June 2025"], "injuries?return=check"],
      ["the-child", "Has the child had medical attention?", ["No"], "injuries?return=check"],
      [
        "the-child",
        "Brother or sister 1",
        ["Alex Bloggs", "Date of birth: 4 March 2012", "Do they live with the child?: Yes"],
        "siblings/1?return=check",
      ],
      ["the-household", "How many people live in the household?", ["4"], "household?return=check"],
      ["the-household", "Type of housing", ["Rented"], "household?return=check"],
      ["the-household", "Is anyone in the household pregnant?", ["No"], "household?return=check"],
      ["the-household", "Upload documents", ["body-map.pdf"], "documents?return=check"],
      ["the-household", "Does the family know you are contacting us?", ["Yes"], "consent?return=check"],
    ]);
  });

  test("unanswered optional questions and empty groups still get a row to add them", () => {
    const rows = rowsOf(publicExample);
    expect(rows).toContainEqual([
      "the-child",
      "What is the postcode of the child's GP?",
      [],
      "gp-postcode?return=check",
    ]);
    expect(rows).toContainEqual(["the-child", "Brothers and sisters", [], "siblings?return=check"]);
  });

  test("the return flag", () => {
    expect(changeHref({ page: "siblings", item: 1 })).toBe("siblings/2?return=check");
    expect(isReturnToCheck(new URLSearchParams("return=check"))).toBe(true);
    expect(isReturnToCheck(new URLSearchParams("return=elsewhere"))).toBe(false);
  });
});

describe("plain text", () => {
  test("the whole submission, values exactly as typed and no markup added", () => {
    const text = plainText(form, professionalExample, { reference: "CHI-0001" });
    expect(
      text.startsWith(
        "Every question\nForm: every-question, version 1\nReference: CHI-0001\n\nAbout you\n---------\n",
      ),
    ).toBe(true);
    expect(text).toContain(
      "Tell us what happened\n  Bruising on both arms.\n  Said <b>not</b> to tell anyone.\n",
    );
    expect(text).toContain("Brother or sister 1\n  Alex Bloggs\n");
    expect(text).not.toMatch(/<(?!b>|\/b>)/);
    expect(plainText(form, publicExample)).toContain(
      "What is the postcode of the child's GP?\n  Not answered\n",
    );
  });
});

describe("subject people", () => {
  test.each([
    [
      "a child with an address and a sibling",
      professionalExample,
      [
        {
          role: "child",
          questionId: "child",
          givenName: "Jo",
          familyName: "Bloggs",
          dateOfBirth: "2015-01-01",
          postcode: "OX1 1AA",
        },
        {
          role: "sibling",
          questionId: "sibling",
          givenName: "Alex",
          familyName: "Bloggs",
          dateOfBirth: "2012-03-04",
        },
      ],
    ],
    [
      "an unborn baby",
      publicExample,
      [{ role: "child", questionId: "child", expectedDueDate: "2025-09-01", postcode: "OX16 5AA" }],
    ],
    ["nothing answered", {}, []],
  ])("%s", (_name, answers, expected) => {
    expect(subjectPeople(form, answers)).toEqual(expected);
  });
});
