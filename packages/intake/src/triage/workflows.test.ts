import { describe, expect, it } from "vitest";
import {
  actor,
  context,
  exampleCommand,
  itemIn,
  MONDAY_10AM,
  openCheck,
  receivedItem,
} from "./test-support.ts";
import {
  type Actor,
  COMMAND_TYPES,
  type Command,
  type CommandType,
  STAGES,
  type Stage,
  TRIAGE_SERVICES,
  type TriageItem,
  type TriageService,
} from "./types.ts";
import { transition } from "./workflows.ts";

const Y = true;
const N = false;

/**
 * Written out by hand, not read from WORKFLOWS: which commands each stage accepts.
 * Columns follow COMMAND_TYPES: acknowledge, assign, screen, request-check, respond-to-check,
 * withdraw-check, link, mark-duplicate, decide, step-down, record-feedback, reroute, refer-to-lado,
 * ask-referrer, referrer-reply, close.
 */
const adults: Record<Stage, boolean[]> = {
  received: [Y, Y, Y, N, N, N, Y, Y, N, N, N, Y, N, Y, Y, N],
  screening: [Y, Y, Y, Y, Y, Y, Y, Y, Y, N, N, Y, N, Y, Y, N],
  decided: [Y, Y, N, N, N, N, Y, N, N, N, Y, N, N, Y, Y, Y],
  closed: [N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N],
};

/** As the adults front door, and an allegation about an adult can go to the LADO while the item is open. */
const earlyHelp: Record<Stage, boolean[]> = {
  received: [Y, Y, Y, N, N, N, Y, Y, N, N, N, Y, Y, Y, Y, N],
  screening: [Y, Y, Y, Y, Y, Y, Y, Y, Y, N, N, Y, Y, Y, Y, N],
  decided: [Y, Y, N, N, N, N, Y, N, N, N, Y, N, Y, Y, Y, Y],
  closed: [N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N],
};

const expected: Record<TriageService, Record<Stage, boolean[]>> = {
  // Children's as early help, and a manager can step down while screening.
  children: { ...earlyHelp, screening: [Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, N, Y, Y, Y, Y, N] },
  "early-help": earlyHelp,
  adults,
};

const lead: Record<TriageService, Actor> = {
  children: actor("mash.manager@council.example.org"),
  "early-help": actor("earlyhelp@council.example.org"),
  adults: actor("adults@council.example.org"),
};

/** The item each command is tried on: a stage's item, with the open check a check command needs. */
function subjectFor(service: TriageService, stage: Stage, type: CommandType): TriageItem {
  const item = { ...itemIn(service, stage) };
  if (type === "respond-to-check" || type === "withdraw-check") item.checks = [openCheck()];
  if (type === "step-down") item.consent = "given";
  if (type === "acknowledge") item.acknowledgedAt = null;
  if (type === "ask-referrer") item.question = null;
  if (type === "referrer-reply") item.question = { id: "msg-1", askedAt: MONDAY_10AM };
  return item;
}

describe.each(TRIAGE_SERVICES)("the %s workflow", (service) => {
  const cases = STAGES.flatMap((stage) =>
    COMMAND_TYPES.map((type, column) => ({ stage, type, allowed: expected[service][stage][column] })),
  );

  it.each(cases)("$stage × $type allowed: $allowed", ({ stage, type, allowed }) => {
    const who =
      type === "respond-to-check"
        ? actor("mash.police@police.example.org")
        : type === "referrer-reply"
          ? actor("dsl@school.example.org")
          : lead[service];
    const item = subjectFor(service, stage, type);
    const result = transition(item, exampleCommand(type, service, who), context(who));
    if (allowed) {
      expect(result.ok, JSON.stringify(result)).toBe(true);
      if (result.ok) expect(result.events.length).toBeGreaterThan(0);
    } else {
      expect(result).toMatchObject({ ok: false, error: { code: "not-allowed-in-stage" } });
    }
  });
});

