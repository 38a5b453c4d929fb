import type { Command, TriageErrorCode } from "@portal/intake";
import { MAX_TEXT } from "@portal/web/casework/command-forms.ts";
import { describe, expect, it } from "vitest";
import { commands, type Intent, refusalField } from "./commands.ts";

const actor = { subject: "sub-mash.sw@council.example.org", name: "Chris Walker" };
/** Monday 23 November 2026 in London. */
const NOW = new Date("2026-11-23T10:00:00Z");
const context = { actor, now: NOW, newId: () => "new-check-id" };

/** A post as the page's form sends it: the hidden intent first, then the fields in page order. */
function post(intent: string, fields: [string, string][] = []): FormData {
  const form = new FormData();
  form.append("intent", intent);
  for (const [name, value] of fields) form.append(name, value);
  return form;
}

const parse = (intent: string, fields: [string, string][] = []) =>
  commands.parse(post(intent, fields), context);

function command(intent: string, fields: [string, string][] = []): Command {
  const result = parse(intent, fields);
  if (!result.ok) throw new Error(`${intent} did not parse: ${JSON.stringify(result.errors)}`);
  return result.command;
}

function errors(intent: string, fields: [string, string][] = []) {
  const result = parse(intent, fields);
  if (result.ok) throw new Error(`${intent} parsed when it should not have`);
  return result.errors;
}

