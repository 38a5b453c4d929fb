import { done, givenText, type Outcome, refuse } from "./outcome.ts";
import { type Actor, canActAsCouncil, canActAsProvider } from "./permissions.ts";

/**
 * Queries ("actions" in the portals providers know): a provider asks a council team about an order or
 * an invoice and the answers thread under it. A council reply makes it answered; a provider reply
 * opens it again; once answered, either side may close it. A closed query takes nothing more: the
 * provider raises a new one. The team routes the query; any council officer in this portal may answer.
 */

export interface QueryMessage {
  at: Date;
  by: string;
  name: string;
  side: "provider" | "council";
  text: string;
}

export const QUERY_STATUSES = ["open", "answered", "closed"] as const;
export type QueryStatus = (typeof QUERY_STATUSES)[number];

export interface Query {
  id: string;
  providerId: string;
  about: { kind: "order" | "invoice"; id: string };
  team: string;
  title: string;
  status: QueryStatus;
  messages: QueryMessage[];
  raisedAt: Date;
  closedAt: Date | null;
}

export const QUERY_COMMAND_TYPES = ["reply", "close"] as const;
export type QueryCommand = { type: "reply"; text: string } | { type: "close" };

export interface QueryEvent {
  type: "query-raised" | "query-replied" | "query-closed";
  queryId: string;
  at: Date;
  by: string;
}

export type QueryRefusal = "forbidden" | "not-allowed-now" | "invalid";
export type QueryOutcome = Outcome<Query, QueryEvent, QueryRefusal>;

const MAX_MESSAGE = 5000;

const ALLOWED: Record<QueryStatus, readonly QueryCommand["type"][]> = {
  open: ["reply"],
  answered: ["reply", "close"],
  closed: [],
};

export function queryAllows(query: Pick<Query, "status">, type: QueryCommand["type"]): boolean {
  return ALLOWED[query.status].includes(type);
}

function messageProblem(text: string | null): string | null {
  if (text === null) return "Enter your message";
  return text.length > MAX_MESSAGE ? "Your message must be 5,000 characters or fewer" : null;
}

function event(query: Query, type: QueryEvent["type"], ctx: { actor: Actor; now: Date }): QueryEvent {
  return { type, queryId: query.id, at: ctx.now, by: ctx.actor.subject };
}

/** A provider raises a query about one of its own orders or invoices, to one of the council's teams. */
export function raiseQuery(
  input: {
    id: string;
    about: { kind: "order" | "invoice"; id: string; providerId: string };
    team: string;
    title: string;
    text: string;
  },
  ctx: { actor: Actor; now: Date; teams: readonly string[] },
): QueryOutcome {
  const { providerId, ...about } = input.about;
  if (!canActAsProvider(ctx.actor, { providerId }))
    return refuse("forbidden", "You do not have permission to do this");
  const title = givenText(input.title);
  const text = givenText(input.text);
  const problems = [
    ctx.teams.includes(input.team) ? null : `Choose a council team: ${ctx.teams.join(" or ")}`,
    title === null ? "Enter a subject for your query" : null,
    messageProblem(text),
  ].filter((p) => p !== null);
  if (problems.length > 0 || title === null || text === null) return refuse("invalid", problems.join(". "));
  const query: Query = {
    id: input.id,
    providerId,
    about,
    team: input.team,
    title,
    status: "open",
    messages: [{ at: ctx.now, by: ctx.actor.subject, name: ctx.actor.name, side: "provider", text }],
    raisedAt: ctx.now,
    closedAt: null,
  };
  return done(query, [event(query, "query-raised", ctx)]);
}

export function queryTransition(
  query: Query,
  command: QueryCommand,
  ctx: { actor: Actor; now: Date },
): QueryOutcome {
  const side: QueryMessage["side"] | null = canActAsProvider(ctx.actor, query)
    ? "provider"
    : canActAsCouncil(ctx.actor)
      ? "council"
      : null;
  if (side === null) return refuse("forbidden", "You do not have permission to do this");
  if (!queryAllows(query, command.type)) {
    return refuse("not-allowed-now", `You cannot do this because the query is ${query.status}`);
  }
  switch (command.type) {
    case "reply": {
      const text = givenText(command.text);
      const problem = messageProblem(text);
      if (problem !== null || text === null) return refuse("invalid", problem ?? "Enter your message");
      const message: QueryMessage = { at: ctx.now, by: ctx.actor.subject, name: ctx.actor.name, side, text };
      const replied: Query = {
        ...query,
        status: side === "council" ? "answered" : "open",
        messages: [...query.messages, message],
      };
      return done(replied, [event(replied, "query-replied", ctx)]);
    }
    case "close": {
      const closed: Query = { ...query, status: "closed", closedAt: ctx.now };
      return done(closed, [event(closed, "query-closed", ctx)]);
    }
  }
}