const manager = actor("mash.manager@council.example.org");
const practitioner = actor("mash.sw@council.example.org");

function run(
  item: TriageItem,
  command: Parameters<typeof transition>[1],
  who: Actor = manager,
  now = MONDAY_10AM,
) {
  return transition(item, command, context(who, now));
}

function expectOk(result: ReturnType<typeof transition>) {
  if (!result.ok) throw new Error(`refused: ${result.error.code}`);
  return result;
}

describe("screening and RAG", () => {
  it("moves a received item into screening with its rating and time", () => {
    const { item, events } = expectOk(
      run(receivedItem("children"), { type: "screen", rag: "red", reason: "" }, practitioner),
    );
    expect(item).toMatchObject({ stage: "screening", rag: "red", screenedAt: MONDAY_10AM, ragReason: null });
    expect(events).toEqual([{ type: "screened", rag: "red", previousRag: null, reason: "" }]);
  });

  it("needs a reason to change a rating, and records it", () => {
    const screened = itemIn("children", "screening");
    expect(run(screened, { type: "screen", rag: "red", reason: "  " })).toMatchObject({
      ok: false,
      error: { code: "reason-required" },
    });
    const { item } = expectOk(
      run(screened, { type: "screen", rag: "red", reason: " Police report of violence " }),
    );
    expect(item).toMatchObject({ rag: "red", ragReason: "Police report of violence" });
  });

  it("lets a practitioner confirm the same rating but not change it", () => {
    const screened = itemIn("children", "screening");
    expect(run(screened, { type: "screen", rag: "amber", reason: "" }, practitioner).ok).toBe(true);
    expect(run(screened, { type: "screen", rag: "red", reason: "Worse" }, practitioner)).toMatchObject({
      error: { code: "forbidden" },
    });
  });

  it("taking an item starts screening; giving it back keeps the stage", () => {
    const taken = expectOk(
      run(
        receivedItem("children"),
        { type: "assign", assignee: { subject: practitioner.subject, name: practitioner.name } },
        practitioner,
      ),
    ).item;
    expect(taken.stage).toBe("screening");
    const released = expectOk(run(taken, { type: "assign", assignee: null }, practitioner)).item;
    expect(released).toMatchObject({ stage: "screening", assignee: null });
  });
});

describe("acknowledgement", () => {
  it("is recorded once", () => {
    const { item } = expectOk(run(receivedItem("children"), { type: "acknowledge" }, practitioner));
    expect(item.acknowledgedAt).toEqual(MONDAY_10AM);
    expect(run(item, { type: "acknowledge" }, practitioner)).toMatchObject({
      error: { code: "already-acknowledged" },
    });
  });
});

