import {
  type Actor,
  type Contract,
  canActAsCouncil,
  canActAsProvider,
  DEFAULT_ORDER_POLICY,
  ORDER_STATUSES,
  type OrderStatus,
  type OrderTerms,
  type OrderVersion,
  orderAllows,
  orderStatus,
  type PlannedCall,
  type ServiceOrder,
} from "@portal/commissioning";
import { formatDate, formatDateTime } from "@portal/web";
import type { SummaryRow } from "@portal/web/casework/lines-list.tsx";
import { MAX_REJECT_REASON, type OrderIntent } from "../../.server/order-commands.ts";
import { durationText } from "../duration.ts";
import { ORDER_STATUS_CLASSES, ORDER_STATUS_NAMES, WEEKDAY_NAMES } from "./names.ts";

/**
 * The order pages' display data, worked out on the server: dates, hours and words are strings by
 * the time they reach the browser, so no domain code is shipped to it.
 */

export interface StatusTag {
  text: string;
  classes: string;
}

const tagOf = (status: OrderStatus): StatusTag => ({
  text: ORDER_STATUS_NAMES[status],
  classes: ORDER_STATUS_CLASSES[status],
});

/** New and changed orders wait for the provider to accept or reject them. */
export const isWaiting = (status: OrderStatus) => status === "new" || status === "changed";

function latest(order: ServiceOrder): OrderVersion {
  const version = order.versions.at(-1);
  if (!version) throw new Error(`order ${order.id} has no versions`);
  return version;
}

const dateText = (date: string) => formatDate(date);
const endText = (date: string | null) => (date === null ? "No end date" : dateText(date));

const weeklyMinutes = (terms: OrderTerms) => terms.calls.reduce((sum, call) => sum + call.minutes, 0);

// ---------------------------------------------------------------------------------------------
// The list

export const STATUS_FILTERS = ["", "waiting", ...ORDER_STATUSES] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/** The list's filter lives in its address; anything unrecognised shows every order. */
export function statusFilterOf(params: URLSearchParams): StatusFilter {
  return STATUS_FILTERS.find((filter) => filter !== "" && filter === params.get("status")) ?? "";
}

const matches = (filter: StatusFilter, status: OrderStatus) =>
  filter === "" || (filter === "waiting" ? isWaiting(status) : filter === status);

export interface OrderRow {
  id: string;
  person: string;
  provider: string;
  status: StatusTag;
  start: string;
  end: string;
  calls: string;
  hours: string;
}

export interface OrdersPage {
  /** Finance sees every provider's orders, so the list names the provider; a provider sees its own. */
  finance: boolean;
  filter: StatusFilter;
  filters: { value: StatusFilter; text: string }[];
  /** Every order waiting for a decision, whatever the filter: the count shown first. */
  waitingCount: number;
  waiting: OrderRow[];
  others: OrderRow[];
}

/** The orders this person may see, those waiting for the provider's decision first. */
export function ordersPage(orders: readonly ServiceOrder[], actor: Actor, filter: StatusFilter): OrdersPage {
  const finance = canActAsCouncil(actor);
  const described = orders.map((order) => {
    const version = latest(order);
    const status = orderStatus(order);
    const row: OrderRow = {
      id: order.id,
      person: order.serviceUserRef,
      provider: order.providerId,
      status: tagOf(status),
      start: dateText(version.terms.startDate),
      end: endText(version.terms.endDate),
      calls: String(version.terms.calls.length),
      hours: durationText(weeklyMinutes(version.terms)),
    };
    return { row, status, issuedAt: version.issuedAt.getTime() };
  });
  const byPerson = (a: { row: OrderRow }, b: { row: OrderRow }) =>
    a.row.person.localeCompare(b.row.person, "en-GB") ||
    a.row.provider.localeCompare(b.row.provider, "en-GB");
  const waiting = described.filter((order) => isWaiting(order.status));
  const shown = described.filter((order) => matches(filter, order.status));
  return {
    finance,
    filter,
    filters: [
      { value: "", text: "All orders" },
      {
        value: "waiting",
        text: finance ? "Waiting for the provider's decision" : "Waiting for your decision",
      },
      ...ORDER_STATUSES.map((status) => ({ value: status, text: ORDER_STATUS_NAMES[status] })),
    ],
    waitingCount: waiting.length,
    // The longest waiting first.
    waiting: shown
      .filter((order) => isWaiting(order.status))
      .sort((a, b) => a.issuedAt - b.issuedAt || byPerson(a, b))
      .map((order) => order.row),
    others: shown
      .filter((order) => !isWaiting(order.status))
      .sort(byPerson)
      .map((order) => order.row),
  };
}

