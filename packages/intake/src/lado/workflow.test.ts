import { describe, expect, it } from "vitest";
import {
  actor,
  caseIn,
  DSL_EMAIL,
  exampleLadoCommand,
  heldStrategyMeeting,
  LADO_EMAIL,
  ladoContext,
  MONDAY_10AM,
  OPEN_QUESTION,
  receivedCase,
  runnerOf,
} from "./test-support.ts";
import {
  type Actor,
  LADO_COMMAND_TYPES,
  LADO_STAGES,
  type LadoCase,
  type LadoCommand,
  type LadoCommandType,
  type LadoEnquiry,
  type LadoStage,
} from "./types.ts";
import { ladoAllows, ladoTransition } from "./workflow.ts";

const Y = true;
const N = false;

/**
 * Written out by hand, not read from LADO_WORKFLOW: which commands each stage accepts.
 * Columns follow LADO_COMMAND_TYPES: assign, acknowledge, record-consideration, schedule-meeting,
 * record-meeting, start-enquiry, update-enquiry, record-outcome, record-follow-on, refer-to-mash,
 * record-feedback, ask-referrer, referrer-reply, close.
 */
const expected: Record<LadoStage, boolean[]> = {
  received: [Y, Y, Y, N, N, N, N, N, N, Y, N, Y, Y, N],
  consideration: [Y, Y, Y, N, N, N, N, N, N, Y, N, Y, Y, N],
  "below-threshold": [Y, N, N, N, N, N, N, N, N, Y, Y, Y, Y, Y],
  management: [Y, N, N, Y, Y, Y, Y, Y, N, Y, N, Y, Y, N],
  outcome: [Y, N, N, N, N, N, N, N, Y, Y, Y, Y, Y, Y],
  closed: [N, N, N, N, N, N, N, N, N, N, N, N, N, N],
};

const lado = actor(LADO_EMAIL);

const openEnquiry = (overrides: Partial<LadoEnquiry> = {}): LadoEnquiry => ({
  id: "enquiry-1",
  agency: "police",
  status: "open",
  note: null,
  startedAt: MONDAY_10AM,
  updatedAt: MONDAY_10AM,
  ...overrides,
});

/** The case each command is tried on: a stage's case, with what that command needs. */
function subjectFor(stage: LadoStage, type: LadoCommandType): LadoCase {
  const lado = { ...caseIn(stage) };
  if (type === "record-meeting") lado.meetings = [heldStrategyMeeting({ recordedAt: null, minutes: null })];
  if (type === "update-enquiry") lado.enquiries = [openEnquiry()];
  if (type === "referrer-reply") lado.question = OPEN_QUESTION;
  if (type === "close" && lado.feedback === null)
    lado.feedback = { message: "Told", recordedAt: MONDAY_10AM, recordedBy: { subject: "s", name: "n" } };
  return lado;
}

describe("the LADO transition table", () => {
  const cases = LADO_STAGES.flatMap((stage) =>
    LADO_COMMAND_TYPES.map((type, column) => ({ stage, type, allowed: expected[stage][column] })),
  );

  it.each(cases)("$stage × $type allowed: $allowed", ({ stage, type, allowed }) => {
    const subject = subjectFor(stage, type);
    const by = runnerOf(type);
    expect(ladoAllows(subject, type)).toBe(allowed);
    const result = ladoTransition(subject, exampleLadoCommand(type, by), ladoContext(by));
    if (allowed) {
      expect(result.ok, JSON.stringify(result)).toBe(true);
      if (result.ok) expect(result.events.length).toBeGreaterThan(0);
    } else {
      expect(result).toMatchObject({ ok: false, error: { code: "not-allowed-in-stage" } });
    }
  });
});

function run(subject: LadoCase, command: LadoCommand, who: Actor = lado, now = MONDAY_10AM) {
  return ladoTransition(subject, command, ladoContext(who, now));
}

function expectOk(result: ReturnType<typeof ladoTransition>) {
  if (!result.ok) throw new Error(`refused: ${result.error.code}`);
  return result;
}