describe("commands.parse: every form parses from what the page posts", () => {
  const cases: { intent: Intent; fields: [string, string][]; expected: Command }[] = [
    { intent: "acknowledge", fields: [], expected: { type: "acknowledge" } },
    { intent: "assign", fields: [["assign-to", "me"]], expected: { type: "assign", assignee: actor } },
    { intent: "assign", fields: [["assign-to", "nobody"]], expected: { type: "assign", assignee: null } },
    {
      intent: "screen",
      fields: [
        ["screen-rag", "amber"],
        ["screen-reason", "  Bruising seen by the class teacher on Monday  "],
      ],
      expected: { type: "screen", rag: "amber", reason: "Bruising seen by the class teacher on Monday" },
    },
    {
      intent: "screen",
      fields: [
        ["screen-rag", "blue"],
        ["screen-reason", ""],
      ],
      expected: { type: "screen", rag: "blue", reason: "" },
    },
    {
      intent: "request-check",
      fields: [
        ["request-check-agency", "youth-justice"],
        ["request-check-question", "Is the older brother known to the youth justice team?"],
      ],
      expected: {
        type: "request-check",
        checkId: "new-check-id",
        agency: "youth-justice",
        question: "Is the older brother known to the youth justice team?",
      },
    },
    {
      intent: "withdraw-check",
      fields: [
        ["withdraw-check-id", "xQ3v_9-abcDEFghiJKLmno"],
        ["withdraw-check-reason", "The police answered by phone"],
      ],
      expected: {
        type: "withdraw-check",
        checkId: "xQ3v_9-abcDEFghiJKLmno",
        reason: "The police answered by phone",
      },
    },
    {
      intent: "link",
      fields: [
        ["link-item", "item-0"],
        ["link-kind", "same-person"],
      ],
      expected: { type: "link", kind: "same-person", itemId: "item-0", reference: "", note: "" },
    },
    {
      intent: "mark-duplicate",
      fields: [["mark-duplicate-item", "item-0"]],
      expected: { type: "mark-duplicate", itemId: "item-0", reference: "" },
    },
    {
      intent: "decide",
      fields: [
        ["decide-outcome", "s17-assessment"],
        ["decide-reason", "Needs a child and family assessment"],
      ],
      expected: { type: "decide", outcome: "s17-assessment", reason: "Needs a child and family assessment" },
    },
    {
      intent: "decide",
      fields: [
        ["decide-outcome", "s42-enquiry"],
        ["decide-reason", "Financial abuse by a carer"],
        ["decide-s42", "care-and-support-needs"],
        ["decide-s42", "abuse-or-neglect"],
        ["decide-s42", "unable-to-protect-self"],
      ],
      expected: {
        type: "decide",
        outcome: "s42-enquiry",
        reason: "Financial abuse by a carer",
        s42: { careAndSupportNeeds: true, abuseOrNeglect: true, unableToProtectSelf: true },
      },
    },
    {
      intent: "decide",
      fields: [
        ["decide-outcome", "s42-enquiry"],
        ["decide-reason", "Financial abuse by a carer"],
        ["decide-s42", "abuse-or-neglect"],
      ],
      expected: {
        type: "decide",
        outcome: "s42-enquiry",
        reason: "Financial abuse by a carer",
        s42: { careAndSupportNeeds: false, abuseOrNeglect: true, unableToProtectSelf: false },
      },
    },
    {
      intent: "step-down",
      fields: [
        ["step-down-reason", "Parenting support is enough"],
        ["step-down-consent", "yes"],
      ],
      expected: {
        type: "step-down",
        reason: "Parenting support is enough",
        consentObtained: true,
        newItemId: "",
        newReference: "",
      },
    },
    {
      intent: "step-down",
      fields: [["step-down-reason", "Parenting support is enough"]],
      expected: {
        type: "step-down",
        reason: "Parenting support is enough",
        consentObtained: false,
        newItemId: "",
        newReference: "",
      },
    },
    {
      intent: "record-feedback",
      fields: [["record-feedback-message", "Phoned the head teacher: we are assessing"]],
      expected: { type: "record-feedback", message: "Phoned the head teacher: we are assessing" },
    },
    {
      intent: "ask-referrer",
      fields: [["ask-referrer-text", "Does Maya have a social worker already?"]],
      expected: {
        type: "ask-referrer",
        messageId: "new-check-id",
        text: "Does Maya have a social worker already?",
      },
    },
    {
      intent: "reroute",
      fields: [
        ["reroute-to", "adults"],
        ["reroute-reason", "The person is 19"],
      ],
      expected: { type: "reroute", to: "adults", reason: "The person is 19" },
    },
    {
      intent: "refer-to-lado",
      fields: [
        ["refer-to-lado-name", "  Jamie Fox "],
        ["refer-to-lado-dob-day", "12"],
        ["refer-to-lado-dob-month", "4"],
        ["refer-to-lado-dob-year", "1985"],
        ["refer-to-lado-employer", "Greenfield Primary School"],
        ["refer-to-lado-job", "Teaching assistant"],
        ["refer-to-lado-reason", "Maya says the assistant grabbed her arm"],
      ],
      expected: {
        type: "refer-to-lado",
        adultName: "Jamie Fox",
        adultDateOfBirth: "1985-04-12",
        employer: "Greenfield Primary School",
        jobTitle: "Teaching assistant",
        reason: "Maya says the assistant grabbed her arm",
        newItemId: "",
        newReference: "",
      },
    },
    {
      intent: "refer-to-lado",
      fields: [
        ["refer-to-lado-name", "Jamie Fox"],
        ["refer-to-lado-dob-day", ""],
        ["refer-to-lado-dob-month", " "],
        ["refer-to-lado-dob-year", ""],
        ["refer-to-lado-employer", "Greenfield Primary School"],
        ["refer-to-lado-job", ""],
        ["refer-to-lado-reason", "Maya says the assistant grabbed her arm"],
      ],
      expected: {
        type: "refer-to-lado",
        adultName: "Jamie Fox",
        adultDateOfBirth: null,
        employer: "Greenfield Primary School",
        jobTitle: null,
        reason: "Maya says the assistant grabbed her arm",
        newItemId: "",
        newReference: "",
      },
    },
    { intent: "close", fields: [], expected: { type: "close" } },
  ];

  it.each(cases)("$intent $fields", ({ intent, fields, expected }) => {
    expect(command(intent, fields)).toEqual(expected);
  });

  it("covers every intent the page offers", () => {
    expect(new Set(cases.map((c) => c.intent))).toEqual(new Set(commands.intents));
  });

  it("makes a new check id on the server and ignores one the form sends", () => {
    const result = commands.parse(
      post("request-check", [
        ["request-check-agency", "police"],
        ["request-check-question", "Any call-outs?"],
        ["checkId", "someone-elses-check"],
      ]),
      { actor, now: NOW },
    );
    expect(result.ok && result.command.type === "request-check" && result.command.checkId).toMatch(
      /^[\w-]{22}$/,
    );
  });

  it("assigns the person posting, never someone the form names", () => {
    const result = command("assign", [
      ["assign-to", "me"],
      ["assignee", "sub-someone-else"],
    ]);
    expect(result).toEqual({ type: "assign", assignee: actor });
  });

  it("keeps what was typed, as typed, for the form to show again", () => {
    const result = parse("decide", [
      ["decide-outcome", "nfa"],
      ["decide-reason", "  "],
      ["decide-s42", "abuse-or-neglect"],
    ]);
    expect(result.values).toEqual({
      "decide-outcome": "nfa",
      "decide-reason": "  ",
      "decide-s42": ["abuse-or-neglect"],
    });
  });
});

