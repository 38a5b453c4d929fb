import { describe, expect, test } from "vitest";
import type { QuestionDefinition } from "../definition.ts";
import { parseOne } from "../test-support/one-question.ts";
import { normaliseEmail } from "./email.ts";
import { normalisePhone } from "./phone.ts";
import { normalisePostcode } from "./postcode.ts";

const text: QuestionDefinition = {
  id: "name",
  type: "text",
  label: "Name",
  maxLength: 10,
  errors: { required: "Enter your name", tooLong: "Name must be 10 characters or less" },
};
const textarea: QuestionDefinition = {
  id: "details",
  type: "textarea",
  label: "Details",
  maxLength: 5,
  errors: { required: "Enter details", tooLong: "Details must be 5 characters or less" },
};
const number: QuestionDefinition = {
  id: "count",
  type: "number",
  label: "Count",
  wholeNumber: true,
  min: 1,
  max: 20,
  errors: {
    required: "Enter a count",
    invalid: "Count must be a number",
    notWhole: "Count must be a whole number",
    tooSmall: "Count must be 1 or more",
    tooLarge: "Count must be 20 or fewer",
  },
};
const email: QuestionDefinition = {
  id: "email",
  type: "email",
  label: "Email",
  errors: { required: "Enter an email address", invalid: "Enter an email address in the correct format" },
};
const phone: QuestionDefinition = {
  id: "phone",
  type: "phone",
  label: "Phone",
  errors: { required: "Enter a phone number", invalid: "Enter a phone number, like 01632 960 001" },
};
const postcode: QuestionDefinition = {
  id: "postcode",
  type: "postcode",
  label: "Postcode",
  errors: { required: "Enter a postcode", invalid: "Enter a full UK postcode" },
};
const yesNo: QuestionDefinition = {
  id: "agree",
  type: "yes-no",
  label: "Agree?",
  errors: { required: "Select yes if you agree" },
};
const options = [
  { value: "red", label: "Red" },
  { value: "blue", label: "Blue" },
];
const radios: QuestionDefinition = {
  id: "colour",
  type: "radios",
  label: "Colour",
  options,
  errors: { required: "Select a colour" },
};
const select: QuestionDefinition = {
  id: "colour",
  type: "select",
  label: "Colour",
  options,
  errors: { required: "Select a colour" },
};
const checkboxes: QuestionDefinition = {
  id: "colours",
  type: "checkboxes",
  label: "Colours",
  options,
  errors: { required: "Select at least one colour" },
};
const address: QuestionDefinition = {
  id: "home",
  type: "address",
  label: "Home",
  errors: {
    line1: "Enter address line 1",
    town: "Enter town or city",
    postcode: "Enter postcode",
    postcodeInvalid: "Enter a full UK postcode",
    tooLong: "Address lines must be 100 characters or less",
  },
};
const person: QuestionDefinition = {
  id: "child",
  type: "person",
  label: "Child",
  parts: {
    dateOfBirth: "required",
    expectedDueDate: true,
    sex: "required",
    language: "optional",
    needs: "optional",
  },
  errors: {
    givenName: "Enter the child's first name",
    familyName: "Enter the child's last name",
    tooLong: "Too long",
    born: "Select yes if the child has been born",
    dateOfBirth: {
      required: "Enter the child's date of birth",
      invalid: "Date of birth must be a real date",
      rule: "Date of birth must be in the past",
    },
    expectedDueDate: {
      required: "Enter the due date",
      invalid: "Due date must be a real date",
      rule: "Due date must be in the future",
    },
    sex: "Select the child's sex",
  },
};
const file: QuestionDefinition = {
  id: "docs",
  type: "file",
  label: "Documents",
  maxFiles: 2,
  errors: { required: "Upload a document", tooMany: "You can upload up to 2 documents" },
};
const attachment = (id: string) => JSON.stringify({ id, name: `${id}.pdf`, size: 10 });

type Row = [name: string, question: QuestionDefinition, posted: Record<string, unknown>, expected: unknown];

