import {
  addDays,
  formatClock,
  isLondonDate,
  isoWeekday,
  type LondonDate,
  londonDateOf,
  londonMinutesOf,
  weekStarting,
} from "@portal/intake/london-clock";
import { formatDate, formatDateTime } from "@portal/intake/london-time";
import {
  actualStartOn,
  checkVisit,
  findOverlap,
  isWeekOpen,
  VISIT_STATUSES,
  type Visit,
  type VisitDetails,
  type VisitStatus,
  visitKey,
} from "./actuals.ts";
import type { Contract, Provider } from "./contracts.ts";
import { parseCsv } from "./csv.ts";
import { type PlannedVisit, plannedVisits, type ServiceOrder, termsInForce } from "./orders.ts";
import { type Actor, canActAsProvider } from "./permissions.ts";

/**
 * Actuals by file: the call-monitoring CSV of REFERENCE.md §8, turned into a plan — for each row, a
 * new visit, an update to a visit already recorded, no change, an additional carer on another row's
 * visit, or a rejection with every reason in plain English. Good rows are planned while bad rows are
 * rejected; only a file that cannot be read, lacks columns, mixes file references or repeats one
 * already uploaded is refused whole. Pure: the caller stores the plan's visits and the file
 * reference in one transaction.
 *
 * Formats (also in the README):
 * - dates DD/MM/YYYY (D/M/YYYY too) or YYYY-MM-DD;
 * - clock times HH:MM or HH:MM:SS, 24-hour, London time; seconds are dropped (08:04:50 is 08:04);
 * - durations HH:MM:SS, HH:MM or whole minutes ("45"), rounded to the nearest minute, 30 seconds up;
 * - SecondaryVisit True/False (also Yes/No, Y/N, 1/0; blank is False); True marks an additional
 *   carer's row for the visit on another row with the same person, date and claimed start;
 * - NumberOfCarers blank or a whole number, 1 or more;
 * - optional VisitStatus (completed, aborted, missed, refused, hospital; blank is completed) and
 *   StatusReason columns; without them every row is a completed visit. Other columns are ignored, so
 *   the longer 24-column provider-portal template imports as it is.
 */

export const ACTUALS_COLUMNS = [
  "FileReference",
  "ProviderRef",
  "ContractNumber",
  "ServiceUserRef",
  "WeekEnding",
  "ServiceType",
  "VisitDate",
  "StartTimeClaimed",
  "DurationClaimed",
  "ActualStartTime",
  "ActualDuration",
  "SecondaryVisit",
  "NumberOfCarers",
] as const;
/** The optional status columns, after the required ones in a file that has them. */
export const ACTUALS_STATUS_COLUMNS = ["VisitStatus", "StatusReason"] as const;
type Column = (typeof ACTUALS_COLUMNS)[number] | (typeof ACTUALS_STATUS_COLUMNS)[number];

export interface ImportContext {
  /** Who uploads: staff of `provider`, and nobody else. */
  actor: Actor;
  provider: Provider;
  /** The provider's contracts; any other provider's are ignored. */
  contracts: readonly Contract[];
  /** The provider's service orders; any other provider's are ignored. */
  orders: readonly ServiceOrder[];
  /** File references this provider has uploaded before. */
  seenFileReferences: ReadonlySet<string>;
  /** The provider's visits: at least those from the day before the file's first week to the day after its last. */
  existingVisits: readonly Visit[];
  /** Mondays of invoiced weeks (`lockedWeeks` in invoices.ts). */
  lockedWeeks: ReadonlySet<LondonDate>;
  now: Date;
}

export type RowPlan =
  | { row: number; kind: "new"; visit: VisitDetails }
  | { row: number; kind: "updated"; visitId: string; visit: VisitDetails }
  | { row: number; kind: "unchanged"; visitId: string }
  | { row: number; kind: "additional-carer"; mainRow: number }
  | { row: number; kind: "rejected"; reasons: string[] };

export interface ImportSummary {
  read: number;
  new: number;
  updated: number;
  unchanged: number;
  additionalCarers: number;
  rejected: number;
}

export type ImportRefusal =
  | "forbidden"
  | "unreadable"
  | "no-rows"
  | "missing-columns"
  | "mixed-file-references"
  | "duplicate-file";

export type ImportPlan =
  | { ok: true; fileReference: string; rows: RowPlan[]; summary: ImportSummary }
  | { ok: false; code: ImportRefusal; message: string };