function refusal(result: ReturnType<typeof ladoTransition>) {
  if (result.ok) throw new Error("expected a refusal");
  expect(result.error.message).toMatch(/^[A-Z].*[^.]$/);
  return result.error.code;
}

describe("refusals", () => {
  const management = caseIn("management");
  const withMeeting = (extra: Partial<LadoCase> = {}) => ({ ...management, ...extra });

  it.each<{ name: string; subject: LadoCase; command: LadoCommand; who?: Actor; code: string }>([
    {
      name: "not a LADO officer",
      subject: management,
      command: { type: "acknowledge" },
      who: actor(DSL_EMAIL),
      code: "forbidden",
    },
    {
      name: "a MASH manager",
      subject: caseIn("received"),
      command: { type: "record-consideration", threshold: "met", reason: "x" },
      who: actor("mash.manager@council.example.org"),
      code: "forbidden",
    },
    {
      name: "acknowledged twice",
      subject: receivedCase({ acknowledgedAt: MONDAY_10AM }),
      command: { type: "acknowledge" },
      code: "already-acknowledged",
    },
    {
      name: "threshold met without reasons",
      subject: caseIn("consideration"),
      command: { type: "record-consideration", threshold: "met", reason: "  " },
      code: "reason-required",
    },
    {
      name: "below threshold without reasons",
      subject: caseIn("consideration"),
      command: { type: "record-consideration", threshold: "below", route: "advice", reason: "" },
      code: "reason-required",
    },
    {
      name: "outcome without reasons",
      subject: management,
      command: { type: "record-outcome", category: "unfounded", reason: " " },
      code: "reason-required",
    },
    {
      name: "MASH referral without the concern",
      subject: management,
      command: { type: "refer-to-mash", reason: "", newItemId: "i", newReference: "CSC-2611-DDDD" },
      code: "reason-required",
    },
    {
      name: "empty feedback",
      subject: caseIn("outcome"),
      command: { type: "record-feedback", message: " " },
      code: "text-required",
    },
    {
      name: "empty minutes",
      subject: withMeeting({ meetings: [heldStrategyMeeting({ recordedAt: null })] }),
      command: {
        ...(exampleLadoCommand("record-meeting", lado) as Extract<LadoCommand, { type: "record-meeting" }>),
        minutes: " ",
      },
      code: "text-required",
    },
    {
      name: "no attendees",
      subject: withMeeting({ meetings: [heldStrategyMeeting({ recordedAt: null })] }),
      command: {
        ...(exampleLadoCommand("record-meeting", lado) as Extract<LadoCommand, { type: "record-meeting" }>),
        attendees: [],
      },
      code: "text-required",
    },
    {
      name: "an action without an owner",
      subject: withMeeting({ meetings: [heldStrategyMeeting({ recordedAt: null })] }),
      command: {
        ...(exampleLadoCommand("record-meeting", lado) as Extract<LadoCommand, { type: "record-meeting" }>),
        actions: [{ id: "a1", owner: " ", action: "Suspend", dueAt: MONDAY_10AM }],
      },
      code: "text-required",
    },
    {
      name: "enquiry update without a note",
      subject: withMeeting({ enquiries: [openEnquiry()] }),
      command: { type: "update-enquiry", enquiryId: "enquiry-1", status: "open", note: "" },
      code: "text-required",
    },
    {
      name: "follow-on without details",
      subject: caseIn("outcome"),
      command: { type: "record-follow-on", kind: "dbs", note: " " },
      code: "text-required",
    },
    {
      name: "minutes for a meeting not on the case",
      subject: management,
      command: {
        ...(exampleLadoCommand("record-meeting", lado) as Extract<LadoCommand, { type: "record-meeting" }>),
        meetingId: "nope",
      },
      code: "unknown-meeting",
    },
    {
      name: "minutes recorded twice",
      subject: management,
      command: exampleLadoCommand("record-meeting", lado),
      code: "meeting-already-recorded",
    },
    {
      name: "minutes before the meeting",
      subject: withMeeting({
        meetings: [heldStrategyMeeting({ recordedAt: null, scheduledFor: new Date("2026-11-24T10:00:00Z") })],
      }),
      command: exampleLadoCommand("record-meeting", lado),
      code: "meeting-not-held",
    },
    {
      name: "a meeting arranged twice",
      subject: management,
      command: {
        ...(exampleLadoCommand("schedule-meeting", lado) as Extract<
          LadoCommand,
          { type: "schedule-meeting" }
        >),
        meetingId: "meeting-1",
      },
      code: "duplicate-id",
    },
    {
      name: "a review before the strategy meeting is recorded",
      subject: withMeeting({ meetings: [] }),
      command: exampleLadoCommand("schedule-meeting", lado),
      code: "meeting-required",
    },
    {
      name: "an update to an enquiry not on the case",
      subject: management,
      command: exampleLadoCommand("update-enquiry", lado),
      code: "unknown-enquiry",
    },
    {
      name: "an update to a concluded enquiry",
      subject: withMeeting({ enquiries: [openEnquiry({ status: "concluded" })] }),
      command: exampleLadoCommand("update-enquiry", lado),
      code: "enquiry-not-open",
    },
    {
      name: "a second open enquiry for the same agency",
      subject: withMeeting({ enquiries: [openEnquiry()] }),
      command: { type: "start-enquiry", enquiryId: "enquiry-2", agency: "police", note: "" },
      code: "enquiry-already-open",
    },
    {
      name: "an enquiry started twice",
      subject: withMeeting({ enquiries: [openEnquiry({ status: "concluded" })] }),
      command: { type: "start-enquiry", enquiryId: "enquiry-1", agency: "employer", note: "" },
      code: "duplicate-id",
    },
    {
      name: "an outcome while an enquiry is open",
      subject: withMeeting({
        enquiries: [openEnquiry(), openEnquiry({ id: "enquiry-2", status: "concluded" })],
      }),
      command: exampleLadoCommand("record-outcome", lado),
      code: "enquiries-open",
    },
    {
      name: "an outcome with no meeting recorded",
      subject: withMeeting({ meetings: [heldStrategyMeeting({ recordedAt: null })] }),
      command: exampleLadoCommand("record-outcome", lado),
      code: "meeting-required",
    },
    {
      name: "a DBS referral after an unsubstantiated outcome",
      subject: {
        ...caseIn("outcome"),
        outcome: { ...caseIn("outcome").outcome!, category: "unsubstantiated" },
      },
      command: { type: "record-follow-on", kind: "dbs", note: "x" },
      code: "follow-on-not-allowed",
    },
    {
      name: "closing without feedback",
      subject: { ...caseIn("outcome"), feedback: null },
      command: { type: "close" },
      code: "feedback-required",
    },
    {
      name: "closing a MASH-routed case with no MASH referral",
      subject: {
        ...caseIn("below-threshold"),
        consideration: { ...caseIn("below-threshold").consideration!, threshold: "below", route: "mash" },
        feedback: { message: "Told", recordedAt: MONDAY_10AM, recordedBy: { subject: "s", name: "n" } },
      },
      command: { type: "close" },
      code: "mash-referral-required",
    },
    {
      name: "a second question while one is open",
      subject: { ...management, question: OPEN_QUESTION },
      command: { type: "ask-referrer", messageId: "message-3", text: "And the date?" },
      code: "question-open",
    },
    {
      name: "an empty question",
      subject: management,
      command: { type: "ask-referrer", messageId: "message-3", text: "  " },
      code: "text-required",
    },
    {
      name: "a question on a case the MASH sent (its referrer is a MASH worker)",
      subject: {
        ...management,
        referrerSubject: "sub-mash.sw@council.example.org",
        links: [
          {
            kind: "from-mash",
            itemId: "item-1",
            reference: "CSC-2611-BBBB",
            reason: "Allegation about a coach",
            linkedAt: MONDAY_10AM,
            linkedBy: { subject: "sub-mash.sw@council.example.org", name: "Chris Walker" },
          },
        ],
      },
      command: exampleLadoCommand("ask-referrer", lado),
      code: "no-referrer",
    },
    {
      name: "a question with no signed-in referrer",
      subject: { ...management, referrerSubject: null },
      command: exampleLadoCommand("ask-referrer", lado),
      code: "no-referrer",
    },
    {
      name: "a question asked by the referrer",
      subject: management,
      command: exampleLadoCommand("ask-referrer", lado),
      who: actor(DSL_EMAIL),
      code: "forbidden",
    },
    {
      name: "an answer with no question open",
      subject: management,
      command: exampleLadoCommand("referrer-reply", lado),
      who: actor(DSL_EMAIL),
      code: "no-question",
    },
    {
      name: "an empty answer",
      subject: { ...management, question: OPEN_QUESTION },
      command: { type: "referrer-reply", messageId: "message-2", text: " " },
      who: actor(DSL_EMAIL),
      code: "text-required",
    },
    {
      name: "an answer from the LADO officer",
      subject: { ...management, question: OPEN_QUESTION },
      command: exampleLadoCommand("referrer-reply", lado),
      code: "forbidden",
    },
    {
      name: "an answer from another school's safeguarding lead",
      subject: { ...management, question: OPEN_QUESTION },
      command: exampleLadoCommand("referrer-reply", lado),
      who: { ...actor(DSL_EMAIL), subject: "sub-other", organisation: "Hillside Academy" },
      code: "forbidden",
    },
    {
      name: "the same MASH referral twice",
      subject: expectOk(run(caseIn("management"), exampleLadoCommand("refer-to-mash", lado))).case,
      command: exampleLadoCommand("refer-to-mash", lado),
      code: "duplicate-id",
    },
  ])("$name: $code", ({ subject, command, who, code }) => {
    expect(refusal(run(subject, command, who))).toBe(code);
  });
});

