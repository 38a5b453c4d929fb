import { demoPersonas } from "@portal/identity";
import { describe, expect, it } from "vitest";
import { canRunLado, canSeeCaseAsReferrer, canViewCase, ladoReferrerView } from "./permissions.ts";
import {
  actor,
  caseIn,
  DSL_EMAIL,
  exampleLadoCommand,
  LADO_EMAIL,
  ladoContext,
  OPEN_QUESTION,
} from "./test-support.ts";
import { LADO_COMMAND_TYPES } from "./types.ts";
import { ladoTransition } from "./workflow.ts";

const emails = demoPersonas.map((p) => p.email);

/** Who may do what with a LADO case; every other demo persona is refused everything. */
const MAY = {
  view: [LADO_EMAIL],
  run: [LADO_EMAIL],
  /** The referring school's DSL: status, questions and outcome category only. */
  seeAsReferrer: [DSL_EMAIL],
  /** The answer to the LADO's question is the referrer's alone. */
  answer: [DSL_EMAIL],
};

describe.each(emails)("%s", (email) => {
  const who = actor(email);
  const lado = caseIn("management");

  it("may view LADO cases only if a LADO officer", () => {
    expect(canViewCase(who)).toBe(MAY.view.includes(email));
  });

  it.each(LADO_COMMAND_TYPES.filter((type) => type !== "referrer-reply"))(
    "may %s only if a LADO officer",
    (type) => {
      expect(canRunLado(who, lado, exampleLadoCommand(type, who))).toBe(MAY.run.includes(email));
    },
  );

  it("may answer the LADO's question only if the referrer", () => {
    const asked = { ...lado, question: OPEN_QUESTION };
    expect(canRunLado(who, asked, exampleLadoCommand("referrer-reply", who))).toBe(
      MAY.answer.includes(email),
    );
    const result = ladoTransition(asked, exampleLadoCommand("referrer-reply", who), ladoContext(who));
    expect(result.ok).toBe(MAY.answer.includes(email));
  });

  it("is refused by the workflow itself unless a LADO officer", () => {
    const result = ladoTransition(lado, exampleLadoCommand("start-enquiry", who), ladoContext(who));
    expect(result.ok).toBe(MAY.run.includes(email));
    if (!result.ok) expect(result.error.code).toBe("forbidden");
  });

  it("may see the case as its referrer only if they referred it or lead safeguarding there", () => {
    expect(canSeeCaseAsReferrer(who, lado)).toBe(MAY.seeAsReferrer.includes(email));
  });
});

describe("the referrer", () => {
  const dsl = actor(DSL_EMAIL);

  it("is the person who referred, even without the DSL role", () => {
    const referred = { ...caseIn("received"), referrerSubject: "sub-someone", referrerOrganisation: null };
    expect(canSeeCaseAsReferrer({ ...dsl, subject: "sub-someone", roles: ["professional"] }, referred)).toBe(
      true,
    );
    expect(canSeeCaseAsReferrer(dsl, referred)).toBe(false);
  });

  it("includes the organisation's safeguarding lead, not everyone there", () => {
    const byColleague = { ...caseIn("received"), referrerSubject: "sub-colleague" };
    expect(canSeeCaseAsReferrer(dsl, byColleague)).toBe(true);
    expect(canSeeCaseAsReferrer({ ...dsl, roles: ["professional"] }, byColleague)).toBe(false);
    expect(canSeeCaseAsReferrer(dsl, { ...byColleague, referrerOrganisation: "Another School" })).toBe(false);
  });

  it("sees the status, the open question, the outcome category and what the employer was told, and nothing else", () => {
    const concluded = { ...caseIn("outcome"), question: OPEN_QUESTION };
    expect(ladoReferrerView(concluded)).toEqual({
      reference: "LADO-2611-AAAA",
      stage: "outcome",
      receivedAt: concluded.receivedAt,
      outcome: "substantiated",
      belowThreshold: false,
      feedback: "The allegation was substantiated.",
      questionId: "message-1",
    });
    expect(ladoReferrerView(caseIn("management"))).toMatchObject({
      outcome: null,
      feedback: null,
      questionId: null,
    });
    expect(ladoReferrerView(caseIn("below-threshold")).belowThreshold).toBe(true);
    // Reasons, minutes and the officer's name stay with the LADO.
    const seen = JSON.stringify(ladoReferrerView(concluded));
    for (const secret of ["Evidence supports it", "Police to interview", "Dana Clarke"])
      expect(seen).not.toContain(secret);
  });
});