describe("commands.parse: missing or blank fields give the written messages", () => {
  const cases: {
    intent: Intent;
    fields: [string, string][];
    expected: { field: string; message: string }[];
  }[] = [
    {
      intent: "screen",
      fields: [["screen-reason", "Seen at school"]],
      expected: [{ field: "screen-rag", message: "Select a RAG rating" }],
    },
    {
      intent: "request-check",
      fields: [["request-check-question", "   "]],
      expected: [
        { field: "request-check-agency", message: "Select the partner agency to ask" },
        { field: "request-check-question", message: "Enter the question for the partner agency" },
      ],
    },
    {
      intent: "withdraw-check",
      fields: [],
      expected: [
        { field: "withdraw-check-id", message: "Select the check to withdraw" },
        { field: "withdraw-check-reason", message: "Enter why you are withdrawing the check" },
      ],
    },
    {
      intent: "decide",
      fields: [["decide-reason", "\n\t "]],
      expected: [
        { field: "decide-outcome", message: "Select a decision" },
        { field: "decide-reason", message: "Enter the reasons for the decision" },
      ],
    },
    {
      intent: "step-down",
      fields: [["step-down-consent", "yes"]],
      expected: [{ field: "step-down-reason", message: "Enter the reasons for stepping down to early help" }],
    },
    {
      intent: "record-feedback",
      fields: [["record-feedback-message", ""]],
      expected: [{ field: "record-feedback-message", message: "Enter what you told the referrer" }],
    },
    {
      intent: "ask-referrer",
      fields: [["ask-referrer-text", "  "]],
      expected: [{ field: "ask-referrer-text", message: "Enter your question for the referrer" }],
    },
    {
      intent: "reroute",
      fields: [],
      expected: [
        { field: "reroute-to", message: "Select the team to send this to" },
        { field: "reroute-reason", message: "Enter why this belongs with another team" },
      ],
    },
    {
      intent: "assign",
      fields: [],
      expected: [{ field: "assign-to", message: "Select who to assign this to" }],
    },
    {
      intent: "link",
      fields: [["link-kind", "same-person"]],
      expected: [{ field: "link-item", message: "Select the earlier contact to link" }],
    },
    {
      intent: "mark-duplicate",
      fields: [],
      expected: [{ field: "mark-duplicate-item", message: "Select the item this duplicates" }],
    },
    {
      intent: "refer-to-lado",
      fields: [["refer-to-lado-dob-day", "31"]],
      expected: [
        { field: "refer-to-lado-name", message: "Enter the full name of the adult the allegation is about" },
        { field: "refer-to-lado-dob-day", message: "The adult's date of birth must be a real date" },
        { field: "refer-to-lado-employer", message: "Enter the adult's employer or organisation" },
        { field: "refer-to-lado-reason", message: "Enter why the allegation should go to the LADO" },
      ],
    },
  ];

  it.each(cases)("$intent", ({ intent, fields, expected }) => {
    expect(errors(intent, fields)).toEqual(expected);
  });

  it("says how long text may be", () => {
    expect(errors("record-feedback", [["record-feedback-message", "a".repeat(MAX_TEXT + 1)]])).toEqual([
      {
        field: "record-feedback-message",
        message: "What you told the referrer must be 5,000 characters or less",
      },
    ]);
    expect(command("record-feedback", [["record-feedback-message", "a".repeat(MAX_TEXT)]])).toMatchObject({
      type: "record-feedback",
    });
  });
});