describe("partner checks", () => {
  const screened = itemIn("children", "screening");

  it("asks one agency a question, due by the amber check time", () => {
    const { item, events } = expectOk(
      run(
        screened,
        { type: "request-check", checkId: "c1", agency: "police", question: " Known to police? " },
        practitioner,
      ),
    );
    // Amber: 4 working hours from Monday 10:00 is 14:00 the same day.
    expect(item.checks[0]).toMatchObject({
      id: "c1",
      agency: "police",
      question: "Known to police?",
      status: "open",
      dueAt: new Date("2026-11-23T14:00:00Z"),
    });
    expect(events[0]).toMatchObject({ type: "check-requested", agency: "police" });
  });

  it("refuses an empty question", () => {
    expect(
      run(screened, { type: "request-check", checkId: "c1", agency: "health", question: " " }),
    ).toMatchObject({
      error: { code: "text-required" },
    });
  });

  it("is answered by that agency's desk only, once", () => {
    const asked = { ...screened, checks: [openCheck()] };
    const health = actor("mash.health@health.example.org");
    expect(
      run(asked, { type: "respond-to-check", checkId: "check-1", response: "Nothing" }, health),
    ).toMatchObject({
      error: { code: "forbidden" },
    });
    const police = actor("mash.police@police.example.org");
    const { item } = expectOk(
      run(asked, { type: "respond-to-check", checkId: "check-1", response: "Two call-outs" }, police),
    );
    expect(item.checks[0]).toMatchObject({
      status: "answered",
      response: "Two call-outs",
      respondedBy: { subject: police.subject, organisation: "County Police MASH desk" },
    });
    expect(
      run(item, { type: "respond-to-check", checkId: "check-1", response: "Again" }, police),
    ).toMatchObject({
      error: { code: "check-not-open" },
    });
    expect(run(item, { type: "respond-to-check", checkId: "nope", response: "x" }, police)).toMatchObject({
      error: { code: "forbidden" },
    });
  });

  it("holds back a decision while a check is open, until it is withdrawn", () => {
    const asked = { ...screened, checks: [openCheck()] };
    const decide = { type: "decide", outcome: "s17-assessment", reason: "Needs assessment" } as const;
    expect(run(asked, decide)).toMatchObject({ error: { code: "checks-outstanding" } });
    expect(run(asked, { type: "withdraw-check", checkId: "check-1", reason: "" })).toMatchObject({
      error: { code: "reason-required" },
    });
    const { item } = expectOk(
      run(asked, { type: "withdraw-check", checkId: "check-1", reason: "Answered by phone" }),
    );
    expect(item.checks[0]).toMatchObject({ status: "withdrawn", withdrawnReason: "Answered by phone" });
    expect(run(item, decide).ok).toBe(true);
  });
});

describe("children's decisions", () => {
  const screened = itemIn("children", "screening");

  it("are a manager's", () => {
    const decide = { type: "decide", outcome: "s17-assessment", reason: "Needs assessment" } as const;
    expect(run(screened, decide, practitioner)).toMatchObject({ error: { code: "forbidden" } });
    const { item, events } = expectOk(run(screened, decide));
    expect(item).toMatchObject({
      stage: "decided",
      decision: { outcome: "s17-assessment", decidedBy: { subject: manager.subject } },
    });
    expect(events[0]).toMatchObject({
      type: "decided",
      codes: { ssdFlags: ["NEW_REFERRAL"], referralSource: "2A", isReferral: true, referralNfa: false },
    });
  });

  it("need a RAG rating, a reason and a known outcome", () => {
    const unrated = { ...screened, rag: null };
    expect(run(unrated, { type: "decide", outcome: "nfa", reason: "x" })).toMatchObject({
      error: { code: "rag-required" },
    });
    expect(run(screened, { type: "decide", outcome: "nfa", reason: "" })).toMatchObject({
      error: { code: "reason-required" },
    });
    expect(run(screened, { type: "decide", outcome: "s42-enquiry", reason: "x" })).toMatchObject({
      error: { code: "unknown-outcome" },
    });
    // Early help is offered by stepping down, which creates the early help item.
    expect(run(screened, { type: "decide", outcome: "early-help", reason: "x" })).toMatchObject({
      error: { code: "unknown-outcome" },
    });
  });

  it("step down to early help only with consent, creating the linked item", () => {
    const command = {
      type: "step-down",
      reason: "Parenting support",
      consentObtained: false,
      newItemId: "eh-1",
      newReference: "EH-2611-DDDD",
    } as const;
    expect(run({ ...screened, consent: "not-sought" }, command)).toMatchObject({
      error: { code: "consent-required" },
    });
    const { item, events, spawned } = expectOk(
      run({ ...screened, consent: "not-sought" }, { ...command, consentObtained: true }),
    );
    expect(item).toMatchObject({ stage: "decided", decision: { outcome: "early-help" } });
    expect(item.links).toContainEqual(expect.objectContaining({ kind: "stepped-down-to", itemId: "eh-1" }));
    expect(spawned).toEqual({
      id: "eh-1",
      reference: "EH-2611-DDDD",
      service: "early-help",
      linkKind: "stepped-down-from",
    });
    expect(events.map((e) => e.type)).toEqual(["decided", "stepped-down"]);
  });
});