describe("initial consideration", () => {
  it("picking a case up starts consideration; giving it back keeps the stage", () => {
    const taken = expectOk(run(receivedCase(), exampleLadoCommand("assign", lado))).case;
    expect(taken).toMatchObject({ stage: "consideration", assignee: { subject: lado.subject } });
    expect(expectOk(run(taken, { type: "assign", assignee: null })).case).toMatchObject({
      stage: "consideration",
      assignee: null,
    });
  });

  it("threshold met moves to management with the reasons", () => {
    const { case: met, events } = expectOk(
      run(caseIn("consideration"), {
        type: "record-consideration",
        threshold: "met",
        reason: " Harmed a child ",
      }),
    );
    expect(met).toMatchObject({
      stage: "management",
      consideration: {
        threshold: "met",
        reason: "Harmed a child",
        decidedAt: MONDAY_10AM,
        decidedBy: { subject: lado.subject },
      },
    });
    expect(events).toEqual([
      { type: "consideration-recorded", threshold: "met", route: null, reason: "Harmed a child" },
    ]);
  });

  it.each(["advice", "employer", "mash", "adults"] as const)(
    "below threshold records the %s route",
    (route) => {
      const { case: below, events } = expectOk(
        run(caseIn("received"), {
          type: "record-consideration",
          threshold: "below",
          route,
          reason: "Low level",
        }),
      );
      expect(below).toMatchObject({ stage: "below-threshold", consideration: { threshold: "below", route } });
      expect(events[0]).toMatchObject({ route });
    },
  );
});