const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function parseDate(text: string): LondonDate | null {
  const dmy = DMY.exec(text);
  const iso = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, "0")}-${dmy[1]!.padStart(2, "0")}` : text;
  return isLondonDate(iso) ? iso : null;
}

const CLOCK = /^(\d{1,2}):([0-5]\d)(?::([0-5]\d))?$/;

/** Minutes after midnight; seconds dropped, as a clock shows them. */
function parseTime(text: string): number | null {
  const match = CLOCK.exec(text);
  if (!match) return null;
  const hours = Number(match[1]);
  return hours < 24 ? hours * 60 + Number(match[2]) : null;
}

const SPAN = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/;
const WHOLE = /^\d+$/;

/** Whole minutes, rounded to the nearest minute with 30 seconds up; "negative" for a minus sign. */
function parseDuration(text: string): number | "negative" | null {
  if (text.startsWith("-")) return parseDuration(text.slice(1)) === null ? null : "negative";
  if (WHOLE.test(text)) return Number(text);
  const match = SPAN.exec(text);
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]) + (Number(match[3] ?? 0) >= 30 ? 1 : 0);
}

const TRUE = new Set(["true", "yes", "y", "1"]);
const FALSE = new Set(["false", "no", "n", "0", ""]);

const same = (a: string, b: string) => a.trim().toUpperCase() === b.trim().toUpperCase();

/** A row read field by field, before anything is checked against orders and other visits. */
interface ReadRow {
  row: number;
  secondary: boolean;
  order: ServiceOrder;
  visit: VisitDetails;
  weekEnding: LondonDate;
}

interface Indexes {
  contractByNumber: Map<string, Contract>;
  ordersByPerson: Map<string, ServiceOrder[]>;
  planned: Map<string, PlannedVisit[]>;
}

function plannedFor(order: ServiceOrder, date: LondonDate, indexes: Indexes): PlannedVisit[] {
  const monday = weekStarting(date);
  const key = `${order.id}|${monday}`;
  let visits = indexes.planned.get(key);
  if (!visits) {
    visits = plannedVisits(order, monday);
    indexes.planned.set(key, visits);
  }
  return visits;
}

/** Reads one row; every problem found is listed, or the row's visit is returned. */
function readRow(
  row: number,
  get: (column: Column) => string,
  fileReference: string,
  ctx: ImportContext,
  indexes: Indexes,
): ReadRow | string[] {
  const problems: string[] = [];
  const required = (column: Column) => {
    const value = get(column);
    if (value === "") problems.push(`Enter the ${column}`);
    return value;
  };
  const date = (column: Column) => {
    const text = required(column);
    const value = text === "" ? null : parseDate(text);
    if (text !== "" && value === null) {
      problems.push(`${column} "${text}" is not a date: write it as DD/MM/YYYY, for example 22/11/2026`);
    }
    return value;
  };
  const time = (column: Column, text: string) => {
    const value = text === "" ? null : parseTime(text);
    if (text !== "" && value === null) {
      problems.push(`${column} "${text}" is not a time: write it as HH:MM or HH:MM:SS, for example 08:30`);
    }
    return value;
  };
  const duration = (column: Column, text: string) => {
    const value = text === "" ? null : parseDuration(text);
    if (value === "negative") problems.push(`${column} "${text}" cannot be negative`);
    else if (text !== "" && value === null) {
      problems.push(
        `${column} "${text}" is not a duration: write it as HH:MM:SS or whole minutes, for example 00:30:00`,
      );
    }
    return typeof value === "number" ? value : null;
  };

  const providerRef = required("ProviderRef");
  if (providerRef !== "" && !same(providerRef, ctx.provider.ref)) {
    problems.push(
      `ProviderRef "${providerRef}" is not yours: your provider reference is ${ctx.provider.ref}`,
    );
  }
  const contractNumber = required("ContractNumber");
  const contract = indexes.contractByNumber.get(contractNumber.toUpperCase()) ?? null;
  if (contractNumber !== "" && !contract) {
    problems.push(`ContractNumber "${contractNumber}" is not one of your contracts`);
  }
  const serviceType = required("ServiceType");
  if (contract && serviceType !== "" && !same(serviceType, contract.serviceType)) {
    problems.push(
      `ServiceType "${serviceType}" does not match contract ${contract.number}, which is ${contract.serviceType}`,
    );
  }
  const serviceUserRef = required("ServiceUserRef");
  const weekEnding = date("WeekEnding");
  const visitDate = date("VisitDate");
  if (weekEnding && isoWeekday(weekEnding) !== 7) {
    problems.push(`WeekEnding ${formatDate(weekEnding)} is not a Sunday`);
  } else if (weekEnding && visitDate && weekStarting(visitDate) !== addDays(weekEnding, -6)) {
    problems.push(`VisitDate ${formatDate(visitDate)} is not in the week ending ${formatDate(weekEnding)}`);
  }

  const statusText = get("VisitStatus").toLowerCase();
  const status = (statusText === "" ? "completed" : statusText) as VisitStatus;
  if (!VISIT_STATUSES.includes(status)) {
    problems.push(`VisitStatus "${get("VisitStatus")}" must be one of ${VISIT_STATUSES.join(", ")}`);
  }
  const completed = status === "completed";
  const claimedStart = time("StartTimeClaimed", required("StartTimeClaimed"));
  const claimedMinutes = duration("DurationClaimed", required("DurationClaimed"));
  // A visit that did not happen may leave the actuals blank: it started when claimed and lasted nothing.
  const actualStart = time(
    "ActualStartTime",
    completed ? required("ActualStartTime") : get("ActualStartTime"),
  );
  const actualMinutes = duration(
    "ActualDuration",
    completed ? required("ActualDuration") : get("ActualDuration"),
  );

  const secondaryText = get("SecondaryVisit");
  const secondary = TRUE.has(secondaryText.toLowerCase());
  if (!secondary && !FALSE.has(secondaryText.toLowerCase())) {
    problems.push(`SecondaryVisit "${secondaryText}" must be True or False`);
  }
  const carersText = get("NumberOfCarers");
  const carers = carersText === "" ? 1 : WHOLE.test(carersText) ? Number(carersText) : 0;
  if (carers < 1) problems.push(`NumberOfCarers "${carersText}" must be a whole number, 1 or more`);

  let order: ServiceOrder | null = null;
  if (contract && serviceUserRef !== "" && visitDate) {
    const candidates = indexes.ordersByPerson.get(`${contract.id}|${serviceUserRef.toUpperCase()}`) ?? [];
    order = candidates.find((o) => termsInForce(o, visitDate) !== null) ?? null;
    if (candidates.length === 0) {
      problems.push(
        `ServiceUserRef "${serviceUserRef}" has no service order with you on contract ${contract.number}`,
      );
    } else if (!order) {
      problems.push(
        `The service order for ${serviceUserRef} does not cover ${formatDate(visitDate)}, or you have not accepted it`,
      );
    }
  }
  // Each value missing below has already put its problem on the list.
  if (
    problems.length > 0 ||
    !order ||
    !visitDate ||
    !weekEnding ||
    claimedStart === null ||
    claimedMinutes === null
  ) {
    return problems;
  }

  const claimed = formatClock(claimedStart);
  const week = plannedFor(order, visitDate, indexes);
  const planned = week.find((p) => p.date === visitDate && p.start === claimed);
  const visit: VisitDetails = {
    providerId: ctx.provider.id,
    orderId: order.id,
    serviceUserRef: order.serviceUserRef,
    date: visitDate,
    claimedStart: claimed,
    claimedMinutes,
    actualStart: actualStartOn(visitDate, claimed, formatClock(actualStart ?? claimedStart)),
    actualMinutes: actualMinutes ?? 0,
    carers,
    status,
    reason: completed ? null : get("StatusReason") || null,
    plannedVisitId: planned?.id ?? null,
    source: { kind: "file", fileReference, row },
  };
  const visitProblems = checkVisit(visit, order, ctx.now, week);
  return visitProblems.length > 0 ? visitProblems : { row, secondary, order, visit, weekEnding };
}

const slotKey = (serviceUserRef: string, date: LondonDate, claimedStart: string) =>
  `${serviceUserRef.toUpperCase()}|${date}|${claimedStart}`;

/** The person, date and claimed start a row is about, when those three can be read. */
function slotOf(get: (column: Column) => string): string | null {
  const date = parseDate(get("VisitDate"));
  const start = parseTime(get("StartTimeClaimed"));
  const person = get("ServiceUserRef");
  return date && start !== null && person ? slotKey(person, date, formatClock(start)) : null;
}

const span = (visit: Pick<VisitDetails, "actualStart" | "actualMinutes">) => {
  const start = londonMinutesOf(visit.actualStart);
  return `${formatClock(start)}–${formatClock((start + visit.actualMinutes) % 1440)}`;
};

function sameVisit(a: VisitDetails, b: Visit): boolean {
  return (
    a.claimedMinutes === b.claimedMinutes &&
    a.actualStart.getTime() === b.actualStart.getTime() &&
    a.actualMinutes === b.actualMinutes &&
    a.carers === b.carers &&
    a.status === b.status &&
    a.reason === b.reason &&
    a.plannedVisitId === b.plannedVisitId
  );
}

/** Visits indexed by person and London date of their start, for overlap checks near a date. */
class VisitsByPersonDay<T extends Pick<Visit, "id" | "actualStart" | "actualMinutes">> {
  private readonly byKey = new Map<string, T[]>();
  add(person: string, visit: T): void {
    const key = `${person}|${londonDateOf(visit.actualStart)}`;
    const list = this.byKey.get(key);
    if (list) list.push(visit);
    else this.byKey.set(key, [visit]);
  }
  /** Visits starting the day before, the day of, or the day after `visit` starts. */
  near(person: string, visit: Pick<Visit, "actualStart">): T[] {
    const date = londonDateOf(visit.actualStart);
    return [-1, 0, 1].flatMap((d) => this.byKey.get(`${person}|${addDays(date, d)}`) ?? []);
  }
}

export function planActualsImport(text: string, ctx: ImportContext): ImportPlan {
  if (!canActAsProvider(ctx.actor, { providerId: ctx.provider.id })) {
    return { ok: false, code: "forbidden", message: "You do not have permission to do this" };
  }
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, code: "unreadable", message: parsed.message };
  const isBlank = (fields: string[]) => fields.every((f) => f.trim() === "");
  const records = parsed.records.filter((r) => !isBlank(r.fields));
  const [header, ...rows] = records;
  if (!header) return { ok: false, code: "no-rows", message: "The file is empty" };

  const index = new Map(header.fields.map((name, i) => [name.trim().toLowerCase(), i]));
  const missing = ACTUALS_COLUMNS.filter((c) => !index.has(c.toLowerCase()));
  if (missing.length > 0) {
    return {
      ok: false,
      code: "missing-columns",
      message: `The file is missing the columns ${missing.join(", ")}`,
    };
  }
  if (rows.length === 0) return { ok: false, code: "no-rows", message: "The file has no visits in it" };
  const getter = (fields: string[]) => (column: Column) => {
    const i = index.get(column.toLowerCase());
    return i === undefined ? "" : (fields[i] ?? "").trim();
  };

  const references = [...new Set(rows.map((r) => getter(r.fields)("FileReference")))];
  if (references.length !== 1 || references[0] === "") {
    const named = references.map((r) => r || "(blank)").join(", ");
    return {
      ok: false,
      code: "mixed-file-references",
      message: `Every row must have the same FileReference: this file has ${named}`,
    };
  }
  const fileReference = references[0]!;
  const seen = new Set([...ctx.seenFileReferences].map((r) => r.trim().toUpperCase()));
  if (seen.has(fileReference.toUpperCase())) {
    return {
      ok: false,
      code: "duplicate-file",
      message: `File reference "${fileReference}" has already been uploaded. If this is a corrected file, give it a new FileReference`,
    };
  }

  // Only the provider's own contracts and orders, even if a caller passes more: a row naming another
  // provider's contract is then "not one of your contracts", never a way into its orders.
  const own = <T extends { providerId: string }>(records: readonly T[]) =>
    records.filter((r) => r.providerId === ctx.provider.id);
  const indexes: Indexes = {
    contractByNumber: new Map(own(ctx.contracts).map((c) => [c.number.toUpperCase(), c])),
    ordersByPerson: new Map(),
    planned: new Map(),
  };
  for (const order of own(ctx.orders)) {
    const key = `${order.contractId}|${order.serviceUserRef.toUpperCase()}`;
    indexes.ordersByPerson.set(key, [...(indexes.ordersByPerson.get(key) ?? []), order]);
  }

  const outcomes = new Map<number, RowPlan>();
  const reject = (row: number, reasons: string[]) => outcomes.set(row, { row, kind: "rejected", reasons });
  const read: ReadRow[] = [];
  // The first main row for each person, date and claimed start, readable or not, so an additional
  // carer's row can say what became of its main visit.
  const mainRowBySlot = new Map<string, number>();
  for (const record of rows) {
    const get = getter(record.fields);
    const result = readRow(record.row, get, fileReference, ctx, indexes);
    if (Array.isArray(result)) reject(record.row, result);
    else read.push(result);
    const slot = slotOf(get);
    if (slot && !TRUE.has(get("SecondaryVisit").toLowerCase()) && !mainRowBySlot.has(slot)) {
      mainRowBySlot.set(slot, record.row);
    }
  }

  // Main rows, in file order: one per visit, in an open week, overlapping nothing.
  const mains = read.filter((r) => !r.secondary);
  const firstRowByKey = new Map<string, number>();
  const candidates: ReadRow[] = [];
  for (const main of mains) {
    const key = visitKey(main.visit);
    const earlier = firstRowByKey.get(key);
    if (earlier !== undefined) {
      const { serviceUserRef, date, claimedStart } = main.visit;
      reject(main.row, [
        `This row repeats the visit on row ${earlier} (${serviceUserRef}, ${formatDate(date)}, ${claimedStart})`,
      ]);
      continue;
    }
    firstRowByKey.set(key, main.row);
    if (!isWeekOpen(main.visit.date, ctx.lockedWeeks)) {
      reject(main.row, [
        `The week ending ${formatDate(main.weekEnding)} has been invoiced, so its visits can no longer be changed`,
      ]);
      continue;
    }
    candidates.push(main);
  }

  const existingByKey = new Map(ctx.existingVisits.map((v) => [visitKey(v), v]));
  const replaced = new Set(candidates.map((c) => visitKey(c.visit)));
  const existing = new VisitsByPersonDay<Visit>();
  for (const visit of ctx.existingVisits) {
    if (!replaced.has(visitKey(visit))) existing.add(visit.serviceUserRef.toUpperCase(), visit);
  }
  const fromFile = new VisitsByPersonDay<{
    id: string;
    actualStart: Date;
    actualMinutes: number;
    row: number;
  }>();
  const accepted: ReadRow[] = [];
  for (const main of candidates) {
    const person = main.visit.serviceUserRef.toUpperCase();
    const probe = { id: `row-${main.row}`, ...main.visit };
    const earlierRow = findOverlap(probe, fromFile.near(person, probe));
    const recorded = earlierRow ? null : findOverlap(probe, existing.near(person, probe));
    if (earlierRow) {
      reject(main.row, [
        `This visit (${span(main.visit)}) overlaps the visit on row ${earlierRow.row} (${span(earlierRow)}) for the same person`,
      ]);
    } else if (recorded) {
      reject(main.row, [
        `This visit (${span(main.visit)}) overlaps a visit already recorded from ${formatDateTime(recorded.actualStart)}`,
      ]);
    } else {
      fromFile.add(person, { ...probe, row: main.row });
      accepted.push(main);
    }
  }

  // Additional carers join a main row's visit that is being imported.
  const acceptedByKey = new Map(accepted.map((a) => [visitKey(a.visit), a]));
  const extraCarers = new Map<number, number>();
  for (const secondary of read.filter((r) => r.secondary)) {
    const { serviceUserRef, date, claimedStart } = secondary.visit;
    const main = acceptedByKey.get(visitKey(secondary.visit));
    const mainRow = mainRowBySlot.get(slotKey(serviceUserRef, date, claimedStart));
    if (main) {
      extraCarers.set(main.row, (extraCarers.get(main.row) ?? 0) + 1);
      outcomes.set(secondary.row, { row: secondary.row, kind: "additional-carer", mainRow: main.row });
    } else if (mainRow !== undefined) {
      reject(secondary.row, [
        `This row is for an additional carer, and its main visit on row ${mainRow} was rejected`,
      ]);
    } else {
      reject(secondary.row, [
        `This row is for an additional carer, but the file has no main visit for ${serviceUserRef} on ${formatDate(date)} at ${claimedStart}`,
      ]);
    }
  }

  for (const main of accepted) {
    // NumberOfCarers wins when it says more than the rows for additional carers do.
    const carers = Math.max(main.visit.carers, 1 + (extraCarers.get(main.row) ?? 0));
    const visit = { ...main.visit, carers };
    const before = existingByKey.get(visitKey(visit));
    if (!before) outcomes.set(main.row, { row: main.row, kind: "new", visit });
    else if (sameVisit(visit, before))
      outcomes.set(main.row, { row: main.row, kind: "unchanged", visitId: before.id });
    else outcomes.set(main.row, { row: main.row, kind: "updated", visitId: before.id, visit });
  }

  const planned = rows.map((r) => outcomes.get(r.row)!);
  const count = (kind: RowPlan["kind"]) => planned.filter((p) => p.kind === kind).length;
  return {
    ok: true,
    fileReference,
    rows: planned,
    summary: {
      read: planned.length,
      new: count("new"),
      updated: count("updated"),
      unchanged: count("unchanged"),
      additionalCarers: count("additional-carer"),
      rejected: count("rejected"),
    },
  };
}