describe("commands.parse: the adult's date of birth is read as the referral forms read it", () => {
  const post = (day: string, month: string, year: string) =>
    parse("refer-to-lado", [
      ["refer-to-lado-name", "Jamie Fox"],
      ["refer-to-lado-dob-day", day],
      ["refer-to-lado-dob-month", month],
      ["refer-to-lado-dob-year", year],
      ["refer-to-lado-employer", "Greenfield Primary School"],
      ["refer-to-lado-reason", "An allegation"],
    ]);

  it.each<[string, [string, string, string], string, string]>([
    ["a missing month", ["12", "", "1985"], "refer-to-lado-dob-month", "must be a real date"],
    ["a two-digit year", ["12", "4", "85"], "refer-to-lado-dob-year", "must be a real date"],
    ["words", ["twelve", "April", "1985"], "refer-to-lado-dob-day", "must be a real date"],
    ["31 June", ["31", "6", "1985"], "refer-to-lado-dob-day", "must be a real date"],
    ["today", ["23", "11", "2026"], "refer-to-lado-dob-day", "must be in the past"],
    ["a date to come", ["1", "1", "2030"], "refer-to-lado-dob-day", "must be in the past"],
  ])("refuses %s, by the part at fault", (_what, [day, month, year], field, message) => {
    const result = post(day, month, year);
    expect(result).toMatchObject({
      ok: false,
      errors: [{ field, message: expect.stringContaining(message) }],
    });
  });

  it("takes yesterday and a leap day, as ISO dates", () => {
    const taken = (day: string, month: string, year: string) => {
      const result = post(day, month, year);
      return result.ok && result.command.type === "refer-to-lado"
        ? result.command.adultDateOfBirth
        : "refused";
    };
    expect(taken("22", "11", "2026")).toBe("2026-11-22");
    expect(taken("29", "2", "1984")).toBe("1984-02-29");
  });

  it("keeps the parts as typed, for the form to show again", () => {
    expect(post("31", "6", "1985").values).toMatchObject({
      "refer-to-lado-dob-day": "31",
      "refer-to-lado-dob-month": "6",
      "refer-to-lado-dob-year": "1985",
    });
  });

  it("limits names, employers and job titles to 100 characters", () => {
    const long = "a".repeat(101);
    expect(
      errors("refer-to-lado", [
        ["refer-to-lado-name", long],
        ["refer-to-lado-employer", long],
        ["refer-to-lado-job", long],
        ["refer-to-lado-reason", "x"],
      ]),
    ).toEqual([
      { field: "refer-to-lado-name", message: "The adult's name must be 100 characters or less" },
      { field: "refer-to-lado-employer", message: "The employer's name must be 100 characters or less" },
      { field: "refer-to-lado-job", message: "Their job or role must be 100 characters or less" },
    ]);
  });
});