describe("early help and adults decisions", () => {
  it("early help allocation needs the family's consent", () => {
    const screened = { ...itemIn("early-help", "screening"), consent: "refused" as const };
    const who = actor("earlyhelp@council.example.org");
    expect(
      run(screened, { type: "decide", outcome: "targeted-family-help", reason: "x" }, who),
    ).toMatchObject({
      error: { code: "consent-required" },
    });
    const { events } = expectOk(
      run(screened, { type: "decide", outcome: "universal-signposted", reason: "Signposted" }, who),
    );
    expect(events[0]).toMatchObject({
      codes: { serviceOutcome: "universal-signposted", referralSource: "2A" },
    });
  });

  it("a section 42 enquiry needs all three conditions", () => {
    const screened = itemIn("adults", "screening");
    const who = actor("adults@council.example.org");
    const s42 = { careAndSupportNeeds: true, abuseOrNeglect: true, unableToProtectSelf: false };
    expect(run(screened, { type: "decide", outcome: "s42-enquiry", reason: "x", s42 }, who)).toMatchObject({
      error: { code: "s42-criteria-required" },
    });
    expect(run(screened, { type: "decide", outcome: "s42-enquiry", reason: "x" }, who)).toMatchObject({
      error: { code: "s42-criteria-required" },
    });
    const all = { ...s42, unableToProtectSelf: true };
    expect(run(screened, { type: "decide", outcome: "s42-enquiry", reason: "x", s42: all }, who).ok).toBe(
      true,
    );
  });
});

describe("re-routing", () => {
  it("moves the item to the other service on its own clock, cleared for fresh screening", () => {
    const later = new Date("2026-11-23T11:00:00Z");
    const screened = itemIn("children", "screening");
    const { item, events } = expectOk(
      run(screened, { type: "reroute", to: "adults", reason: "An adult at risk" }, manager, later),
    );
    expect(item).toMatchObject({
      service: "adults",
      reroutedFrom: "children",
      enteredServiceAt: later,
      stage: "received",
      rag: null,
      assignee: null,
      receivedAt: screened.receivedAt,
    });
    expect(events).toEqual([
      { type: "rerouted", from: "children", to: "adults", reason: "An adult at risk", outcome: null },
    ]);
  });

  it("from early help to the MASH is early help's step-up outcome", () => {
    const who = actor("earlyhelp@council.example.org");
    const { events } = expectOk(
      run(itemIn("early-help", "received"), { type: "reroute", to: "children", reason: "Risk" }, who),
    );
    expect(events[0]).toMatchObject({ outcome: "step-up-mash" });
  });

  it("needs another service and a reason", () => {
    const item = itemIn("children", "received");
    expect(run(item, { type: "reroute", to: "children", reason: "x" })).toMatchObject({
      error: { code: "same-service" },
    });
    expect(run(item, { type: "reroute", to: "adults", reason: "" })).toMatchObject({
      error: { code: "reason-required" },
    });
    expect(run(item, { type: "reroute", to: "adults", reason: "x" }, practitioner)).toMatchObject({
      error: { code: "forbidden" },
    });
  });
});

describe("links and duplicates", () => {
  it("records a link once and never to the item itself", () => {
    const item = itemIn("children", "screening");
    const command = {
      type: "link",
      kind: "same-person",
      itemId: "item-0",
      reference: "CSC-2601-BBBB",
      note: " Same child ",
    } as const;
    const linked = expectOk(run(item, command, practitioner)).item;
    expect(linked.links[0]).toMatchObject({ kind: "same-person", itemId: "item-0", note: "Same child" });
    expect(run(linked, command, practitioner)).toMatchObject({ error: { code: "already-linked" } });
    expect(run(item, { ...command, itemId: item.id }, practitioner)).toMatchObject({
      error: { code: "self-link" },
    });
  });

  it("a duplicate closes with a link to the original", () => {
    const { item, events } = expectOk(
      run(
        receivedItem("children"),
        { type: "mark-duplicate", itemId: "item-0", reference: "CSC-2601-BBBB" },
        practitioner,
      ),
    );
    expect(item).toMatchObject({ stage: "closed", closure: "duplicate" });
    expect(item.links[0]).toMatchObject({ kind: "duplicate-of", itemId: "item-0" });
    expect(events.map((e) => e.type)).toEqual(["marked-duplicate", "closed"]);
  });
});