describe("valid answers parse to their stored values", () => {
  test.each<Row>([
    ["text is trimmed", text, { name: "  Sam  " }, { name: "Sam" }],
    ["text keeps HTML as given", text, { name: "<b>Sam</b>" }, { name: "<b>Sam</b>" }],
    ["textarea counts CRLF as one character", textarea, { details: "a\r\nbcd" }, { details: "a\nbcd" }],
    ["number", number, { count: " 12 " }, { count: 12 }],
    [
      "number with a thousands comma",
      { ...number, max: 5000 } as QuestionDefinition,
      { count: "1,200" },
      { count: 1200 },
    ],
    ["email lower-cases the domain", email, { email: " Sam@Example.ORG " }, { email: "Sam@example.org" }],
    ["phone is normalised", phone, { phone: "+44 (0)7700 900 982" }, { phone: "07700900982" }],
    ["postcode is normalised", postcode, { postcode: "sw1a1aa" }, { postcode: "SW1A 1AA" }],
    ["yes/no", yesNo, { agree: "no" }, { agree: "no" }],
    ["radios", radios, { colour: "blue" }, { colour: "blue" }],
    ["select", select, { colour: "red" }, { colour: "red" }],
    [
      "checkboxes in option order, unknown values ignored",
      checkboxes,
      { colours: ["blue", "green", "red"] },
      { colours: ["red", "blue"] },
    ],
    ["checkboxes with one value", checkboxes, { colours: "blue" }, { colours: ["blue"] }],
    [
      "address",
      address,
      { "home-line-1": "1 High St", "home-town": "Oxford", "home-postcode": "ox1 1aa" },
      { home: { line1: "1 High St", town: "Oxford", postcode: "OX1 1AA" } },
    ],
    [
      "person born",
      person,
      {
        "child-born": "yes",
        "child-given-name": "Jo",
        "child-family-name": "Bloggs",
        "child-dob-day": "1",
        "child-dob-month": "2",
        "child-dob-year": "2015",
        "child-sex": "female",
        "child-language": "Polish",
      },
      {
        child: {
          givenName: "Jo",
          familyName: "Bloggs",
          dateOfBirth: "2015-02-01",
          sex: "female",
          language: "Polish",
        },
      },
    ],
    [
      "person not yet born needs only the due date",
      person,
      { "child-born": "no", "child-due-day": "1", "child-due-month": "9", "child-due-year": "2025" },
      { child: { expectedDueDate: "2025-09-01" } },
    ],
    [
      "files, duplicates and malformed entries ignored",
      file,
      { docs: [attachment("a"), attachment("a"), "{not json", JSON.stringify({ id: "x" })] },
      { docs: [{ id: "a", name: "a.pdf", size: 10 }] },
    ],
  ])("%s", (_name, question, posted, expected) => {
    expect(parseOne(question, posted)).toEqual({ ok: true, values: expected });
  });
});

