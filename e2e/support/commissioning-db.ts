import { createHash } from "node:crypto";
import { read } from "./database.ts";

/**
 * Reads the e2e suite's commissioning tables (the providers portal's demo data, seeded by
 * packages/suite/src/seed-commissioning.ts): the ids a test names in its addresses and forms, and
 * fingerprints of the tables to show a refused request changed nothing.
 */

function one<T>(what: string, sql: string, ...params: unknown[]): T {
  const row = read<T>(sql, ...params)[0];
  if (row === undefined) throw new Error(`No ${what} in the e2e database`);
  return row;
}

export const SUNRISE_ID = "Sunrise Care Ltd";
export const OAKWOOD_ID = "Oakwood Homecare";

/** A provider's records the isolation tests name: each one a page or a form of the portal. */
export interface ProviderRecords {
  /** An order the provider has accepted, its person and the visit recorded on it most recently. */
  acceptedOrder: { id: string; person: string };
  visit: { id: string; date: string; claimedStart: string };
  /** A visit waiting for finance's decision (an exception), or null when none waits. */
  exceptionVisitId: string | null;
  /** The provider's most recent paid invoice (Oakwood's last is only submitted: its latest then). */
  invoice: { id: string; number: string; status: string; paymentRun: string | null };
  query: { id: string; title: string };
}

function orderOf(providerId: string, person: string) {
  return one<{ id: string; person: string }>(
    `${providerId}'s order for ${person}`,
    "select id, service_user_ref as person from service_orders where provider_id = ? and service_user_ref = ?",
    providerId,
    person,
  );
}

function recordsOf(providerId: string, person: string): ProviderRecords {
  const acceptedOrder = orderOf(providerId, person);
  const visit = one<ProviderRecords["visit"]>(
    `a visit on ${person}'s order`,
    "select id, date, claimed_start as claimedStart from visits where order_id = ? order by date desc, claimed_start desc limit 1",
    acceptedOrder.id,
  );
  const exception = read<{ id: string }>(
    "select id from visits where provider_id = ? and awaiting_decision = 1 order by date, id limit 1",
    providerId,
  )[0];
  const invoice = one<ProviderRecords["invoice"]>(
    `an invoice of ${providerId}'s`,
    `select id, number, status, payment_run as paymentRun from invoices where provider_id = ?
     order by status = 'paid' desc, period_start desc limit 1`,
    providerId,
  );
  const query = one<ProviderRecords["query"]>(
    `a query of ${providerId}'s`,
    "select id, title from provider_queries where provider_id = ? order by raised_at limit 1",
    providerId,
  );
  return { acceptedOrder, visit, exceptionVisitId: exception?.id ?? null, invoice, query };
}

/** Sunrise's records, and its new order for SU1030 (issued, waiting for its decision). */
export function sunriseRecords(): ProviderRecords & { newOrder: { id: string; person: string } } {
  return { ...recordsOf(SUNRISE_ID, "SU1001"), newOrder: orderOf(SUNRISE_ID, "SU1030") };
}

/** Oakwood's records: SU1018 is its first accepted order (the one its demo query is about). */
export const oakwoodRecords = (): ProviderRecords => recordsOf(OAKWOOD_ID, "SU1018");

/** The people a provider has orders for. */
export function peopleOf(providerId: string): string[] {
  return read<{ person: string }>(
    "select distinct service_user_ref as person from service_orders where provider_id = ? order by 1",
    providerId,
  ).map((row) => row.person);
}

/** Every invoice number of a provider's. */
export function invoiceNumbersOf(providerId: string): string[] {
  return read<{ number: string }>(
    "select number from invoices where provider_id = ? order by 1",
    providerId,
  ).map((row) => row.number);
}

/** The tables of migrations/0008_commissioning.sql that hold what providers and finance do. */
export const COMMISSIONING_TABLES = [
  "service_orders",
  "visits",
  "exception_decisions",
  "invoices",
  "invoice_lines",
  "actuals_imports",
  "provider_queries",
  "provider_query_messages",
] as const;

export type Fingerprint = Record<string, { rows: number; hash: string }>;

const fingerprint = (rows: unknown[]) => ({
  rows: rows.length,
  hash: createHash("sha256").update(JSON.stringify(rows)).digest("hex"),
});

/** Each commissioning table's row count and a hash of all its rows. */
export function commissioningFingerprint(): Fingerprint {
  return Object.fromEntries(
    COMMISSIONING_TABLES.map((table) => [table, fingerprint(read(`select * from ${table} order by rowid`))]),
  );
}

/** The same, over one provider's rows only (and the rows hanging off them). */
export function providerFingerprint(providerId: string): Fingerprint {
  const scoped: Record<(typeof COMMISSIONING_TABLES)[number], string> = {
    service_orders: "select * from service_orders where provider_id = ?",
    visits: "select * from visits where provider_id = ?",
    exception_decisions:
      "select d.* from exception_decisions d join visits v on v.id = d.visit_id where v.provider_id = ?",
    invoices: "select * from invoices where provider_id = ?",
    invoice_lines:
      "select l.* from invoice_lines l join invoices i on i.id = l.invoice_id where i.provider_id = ?",
    actuals_imports: "select * from actuals_imports where provider_id = ?",
    provider_queries: "select * from provider_queries where provider_id = ?",
    provider_query_messages:
      "select m.* from provider_query_messages m join provider_queries q on q.id = m.query_id where q.provider_id = ?",
  };
  return Object.fromEntries(
    COMMISSIONING_TABLES.map((table) => [
      table,
      fingerprint(read(`${scoped[table]} order by 1, 2`, providerId)),
    ]),
  );
}

/** A provider's actuals files, newest first, with what each imported. */
export function actualsImportsOf(providerId: string) {
  return read<{ fileReference: string; summary: string }>(
    "select file_reference as fileReference, summary from actuals_imports where provider_id = ? order by uploaded_at desc",
    providerId,
  );
}

/** The start of the latest period a provider has invoiced. */
export function latestInvoicedPeriod(providerId: string): string {
  return one<{ start: string }>(
    `an invoice of ${providerId}'s`,
    "select max(period_start) as start from invoices where provider_id = ?",
    providerId,
  ).start;
}

/** How many invoices a provider has for the period starting on `start`. */
export function invoicesForPeriod(providerId: string, start: string): number {
  return read<{ n: number }>(
    "select count(*) as n from invoices where provider_id = ? and period_start = ?",
    providerId,
    start,
  )[0]!.n;
}