describe("meetings and enquiries", () => {
  it("a strategy meeting is arranged, then recorded with minutes, actions and next review", () => {
    const met = { ...caseIn("management"), meetings: [] };
    const arranged = expectOk(
      run(met, {
        type: "schedule-meeting",
        meetingId: "m1",
        kind: "strategy",
        scheduledFor: new Date("2026-11-24T10:00:00Z"),
        attendees: [{ agency: "police", name: " DC Ria Patel " }],
      }),
    ).case;
    expect(arranged.meetings[0]).toMatchObject({
      id: "m1",
      minutes: null,
      recordedAt: null,
      attendees: [{ name: "DC Ria Patel" }],
    });
    const after = new Date("2026-11-24T15:00:00Z");
    const { case: recorded, events } = expectOk(
      run(
        arranged,
        {
          type: "record-meeting",
          meetingId: "m1",
          attendees: [
            { agency: "police", name: "DC Ria Patel" },
            { agency: "childrens-social-care", name: "Chris Walker" },
          ],
          minutes: " Agreed parallel enquiries ",
          actions: [
            {
              id: "a1",
              owner: "DC Ria Patel",
              action: " Interview the adult ",
              dueAt: new Date("2026-12-01T17:00:00Z"),
            },
          ],
          nextReviewAt: new Date("2026-12-22T10:00:00Z"),
        },
        lado,
        after,
      ),
    );
    expect(recorded.meetings[0]).toMatchObject({
      minutes: "Agreed parallel enquiries",
      recordedAt: after,
      attendees: [{ agency: "police" }, { agency: "childrens-social-care" }],
      actions: [{ owner: "DC Ria Patel", action: "Interview the adult" }],
    });
    expect(events).toEqual([
      {
        type: "meeting-recorded",
        meetingId: "m1",
        kind: "strategy",
        actions: 1,
        nextReviewAt: new Date("2026-12-22T10:00:00Z"),
      },
    ]);
  });

  it("enquiries run in parallel, each with its status, and the outcome waits for all", () => {
    let lado1 = caseIn("management");
    for (const [id, agency] of [
      ["e1", "police"],
      ["e2", "childrens-social-care"],
      ["e3", "employer"],
    ] as const)
      lado1 = expectOk(run(lado1, { type: "start-enquiry", enquiryId: id, agency, note: "" })).case;
    expect(lado1.enquiries.map((e) => [e.agency, e.status])).toEqual([
      ["police", "open"],
      ["childrens-social-care", "open"],
      ["employer", "open"],
    ]);
    const outcome = { type: "record-outcome", category: "substantiated", reason: "Found" } as const;
    for (const id of ["e1", "e2"]) {
      expect(refusal(run(lado1, outcome))).toBe("enquiries-open");
      lado1 = expectOk(
        run(lado1, { type: "update-enquiry", enquiryId: id, status: "concluded", note: "Done" }),
      ).case;
    }
    lado1 = expectOk(
      run(lado1, { type: "update-enquiry", enquiryId: "e3", status: "open", note: "Hearing next week" }),
    ).case;
    expect(lado1.enquiries[2]).toMatchObject({ status: "open", note: "Hearing next week" });
    expect(refusal(run(lado1, outcome))).toBe("enquiries-open");
    lado1 = expectOk(
      run(lado1, { type: "update-enquiry", enquiryId: "e3", status: "concluded", note: "Dismissed" }),
    ).case;
    const { case: done, events } = expectOk(run(lado1, outcome));
    expect(done).toMatchObject({ stage: "outcome", outcome: { category: "substantiated", reason: "Found" } });
    expect(events).toEqual([{ type: "outcome-recorded", category: "substantiated", reason: "Found" }]);
  });
});