describe("closing", () => {
  const decided = { ...itemIn("children", "decided"), feedback: null };

  it("needs the referrer's feedback recorded first", () => {
    expect(run(decided, { type: "close" }, practitioner)).toMatchObject({
      error: { code: "feedback-required" },
    });
    expect(run(decided, { type: "record-feedback", message: " " }, practitioner)).toMatchObject({
      error: { code: "text-required" },
    });
    const told = expectOk(
      run(decided, { type: "record-feedback", message: "An assessment will start." }, practitioner),
    ).item;
    expect(told.feedback).toMatchObject({ message: "An assessment will start.", recordedAt: MONDAY_10AM });
    expect(expectOk(run(told, { type: "close" }, practitioner)).item).toMatchObject({
      stage: "closed",
      closure: "completed",
    });
  });

  it("does not wait for feedback nobody can receive (an anonymous report)", () => {
    expect(run({ ...decided, referrerAnonymous: true }, { type: "close" }, practitioner).ok).toBe(true);
  });

  it("withdraws a question the referrer never answered, so nobody is left waiting for them", () => {
    const asking = {
      ...decided,
      feedback: { message: "Done", recordedAt: MONDAY_10AM, recordedBy: { subject: "s", name: "n" } },
      question: { id: "q-1", askedAt: MONDAY_10AM },
    };
    expect(expectOk(run(asking, { type: "close" }, practitioner)).item.question).toBeNull();
    const duplicate = { ...receivedItem("children"), question: { id: "q-2", askedAt: MONDAY_10AM } };
    const marked = run(
      duplicate,
      { type: "mark-duplicate", itemId: "item-0", reference: "CSC-2601-BBBB" },
      practitioner,
    );
    expect(expectOk(marked).item.question).toBeNull();
  });
});

describe("outside the services", () => {
  it.each([
    "gp@health.example.org",
    "lado@council.example.org",
    "records@council.example.org",
    "mash.police@police.example.org",
  ])("%s cannot act on a children's item", (email) => {
    expect(run(itemIn("children", "screening"), { type: "acknowledge" }, actor(email))).toMatchObject({
      error: { code: "forbidden" },
    });
  });
});

describe("questions for the referrer", () => {
  const referrer = actor("dsl@school.example.org");

  it("wait for the referrer's answer, one at a time", () => {
    const item = itemIn("children", "screening");
    const asked = expectOk(
      run(item, { type: "ask-referrer", messageId: "q1", text: "Who else lives there?" }, practitioner),
    );
    expect(asked.item.question).toEqual({ id: "q1", askedAt: MONDAY_10AM });
    expect(
      run(asked.item, { type: "ask-referrer", messageId: "q2", text: "And?" }, practitioner),
    ).toMatchObject({
      error: { code: "question-open" },
    });
    expect(
      run(asked.item, { type: "referrer-reply", messageId: "a1", text: "Grandma" }, practitioner),
    ).toMatchObject({
      error: { code: "forbidden" },
    });
    const answered = expectOk(
      run(asked.item, { type: "referrer-reply", messageId: "a1", text: "Grandma" }, referrer),
    );
    expect(answered.item.question).toBeNull();
    expect(answered.events).toEqual([{ type: "referrer-replied", messageId: "a1" }]);
    expect(
      run(answered.item, { type: "referrer-reply", messageId: "a2", text: "x" }, referrer),
    ).toMatchObject({
      error: { code: "no-question" },
    });
  });

  it("cannot be put to an anonymous referrer, and need words", () => {
    const item = { ...itemIn("children", "received"), referrerAnonymous: true };
    expect(run(item, { type: "ask-referrer", messageId: "q1", text: "Who?" }, practitioner)).toMatchObject({
      error: { code: "anonymous-referrer" },
    });
    expect(
      run(itemIn("children", "received"), { type: "ask-referrer", messageId: "q1", text: " " }, practitioner),
    ).toMatchObject({
      error: { code: "text-required" },
    });
  });
});