describe("invalid answers fail with the written message on the right field", () => {
  test.each<Row>([
    ["text missing", text, {}, { name: "Enter your name" }],
    ["text only spaces", text, { name: "   " }, { name: "Enter your name" }],
    ["text as an array", text, { name: ["a", "b"] }, { name: "Enter your name" }],
    ["text too long", text, { name: "x".repeat(11) }, { name: "Name must be 10 characters or less" }],
    [
      "textarea too long",
      textarea,
      { details: "abcdef" },
      { details: "Details must be 5 characters or less" },
    ],
    ["number not a number", number, { count: "twelve" }, { count: "Count must be a number" }],
    ["number not whole", number, { count: "1.5" }, { count: "Count must be a whole number" }],
    ["number too small", number, { count: "0" }, { count: "Count must be 1 or more" }],
    ["number too large", number, { count: "21" }, { count: "Count must be 20 or fewer" }],
    ["email invalid", email, { email: "sam@" }, { email: "Enter an email address in the correct format" }],
    ["email missing", email, {}, { email: "Enter an email address" }],
    ["phone invalid", phone, { phone: "12345" }, { phone: "Enter a phone number, like 01632 960 001" }],
    ["postcode invalid", postcode, { postcode: "ABC" }, { postcode: "Enter a full UK postcode" }],
    ["yes/no other value", yesNo, { agree: "maybe" }, { agree: "Select yes if you agree" }],
    ["radios unknown option", radios, { colour: "green" }, { colour: "Select a colour" }],
    ["select missing", select, {}, { colour: "Select a colour" }],
    [
      "checkboxes only unknown values",
      checkboxes,
      { colours: ["green"] },
      { colours: "Select at least one colour" },
    ],
    [
      "address empty",
      address,
      {},
      {
        "home-line-1": "Enter address line 1",
        "home-town": "Enter town or city",
        "home-postcode": "Enter postcode",
      },
    ],
    [
      "address bad postcode",
      address,
      { "home-line-1": "1 High St", "home-town": "Oxford", "home-postcode": "nope" },
      { "home-postcode": "Enter a full UK postcode" },
    ],
    ["person empty", person, {}, { "child-born": "Select yes if the child has been born" }],
    [
      "person born without details",
      person,
      { "child-born": "yes" },
      {
        "child-given-name": "Enter the child's first name",
        "child-family-name": "Enter the child's last name",
        "child-dob-day": "Enter the child's date of birth",
        "child-sex": "Select the child's sex",
      },
    ],
    [
      "person unborn with a past due date",
      person,
      { "child-born": "no", "child-due-day": "1", "child-due-month": "1", "child-due-year": "2025" },
      { "child-due-day": "Due date must be in the future" },
    ],
    ["files missing", file, {}, { docs: "Upload a document" }],
    [
      "too many files",
      file,
      { docs: [attachment("a"), attachment("b"), attachment("c")] },
      { docs: "You can upload up to 2 documents" },
    ],
  ])("%s", (_name, question, posted, errors) => {
    expect(parseOne(question, posted)).toEqual({ ok: false, errors });
  });
});

describe("optional questions left empty store nothing", () => {
  test.each<[string, QuestionDefinition]>(
    [text, number, email, phone, postcode, yesNo, radios, checkboxes, address, person, file].map((q) => [
      q.type,
      { ...q, optional: true } as QuestionDefinition,
    ]),
  )("%s", (_type, question) => {
    expect(parseOne(question, {})).toEqual({ ok: true, values: {} });
  });
});

describe("normalisation", () => {
  test.each([
    ["sw1a 1aa", "SW1A 1AA"],
    ["  SW1A1AA ", "SW1A 1AA"],
    ["m1 1ae", "M1 1AE"],
    ["b33 8th", "B33 8TH"],
    ["cr2 6xh", "CR2 6XH"],
    ["dn55 1pt", "DN55 1PT"],
    ["gir0aa", "GIR 0AA"],
    ["ec1a  1bb", "EC1A 1BB"],
    ["sw1a", undefined],
    ["1aa 1aa", undefined],
    ["x".repeat(100), undefined],
  ])("postcode %j → %j", (raw, expected) => {
    expect(normalisePostcode(raw)).toBe(expected);
  });

  test.each([
    ["01632 960 001", "01632960001"],
    ["07700-900-982", "07700900982"],
    ["+44 7700 900982", "07700900982"],
    ["0044 (0)20 7946 0000", "02079460000"],
    ["(020) 7946.0000", "02079460000"],
    ["+33 1 23 45 67 89", "+33123456789"],
    ["999", undefined],
    ["07700 900 98x", undefined],
    ["+0 123 4567", undefined],
  ])("phone %j → %j", (raw, expected) => {
    expect(normalisePhone(raw)).toBe(expected);
  });

  test.each([
    ["Name@Example.COM", "Name@example.com"],
    [" a.b+c@sub.example.org ", "a.b+c@sub.example.org"],
    ["no-at-sign", undefined],
    ["two@@example.com", undefined],
    ["spaces in@example.com", undefined],
    ["nodot@example", undefined],
    [`${"a".repeat(250)}@example.com`, undefined],
  ])("email %j → %j", (raw, expected) => {
    expect(normaliseEmail(raw)).toBe(expected);
  });
});