describe("commands.parse: refuses what the page never sends", () => {
  it.each(["", "respond-to-check", "delete", "Screen", "__proto__", "constructor"])(
    "the intent %j",
    (intent) => {
      expect(parse(intent)).toEqual({ ok: false, intent: null, errors: [], values: {} });
    },
  );

  it("a post without an intent", () => {
    expect(commands.parse(new FormData(), context)).toMatchObject({ ok: false, intent: null });
  });

  it.each<[string, [string, string][], string]>([
    ["screen", [["screen-rag", "purple"]], "screen-rag"],
    ["screen", [["screen-rag", "RED"]], "screen-rag"],
    [
      "request-check",
      [
        ["request-check-agency", "mi5"],
        ["request-check-question", "Anything?"],
      ],
      "request-check-agency",
    ],
    [
      "decide",
      [
        ["decide-outcome", "adopt"],
        ["decide-reason", "Because"],
      ],
      "decide-outcome",
    ],
    [
      "decide",
      [
        ["decide-outcome", "early-help"],
        ["decide-reason", "Because"],
      ],
      "decide-outcome",
    ],
    [
      "decide",
      [
        ["decide-outcome", "step-up-mash"],
        ["decide-reason", "Because"],
      ],
      "decide-outcome",
    ],
    [
      "decide",
      [
        ["decide-outcome", "s42-enquiry"],
        ["decide-reason", "Because"],
        ["decide-s42", "all-of-them"],
      ],
      "decide-s42",
    ],
    [
      "reroute",
      [
        ["reroute-to", "lado"],
        ["reroute-reason", "Because"],
      ],
      "reroute-to",
    ],
    [
      "step-down",
      [
        ["step-down-reason", "Because"],
        ["step-down-consent", "true"],
      ],
      "step-down-consent",
    ],
    ["assign", [["assign-to", "sub-someone-else"]], "assign-to"],
    [
      "link",
      [
        ["link-item", "item-0"],
        ["link-kind", "duplicate-of"],
      ],
      "link-kind",
    ],
    [
      "link",
      [
        ["link-item", "../../etc/passwd"],
        ["link-kind", "same-person"],
      ],
      "link-item",
    ],
    [
      "withdraw-check",
      [
        ["withdraw-check-id", "a b"],
        ["withdraw-check-reason", "Because"],
      ],
      "withdraw-check-id",
    ],
    ["mark-duplicate", [["mark-duplicate-item", "x".repeat(65)]], "mark-duplicate-item"],
  ])("%s with a tampered value", (intent, fields, field) => {
    expect(errors(intent, fields).map((error) => error.field)).toContain(field);
  });
});

describe("refusalField: a refusal's message sits beside the field it concerns", () => {
  it.each<[Intent, Exclude<TriageErrorCode, "forbidden">, string]>([
    ["screen", "reason-required", "screen-reason"],
    ["withdraw-check", "reason-required", "withdraw-check-reason"],
    ["decide", "reason-required", "decide-reason"],
    ["step-down", "reason-required", "step-down-reason"],
    ["reroute", "reason-required", "reroute-reason"],
    ["request-check", "text-required", "request-check-question"],
    ["record-feedback", "text-required", "record-feedback-message"],
    ["decide", "rag-required", "decide-outcome"],
    ["step-down", "rag-required", "step-down-reason"],
    ["step-down", "consent-required", "step-down-consent"],
    ["decide", "consent-required", "decide-outcome"],
    ["decide", "s42-criteria-required", "decide-s42"],
    ["decide", "unknown-outcome", "decide-outcome"],
    ["decide", "checks-outstanding", "decide-outcome"],
    ["reroute", "same-service", "reroute-to"],
    ["withdraw-check", "check-not-open", "withdraw-check-id"],
    ["link", "already-linked", "link-item"],
    ["mark-duplicate", "self-link", "mark-duplicate-item"],
    ["acknowledge", "already-acknowledged", "acknowledge-submit"],
    ["close", "feedback-required", "close-submit"],
    ["assign", "not-allowed-in-stage", "assign-to"],
    ["refer-to-lado", "name-required", "refer-to-lado-name"],
    ["refer-to-lado", "employer-required", "refer-to-lado-employer"],
    ["refer-to-lado", "reason-required", "refer-to-lado-reason"],
    ["refer-to-lado", "already-with-lado", "refer-to-lado-name"],
  ])("%s refused with %s → #%s", (intent, code, field) => {
    expect(refusalField(intent, code)).toBe(field);
  });

  it("always names a field of the form that was posted", () => {
    for (const intent of commands.intents)
      for (const code of [
        "reason-required",
        "text-required",
        "rag-required",
        "consent-required",
        "s42-criteria-required",
        "unknown-outcome",
        "not-allowed-in-stage",
      ] as const) {
        const field = refusalField(intent, code);
        expect([...commands.fields(intent), `${intent}-submit`]).toContain(field);
      }
  });
});