// ---------------------------------------------------------------------------------------------
// One order

export interface PlanRow {
  day: string;
  start: string;
  minutes: string;
  carers: string;
}

const byDayAndTime = (a: PlannedCall, b: PlannedCall) =>
  a.weekday - b.weekday || a.start.localeCompare(b.start);

const dayName = (weekday: number) => WEEKDAY_NAMES[weekday - 1] ?? `Day ${weekday}`;

/** The weekly pattern, Monday first. */
export function planRows(terms: OrderTerms): PlanRow[] {
  return [...terms.calls].sort(byDayAndTime).map((call) => ({
    day: dayName(call.weekday),
    start: call.start,
    minutes: String(call.minutes),
    carers: String(call.carers),
  }));
}

const callText = (call: PlannedCall | undefined) =>
  call
    ? `${call.minutes} ${call.minutes === 1 ? "minute" : "minutes"}, ${call.carers} ${call.carers === 1 ? "carer" : "carers"}`
    : "No call";

export interface ChangeRow {
  what: string;
  before: string;
  after: string;
}

export interface OrderChanges {
  /** The version compared with and how it stands: "Version 1 (in force)". */
  beforeHeading: string;
  afterHeading: string;
  caption: string;
  rows: ChangeRow[];
}

/**
 * What the version waiting for a decision changes: compared with the latest accepted version (the
 * one in force, or due to be), or, when none was ever accepted, with the version before it. Null
 * when nothing is waiting or there is nothing earlier to compare with.
 */
export function orderChanges(order: ServiceOrder): OrderChanges | null {
  if (orderStatus(order) !== "changed") return null;
  const proposed = latest(order);
  const earlier = order.versions.slice(0, -1);
  const accepted = earlier.findLast((version) => version.decision?.outcome === "accepted");
  const base = accepted ?? earlier.at(-1);
  if (!base) return null;
  const rows: ChangeRow[] = [];
  const compare = (what: string, before: string, after: string) => {
    if (before !== after) rows.push({ what, before, after });
  };
  compare("Start date", dateText(base.terms.startDate), dateText(proposed.terms.startDate));
  compare("End date", endText(base.terms.endDate), endText(proposed.terms.endDate));
  const key = (call: PlannedCall) => `${call.weekday} ${call.start}`;
  const before = new Map(base.terms.calls.map((call) => [key(call), call]));
  const after = new Map(proposed.terms.calls.map((call) => [key(call), call]));
  const calls = [...new Map([...before, ...after]).values()].sort(byDayAndTime);
  for (const call of calls) {
    compare(
      `${dayName(call.weekday)} ${call.start} call`,
      callText(before.get(key(call))),
      callText(after.get(key(call))),
    );
  }
  compare(
    "Time a week",
    durationText(weeklyMinutes(base.terms)),
    durationText(weeklyMinutes(proposed.terms)),
  );
  const standing = accepted ? "accepted" : base.decision ? "rejected" : "not decided";
  return {
    beforeHeading: `Version ${base.version} (${standing})`,
    afterHeading: `Version ${proposed.version} (proposed)`,
    caption: `What version ${proposed.version} changes from version ${base.version}, from ${dateText(proposed.effectiveFrom)}`,
    rows,
  };
}

export interface VersionEntry {
  heading: string;
  lines: { text: string; datetime: string | null }[];
  reason: string | null;
}

/** Who decided, in words: the person reading, or the provider's staff (subjects are not names). */
function decidedBy(order: ServiceOrder, subject: string, actor: Actor): string {
  return subject === actor.subject ? "you" : `${order.providerId} staff`;
}

/** Every version, newest first: when it was issued and, once decided, by whom, when and why. */
export function versionHistory(order: ServiceOrder, actor: Actor): VersionEntry[] {
  return [...order.versions].reverse().map((version) => {
    const lines: VersionEntry["lines"] = [
      {
        text: `Issued by the council on ${formatDateTime(version.issuedAt)}, to take effect from ${dateText(version.effectiveFrom)}`,
        datetime: version.issuedAt.toISOString(),
      },
    ];
    const { decision } = version;
    if (decision) {
      lines.push({
        text: `${decision.outcome === "accepted" ? "Accepted" : "Rejected"} by ${decidedBy(order, decision.by, actor)} on ${formatDateTime(decision.at)}`,
        datetime: decision.at.toISOString(),
      });
    } else {
      lines.push({ text: "Waiting for the provider's decision", datetime: null });
    }
    const status = decision ? decision.outcome : version.version === 1 ? "new" : "changed";
    return {
      heading: `Version ${version.version}: ${ORDER_STATUS_NAMES[status]}`,
      lines,
      reason: decision?.reason ?? null,
    };
  });
}