type ReferToLado = Extract<Command, { type: "refer-to-lado" }>;

describe("sending an allegation to the LADO", () => {
  const command = exampleCommand("refer-to-lado", "children", manager) as ReferToLado;

  it("links the item to the new case and leaves it where it is in the MASH", () => {
    const screened = itemIn("children", "screening");
    const { item, events, lado, spawned } = expectOk(
      run(screened, {
        ...command,
        adultName: " Jamie Fox ",
        employer: " Greenfield Primary School ",
        jobTitle: "  ",
        reason: " A pupil says the assistant grabbed her ",
      }),
    );
    expect(item).toMatchObject({ stage: "screening", service: "children", decision: null });
    expect(item.links).toEqual([
      {
        kind: "sent-to-lado",
        itemId: "lado-9",
        reference: "LADO-2611-CCCC",
        linkedAt: MONDAY_10AM,
        linkedBy: { subject: manager.subject, name: manager.name },
        note: "A pupil says the assistant grabbed her",
      },
    ]);
    expect(events).toEqual([
      {
        type: "sent-to-lado",
        itemId: "lado-9",
        reference: "LADO-2611-CCCC",
        reason: "A pupil says the assistant grabbed her",
      },
    ]);
    expect(spawned).toBeUndefined();
    expect(lado).toEqual({
      id: "lado-9",
      reference: "LADO-2611-CCCC",
      adult: { name: "Jamie Fox", dateOfBirth: "1985-04-12", jobTitle: null },
      employerName: "Greenfield Primary School",
      reason: "A pupil says the assistant grabbed her",
    });
  });

  it.each<[string, Partial<ReferToLado>, string]>([
    ["the adult's name", { adultName: " " }, "name-required"],
    ["the employer", { employer: "" }, "employer-required"],
    ["a reason", { reason: "\n" }, "reason-required"],
  ])("needs %s", (_what, change, code) => {
    expect(run(itemIn("children", "received"), { ...command, ...change })).toMatchObject({
      ok: false,
      error: { code },
    });
  });

  it("sends an item once, and never one the LADO raised", () => {
    const sent = expectOk(run(itemIn("children", "decided"), command)).item;
    expect(run(sent, { ...command, newItemId: "lado-10" })).toMatchObject({
      ok: false,
      error: { code: "already-with-lado", message: expect.stringContaining("LADO-2611-CCCC") },
    });
    const raised = {
      ...itemIn("children", "received"),
      links: [
        {
          kind: "raised-from-lado" as const,
          itemId: "lado-1",
          reference: "LADO-2611-AAAA",
          linkedAt: MONDAY_10AM,
          linkedBy: { subject: "sub-lado", name: "Dana Clarke" },
          note: "A child in the adult's household",
        },
      ],
    };
    expect(run(raised, command)).toMatchObject({
      ok: false,
      error: { code: "already-with-lado", message: expect.stringContaining("LADO-2611-AAAA") },
    });
  });

  it("is a children's manager's call, as re-routing is, and early help's own", () => {
    expect(run(itemIn("children", "screening"), command, practitioner)).toMatchObject({
      error: { code: "forbidden" },
    });
    const earlyHelp = actor("earlyhelp@council.example.org");
    expect(run(itemIn("early-help", "received"), command, earlyHelp).ok).toBe(true);
  });
});
