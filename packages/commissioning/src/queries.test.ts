import { describe, expect, it } from "vitest";
import {
  QUERY_COMMAND_TYPES,
  QUERY_STATUSES,
  type Query,
  type QueryCommand,
  type QueryStatus,
  queryAllows,
  queryTransition,
  raiseQuery,
} from "./queries.ts";
import { at, financeOfficer, oakwoodManager, SUNRISE, sunriseManager } from "./test-support.ts";

const NOW = at("2026-11-25T10:00:00Z");
const TEAMS = ["Brokerage", "Provider payments"];
const input = {
  id: "query-1",
  about: { kind: "invoice" as const, id: "inv-1", providerId: SUNRISE },
  team: "Provider payments",
  title: "Missing visit on 18 November",
  text: "The 08:00 visit on 18 November is not on the invoice.",
};
const ctx = { actor: sunriseManager, now: NOW, teams: TEAMS };

function raised(): Query {
  const result = raiseQuery(input, ctx);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

const reply = (text: string): QueryCommand => ({ type: "reply", text });

function step(query: Query, command: QueryCommand, actor = financeOfficer): Query {
  const result = queryTransition(query, command, { actor, now: NOW });
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

function queryIn(status: QueryStatus): Query {
  const answered = step(raised(), reply("It was an unplanned visit; it is waiting for a decision."));
  if (status === "open") return raised();
  if (status === "answered") return answered;
  return step(answered, { type: "close" }, sunriseManager);
}

describe("raiseQuery", () => {
  it("opens a thread with the provider's first message, to a council team", () => {
    expect(raised()).toEqual({
      id: "query-1",
      providerId: SUNRISE,
      about: { kind: "invoice", id: "inv-1" },
      team: "Provider payments",
      title: "Missing visit on 18 November",
      status: "open",
      messages: [
        { at: NOW, by: sunriseManager.subject, name: "Ruth Green", side: "provider", text: input.text },
      ],
      raisedAt: NOW,
      closedAt: null,
    });
  });

  it.each([
    ["another provider raises it about Sunrise's invoice", { actor: oakwoodManager }, {}, "forbidden"],
    ["finance raises it", { actor: financeOfficer }, {}, "forbidden"],
    ["the team is not one of the council's", {}, { team: "Parks" }, "invalid"],
    ["there is no title", {}, { title: " " }, "invalid"],
    ["there is no message", {}, { text: "" }, "invalid"],
    ["the message is too long", {}, { text: "x".repeat(5001) }, "invalid"],
  ])("refuses when %s", (_name, ctxChange, inputChange, code) => {
    expect(raiseQuery({ ...input, ...inputChange }, { ...ctx, ...ctxChange })).toMatchObject({
      ok: false,
      code,
    });
  });

  it("says what is wrong", () => {
    const result = raiseQuery({ ...input, team: "Parks", title: "" }, ctx);
    if (result.ok) throw new Error("expected a refusal");
    expect(result.message).toBe(
      "Choose a council team: Brokerage or Provider payments. Enter a subject for your query",
    );
  });
});

describe("the query thread", () => {
  const Y = true;
  const N = false;
  // Columns follow QUERY_COMMAND_TYPES: reply, close.
  const expected: Record<QueryStatus, boolean[]> = {
    open: [Y, N],
    answered: [Y, Y],
    closed: [N, N],
  };
  const commands: Record<QueryCommand["type"], QueryCommand> = {
    reply: reply("Thanks"),
    close: { type: "close" },
  };

  for (const status of QUERY_STATUSES) {
    QUERY_COMMAND_TYPES.forEach((type, i) => {
      const allowed = expected[status][i];
      it(`${status} × ${type} → ${allowed ? "allowed" : "refused"}`, () => {
        const query = queryIn(status);
        expect(query.status).toBe(status);
        expect(queryAllows(query, type)).toBe(allowed);
        const result = queryTransition(query, commands[type], { actor: sunriseManager, now: NOW });
        expect(result.ok).toBe(allowed);
        if (!result.ok) expect(result.code).toBe("not-allowed-now");
      });
    });
  }

  it("a council reply answers the query; the provider replying opens it again", () => {
    const answered = queryIn("answered");
    expect(answered.status).toBe("answered");
    expect(answered.messages.map((m) => m.side)).toEqual(["provider", "council"]);
    const reopened = step(answered, reply("It was planned: see the order"), sunriseManager);
    expect(reopened.status).toBe("open");
    expect(reopened.messages).toHaveLength(3);
  });

  it("closing records when", () => {
    expect(queryIn("closed")).toMatchObject({ status: "closed", closedAt: NOW });
  });

  it.each([
    ["another provider replies", reply("Hello"), oakwoodManager, "forbidden"],
    ["a reply is empty", reply("   "), financeOfficer, "invalid"],
  ])("refuses when %s", (_name, command, actor, code) => {
    expect(queryTransition(raised(), command, { actor, now: NOW })).toMatchObject({ ok: false, code });
  });
});