/** The banner after a command went through, by the form that sent it. */
export const ORDER_DONE: Record<string, string> = {
  accepted: "You accepted this order",
  rejected: "You rejected this order. The council can see the reason you gave.",
};

export const DONE_OF_INTENT: Record<OrderIntent, string> = { accept: "accepted", reject: "rejected" };

export interface OrderPage {
  id: string;
  person: string;
  status: StatusTag;
  done: string | null;
  summary: SummaryRow[];
  version: number;
  plan: PlanRow[];
  changes: OrderChanges | null;
  history: VersionEntry[];
  /** What this person may do from the page. */
  mayDecide: boolean;
  links: { actuals: boolean; query: boolean };
}

export function orderPage(
  order: ServiceOrder,
  contract: Pick<Contract, "number" | "serviceType">,
  actor: Actor,
  done: string | null,
): OrderPage {
  const version = latest(order);
  const status = orderStatus(order);
  const provider = canActAsProvider(actor, order);
  const { terms } = version;
  return {
    id: order.id,
    person: order.serviceUserRef,
    status: tagOf(status),
    // Own keys only: "constructor" is in every object.
    done: done !== null && Object.hasOwn(ORDER_DONE, done) ? (ORDER_DONE[done] ?? null) : null,
    summary: [
      { key: "Person", lines: [order.serviceUserRef] },
      { key: "Provider", lines: [order.providerId] },
      { key: "Contract", lines: [`${contract.number} (${contract.serviceType.toLowerCase()})`] },
      { key: "Status", lines: [ORDER_STATUS_NAMES[status]] },
      { key: "Start date", lines: [dateText(terms.startDate)] },
      { key: "End date", lines: [endText(terms.endDate)] },
      {
        key: "Version",
        lines: [`Version ${version.version}, taking effect from ${dateText(version.effectiveFrom)}`],
      },
      {
        key: "Planned care",
        lines: [
          `${terms.calls.length} ${terms.calls.length === 1 ? "call" : "calls"} a week, ${durationText(weeklyMinutes(terms))} a week`,
        ],
      },
    ],
    version: version.version,
    plan: planRows(terms),
    changes: orderChanges(order),
    history: versionHistory(order, actor),
    mayDecide: provider && orderAllows(order, "accept"),
    links: {
      // Visits can be recorded once any version has been accepted (it stays in force under a change).
      actuals: provider && order.versions.some((v) => v.decision?.outcome === "accepted"),
      query: provider,
    },
  };
}

/** How recently someone must have signed in to open the reject page: the domain's own limit. */
export const REJECT_SIGN_IN_MINUTES = DEFAULT_ORDER_POLICY.signInMaxAgeMinutes;

export interface RejectPage {
  id: string;
  person: string;
  status: StatusTag;
  summary: SummaryRow[];
  /** False when the order's status no longer allows a rejection (already accepted or rejected). */
  rejectable: boolean;
  /** Why it cannot be rejected, when it cannot. */
  notRejectable: string | null;
  signInMinutes: number;
  maxReason: number;
}

/**
 * The reject page's data, or null when this person is not the order's provider (finance never
 * accepts or rejects orders).
 */
export function rejectPage(order: ServiceOrder, actor: Actor): RejectPage | null {
  if (!canActAsProvider(actor, order)) return null;
  const version = latest(order);
  const status = orderStatus(order);
  const rejectable = orderAllows(order, "reject");
  return {
    id: order.id,
    person: order.serviceUserRef,
    status: tagOf(status),
    summary: [
      { key: "Person", lines: [order.serviceUserRef] },
      {
        key: "Version",
        lines: [`Version ${version.version}, taking effect from ${dateText(version.effectiveFrom)}`],
      },
      { key: "Start date", lines: [dateText(version.terms.startDate)] },
      { key: "End date", lines: [endText(version.terms.endDate)] },
    ],
    rejectable,
    notRejectable: rejectable
      ? null
      : `This order is ${ORDER_STATUS_NAMES[status].toLowerCase()}. Only a new or changed order can be rejected.`,
    signInMinutes: REJECT_SIGN_IN_MINUTES,
    maxReason: MAX_REJECT_REASON,
  };
}
