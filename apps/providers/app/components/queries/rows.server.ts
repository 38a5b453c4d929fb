import {
  type Actor,
  canActAsCouncil,
  providerOf,
  type Query,
  type QueryStatus,
  queryAllows,
} from "@portal/commissioning";
import type { Commissioning } from "@portal/commissioning/service";
import { formatDateTime, formatShortDateTime } from "@portal/intake/london-time";
import { forbidden, notFound } from "../../.server/office.ts";
import { parseAbout } from "../../.server/query-commands.ts";
import type { QueryAbout, QueryRow, QueryStatusName, ThreadMessage } from "./types.ts";

export const STATUS_NAMES: Record<QueryStatus, QueryStatusName> = {
  open: "Open",
  answered: "Answered",
  closed: "Closed",
};

/** The order or invoice a query is about, named as people know it and linked, if this person may see it. */
export function aboutOf(
  commissioning: Commissioning,
  actor: Actor,
  about: { kind: "order" | "invoice"; id: string },
): QueryAbout | null {
  if (about.kind === "order") {
    const order = commissioning.viewOrder(actor, about.id);
    return order.ok
      ? { text: `Order for ${order.value.serviceUserRef}`, href: `/orders/${encodeURIComponent(about.id)}` }
      : null;
  }
  const invoice = commissioning.viewInvoice(actor, about.id);
  return invoice.ok
    ? { text: `Invoice ${invoice.value.number}`, href: `/invoices/${encodeURIComponent(about.id)}` }
    : null;
}

/** What a query is about when its subject cannot be shown. */
export const unlinked = (kind: "order" | "invoice"): QueryAbout => ({
  text: kind === "order" ? "An order" : "An invoice",
  href: null,
});

/** The provider's name, looked up once per provider. */
export function providerNames(commissioning: Commissioning, actor: Actor) {
  const names = new Map<string, string>();
  return (providerId: string): string => {
    let name = names.get(providerId);
    if (name === undefined) {
      const provider = commissioning.viewProvider(actor, providerId);
      name = provider.ok ? provider.value.name : providerId;
      names.set(providerId, name);
    }
    return name;
  };
}

const lastAt = (query: Query) => (query.messages.at(-1)?.at ?? query.raisedAt).getTime();

/** The list's rows, the latest message first; `providerName` only for finance. */
export function queryRows(
  queries: readonly Query[],
  commissioning: Commissioning,
  actor: Actor,
  providerName: ((providerId: string) => string) | null,
): QueryRow[] {
  return [...queries]
    .sort((a, b) => lastAt(b) - lastAt(a))
    .map((query) => ({
      id: query.id,
      title: query.title,
      status: STATUS_NAMES[query.status],
      about: aboutOf(commissioning, actor, query.about) ?? unlinked(query.about.kind),
      team: query.team,
      provider: providerName ? providerName(query.providerId) : null,
      lastMessage: formatShortDateTime(new Date(lastAt(query))),
    }));
}

/** The thread, oldest first: who wrote each message, for whom, and when. */
export function threadMessages(query: Query, providerName: string): ThreadMessage[] {
  return query.messages.map((message, index) => ({
    key: `${index}`,
    from: message.side === "provider" ? `${message.name}, ${providerName}` : `${message.name}, the council`,
    side: message.side,
    at: formatDateTime(message.at),
    text: message.text,
  }));
}

/** The queries page: finance sees every provider's, with each provider's name; a provider only its own. */
export function queryList(commissioning: Commissioning, actor: Actor) {
  const finance = canActAsCouncil(actor);
  const queries = commissioning.listQueries(actor);
  return {
    finance,
    rows: queryRows(queries, commissioning, actor, finance ? providerNames(commissioning, actor) : null),
  };
}

/**
 * The order or invoice a new query is about, from `?about=`: only the provider's own. Finance answers
 * queries and raises none (403); another provider's record, or no such record, is not found (404).
 */
export function newQuerySubject(commissioning: Commissioning, actor: Actor, about: string | null) {
  if (providerOf(actor) === null) throw forbidden();
  const subject = parseAbout(about);
  if (!subject) throw notFound();
  const shown = aboutOf(commissioning, actor, subject);
  if (!shown) throw notFound();
  return { subject, shown };
}

const DONE = {
  raised: "Your question has been sent to the team",
  replied: "Your reply has been sent",
  closed: "The query is closed",
} as const;

/** One query's page: its thread and what this person may do next. Not found for anyone else's. */
export function queryPage(commissioning: Commissioning, actor: Actor, id: string, done: string | null) {
  const viewed = commissioning.viewQuery(actor, id);
  if (!viewed.ok) throw notFound();
  const query = viewed.value;
  const provider = commissioning.viewProvider(actor, query.providerId);
  const providerName = provider.ok ? provider.value.name : query.providerId;
  return {
    id: query.id,
    href: `/queries/${encodeURIComponent(query.id)}`,
    title: query.title,
    status: STATUS_NAMES[query.status],
    provider: canActAsCouncil(actor) ? providerName : null,
    about: aboutOf(commissioning, actor, query.about) ?? unlinked(query.about.kind),
    team: query.team,
    raised: formatDateTime(query.raisedAt),
    messages: threadMessages(query, providerName),
    canReply: queryAllows(query, "reply"),
    canClose: queryAllows(query, "close"),
    closed: query.status === "closed",
    closedAt: query.closedAt ? formatDateTime(query.closedAt) : null,
    done: done !== null && Object.hasOwn(DONE, done) ? DONE[done as keyof typeof DONE] : null,
  };
}
