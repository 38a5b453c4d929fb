/**
 * The service tests' harness: the service over a migrated in-memory database holding Sunrise and
 * Oakwood and a contract each, with predictable ids, and helpers that drive it. Kept apart from
 * test-support.ts, which the pure tests import without a database.
 */
import { applyMigrations, createSqliteCommissioningStore, openDatabase } from "@portal/db";
import type { Contract } from "./contracts.ts";
import { type Commissioning, createCommissioning, type Result } from "./service.ts";
import {
  at,
  financeOfficer,
  NOV_16,
  OAKWOOD,
  OAKWOOD_PROVIDER,
  oakwoodManager,
  orderTerms,
  SUNRISE_CONTRACT,
  SUNRISE_PROVIDER,
  sunriseManager,
  sunriseVisit,
} from "./test-support.ts";

export const OAKWOOD_CONTRACT: Contract = {
  ...SUNRISE_CONTRACT,
  id: "contract-2",
  providerId: OAKWOOD,
  number: "HC-2026-002",
};

/** A new database and the service over it: ids are "id-1", "id-2"… in the order they are made. */
export function fresh() {
  const db = openDatabase(":memory:");
  applyMigrations(db);
  const store = createSqliteCommissioningStore(db);
  store.providers.save(SUNRISE_PROVIDER);
  store.providers.save(OAKWOOD_PROVIDER);
  store.contracts.save(SUNRISE_CONTRACT);
  store.contracts.save(OAKWOOD_CONTRACT);
  let serial = 0;
  const service = createCommissioning({
    store,
    invoiceAnchor: "2026-11-09",
    teams: ["Brokerage", "Finance"],
    newId: () => `id-${++serial}`,
  });
  const auditCount = () =>
    db.$client.prepare("SELECT count(*) AS n FROM audit_events").get() as { n: number };
  return { db, store, service, auditCount };
}

export type Harness = ReturnType<typeof fresh>;

/** The value of a result the test expects to succeed. */
export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.value;
}

/** The provider's manager (Sunrise's unless the provider is Oakwood). */
export const staffOf = (providerId: string) => (providerId === OAKWOOD ? oakwoodManager : sunriseManager);
const contractOf = (providerId: string) =>
  providerId === OAKWOOD ? OAKWOOD_CONTRACT.id : SUNRISE_CONTRACT.id;

/** Finance issues an order on the provider's contract for `person` on 30 October 2026. */
export function issuedOrder(service: Commissioning, providerId: string, person: string) {
  return value(
    service.issueOrder(
      financeOfficer,
      { contractId: contractOf(providerId), serviceUserRef: person, terms: orderTerms() },
      at("2026-10-30T10:00:00Z"),
    ),
  );
}

/** Finance issues an order and the provider accepts it an hour later. */
export function acceptedOrder(service: Commissioning, providerId: string, person: string) {
  const issued = issuedOrder(service, providerId, person);
  return value(
    service.runOrder(staffOf(providerId), issued.id, { type: "accept" }, at("2026-10-30T11:00:00Z")),
  );
}

/** What `recordVisit` takes. */
export type CallVisit = Parameters<Commissioning["recordVisit"]>[1];

/**
 * A visit to `orderId`'s planned call at `claimedStart` (08:00 unless given) on `date` (Monday
 * 16 November unless given), started on time and otherwise as `sunriseVisit`: 30 minutes, one carer.
 */
export function callVisit(orderId: string, overrides: Partial<CallVisit> = {}): CallVisit {
  const date = overrides.date ?? NOV_16;
  const start = overrides.claimedStart ?? "08:00";
  const { id, providerId, serviceUserRef, source, recordedAt, recordedBy, ...visit } = sunriseVisit();
  return {
    ...visit,
    orderId,
    date,
    // London keeps GMT in November.
    actualStart: at(`${date}T${start}:00Z`),
    plannedVisitId: `${orderId}:${date}:${start}`,
    ...overrides,
  };
}

/** A 45-minute visit on the 08:00 call of 30 minutes on `date`: 15 minutes over, an exception. */
export function overrun(service: Commissioning, providerId: string, orderId: string, date = NOV_16) {
  const visit = callVisit(orderId, { date, claimedMinutes: 45, actualMinutes: 45 });
  return value(service.recordVisit(staffOf(providerId), visit, at(`${date}T12:00:00Z`)));
}

/** A 20-minute visit at midday on `date` that nobody planned. */
export function unplanned(service: Commissioning, providerId: string, orderId: string, date: string) {
  const visit = callVisit(orderId, {
    date,
    claimedStart: "12:00",
    claimedMinutes: 20,
    actualMinutes: 20,
    plannedVisitId: null,
  });
  return value(service.recordVisit(staffOf(providerId), visit, at(`${date}T13:00:00Z`)));
}

/** Oakwood drafts its invoice for period 1 (9 November – 6 December) on 8 December and submits it. */
export function submittedOakwoodInvoice(service: Commissioning) {
  const draft = value(service.draftInvoice(oakwoodManager, OAKWOOD, NOV_16, at("2026-12-08T09:00:00Z")));
  return value(service.runInvoice(oakwoodManager, draft.id, { type: "submit" }, at("2026-12-08T09:05:00Z")));
}

/** Then finance approves it on 9 December and pays it in run PAY-20261210 on 10 December. */
export function paidOakwoodInvoice(service: Commissioning) {
  const submitted = submittedOakwoodInvoice(service);
  const invoice = value(
    service.runInvoice(financeOfficer, submitted.id, { type: "approve" }, at("2026-12-09T09:00:00Z")),
  );
  const exported = value(service.exportPayments(financeOfficer, "PAY-20261210", at("2026-12-10T09:00:00Z")));
  return { invoice, exported };
}