describe("follow-on referrals", () => {
  const withOutcome = (category: NonNullable<LadoCase["outcome"]>["category"]) => ({
    ...caseIn("outcome"),
    outcome: { ...caseIn("outcome").outcome!, category },
  });

  it.each([
    ["substantiated", ["dbs", "tra", "ofsted", "professional-body"]],
    ["unsubstantiated", ["ofsted", "professional-body"]],
    ["unfounded", []],
    ["false", []],
    ["malicious", []],
  ] as const)("after %s: %j", (category, allowed) => {
    for (const kind of ["dbs", "tra", "ofsted", "professional-body"] as const) {
      const result = run(withOutcome(category), { type: "record-follow-on", kind, note: "Referred" });
      if ((allowed as readonly string[]).includes(kind)) {
        expect(expectOk(result).case.followOns).toEqual([
          {
            kind,
            note: "Referred",
            recordedAt: MONDAY_10AM,
            recordedBy: { subject: lado.subject, name: lado.name },
          },
        ]);
      } else expect(refusal(result), kind).toBe("follow-on-not-allowed");
    }
  });
});

describe("requests for information", () => {
  it("the LADO asks the referrer, the case waits for them, and their answer clears the question", () => {
    const later = new Date(MONDAY_10AM.getTime() + 3_600_000);
    const asked = expectOk(
      run(caseIn("management"), { type: "ask-referrer", messageId: "message-1", text: " When? " }),
    );
    expect(asked.case).toMatchObject({ stage: "management", question: OPEN_QUESTION });
    expect(asked.events).toEqual([{ type: "referrer-asked", messageId: "message-1" }]);

    const dsl = actor(DSL_EMAIL);
    const answered = expectOk(
      run(asked.case, { type: "referrer-reply", messageId: "message-2", text: "On Friday" }, dsl, later),
    );
    expect(answered.case).toMatchObject({ stage: "management", question: null });
    expect(answered.events).toEqual([{ type: "referrer-replied", messageId: "message-2" }]);
    // Events carry ids, never what was asked or said.
    expect(JSON.stringify([asked.events, answered.events])).not.toMatch(/When|Friday/);

    const again = expectOk(
      run(answered.case, { type: "ask-referrer", messageId: "message-3", text: "Who?" }),
    );
    expect(again.case.question).toEqual({ id: "message-3", askedAt: MONDAY_10AM });
  });

  it("a colleague's referral is answered by the school's safeguarding lead", () => {
    const byColleague = { ...caseIn("received"), referrerSubject: "sub-colleague", question: OPEN_QUESTION };
    expect(
      expectOk(run(byColleague, exampleLadoCommand("referrer-reply", lado), actor(DSL_EMAIL))).case.question,
    ).toBeNull();
  });
});

describe("child protection concerns", () => {
  it("create a linked children's MASH item", () => {
    const {
      case: linked,
      events,
      spawned,
    } = expectOk(
      run(caseIn("management"), {
        type: "refer-to-mash",
        reason: " Own children at home ",
        newItemId: "item-9",
        newReference: "CSC-2611-CCCC",
      }),
    );
    expect(linked.links).toEqual([
      {
        kind: "mash-referral",
        itemId: "item-9",
        reference: "CSC-2611-CCCC",
        reason: "Own children at home",
        linkedAt: MONDAY_10AM,
        linkedBy: { subject: lado.subject, name: lado.name },
      },
    ]);
    expect(linked.stage).toBe("management");
    expect(spawned).toEqual({
      id: "item-9",
      reference: "CSC-2611-CCCC",
      service: "children",
      linkKind: "raised-from-lado",
    });
    expect(events).toEqual([{ type: "referred-to-mash", itemId: "item-9", reference: "CSC-2611-CCCC" }]);
  });

  it("a case routed to the MASH closes once the referral is made and the employer told", () => {
    let below = expectOk(
      run(caseIn("consideration"), {
        type: "record-consideration",
        threshold: "below",
        route: "mash",
        reason: "Parenting concern",
      }),
    ).case;
    below = expectOk(run(below, { type: "record-feedback", message: "Referred to the MASH" })).case;
    expect(refusal(run(below, { type: "close" }))).toBe("mash-referral-required");
    below = expectOk(run(below, exampleLadoCommand("refer-to-mash", lado))).case;
    expect(expectOk(run(below, { type: "close" })).case).toMatchObject({
      stage: "closed",
      closedAt: MONDAY_10AM,
    });
  });
});

describe("closing", () => {
  it("needs what the employer was told", () => {
    const decided = { ...caseIn("outcome"), feedback: null };
    expect(refusal(run(decided, { type: "close" }))).toBe("feedback-required");
    const told = expectOk(run(decided, { type: "record-feedback", message: " Substantiated " })).case;
    expect(told.feedback).toEqual({
      message: "Substantiated",
      recordedAt: MONDAY_10AM,
      recordedBy: { subject: lado.subject, name: lado.name },
    });
    const { case: closed, events } = expectOk(run(told, { type: "close" }));
    expect(closed).toMatchObject({ stage: "closed", closedAt: MONDAY_10AM });
    expect(events).toEqual([{ type: "closed" }]);
  });

  it("a closed case accepts nothing", () => {
    for (const type of LADO_COMMAND_TYPES)
      expect(refusal(run(caseIn("closed"), exampleLadoCommand(type, runnerOf(type)), runnerOf(type)))).toBe(
        "not-allowed-in-stage",
      );
  });

  it("withdraws an unanswered question: nothing waits for the referrer on a closed case", () => {
    const closed = expectOk(run({ ...caseIn("outcome"), question: OPEN_QUESTION }, { type: "close" })).case;
    expect(closed.question).toBeNull();
  });
});
