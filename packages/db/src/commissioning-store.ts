import { asc, desc, eq } from "drizzle-orm";
import type {
  ActualsImportRecord,
  Contract,
  ExceptionDecision,
  Invoice,
  InvoiceStatus,
  OrderVersion,
  Provider,
  Query,
  ServiceOrder,
  Visit,
  VisitPayment,
} from "./commissioning-types.ts";
import { type Db, durably } from "./connection.ts";
import { createAuditRepository } from "./intake-store.ts";
import {
  actualsImports,
  exceptionDecisions,
  invoiceLines,
  invoices,
  providerContracts,
  providerQueries,
  providerQueryMessages,
  providers,
  type StoredJson,
  serviceOrders,
  visits,
} from "./schema.ts";
import { statementCache } from "./statements.ts";
import type { AuditEventRecord } from "./triage-types.ts";

type InvoiceRow = typeof invoices.$inferSelect;

/** An order version as kept in service_orders.versions: its instants in epoch milliseconds. */
interface StoredVersion {
  version: number;
  effectiveFrom: string;
  terms: OrderVersion["terms"];
  issuedAt: number;
  decision: { outcome: "accepted" | "rejected"; by: string; at: number; reason: string | null } | null;
}

const storeVersion = (v: OrderVersion): StoredVersion => ({
  version: v.version,
  effectiveFrom: v.effectiveFrom,
  terms: v.terms,
  issuedAt: v.issuedAt.getTime(),
  decision: v.decision && { ...v.decision, at: v.decision.at.getTime() },
});

const loadVersion = (v: StoredVersion): OrderVersion => ({
  ...v,
  issuedAt: new Date(v.issuedAt),
  decision: v.decision && { ...v.decision, at: new Date(v.decision.at) },
});

/** A visits row as VISIT_SELECT reads it: instants in epoch milliseconds. */
interface VisitRow {
  id: string;
  providerId: string;
  orderId: string;
  serviceUserRef: string;
  date: string;
  claimedStart: string;
  claimedMinutes: number;
  actualStart: number;
  actualMinutes: number;
  carers: number;
  status: string;
  reason: string | null;
  plannedVisitId: string | null;
  fileReference: string | null;
  fileRow: number | null;
  recordedAt: number;
  recordedBy: string;
}

function toVisit(row: VisitRow): Visit {
  return {
    id: row.id,
    providerId: row.providerId,
    orderId: row.orderId,
    serviceUserRef: row.serviceUserRef,
    date: row.date,
    claimedStart: row.claimedStart,
    claimedMinutes: row.claimedMinutes,
    actualStart: new Date(row.actualStart),
    actualMinutes: row.actualMinutes,
    carers: row.carers,
    status: row.status as Visit["status"],
    reason: row.reason,
    plannedVisitId: row.plannedVisitId,
    recordedAt: new Date(row.recordedAt),
    recordedBy: row.recordedBy,
    source:
      row.fileReference === null
        ? { kind: "calendar" }
        : { kind: "file", fileReference: row.fileReference, row: row.fileRow ?? 0 },
  };
}

/*
 * Visits and their audit events, the records an actuals import reads and writes by the ten thousand,
 * in hand-written SQL with each statement prepared once: drizzle builds and prepares every query
 * anew, which cost most of a 10,000-row import (bench/csv-import.ts in @portal/commissioning). Values
 * are stored exactly as the schema's drizzle columns store them: instants as epoch milliseconds,
 * booleans 1/0, JSON as text (commissioning-store.test.ts compares the rows).
 */
const VISIT_SELECT = `SELECT id, provider_id AS providerId, order_id AS orderId,
  service_user_ref AS serviceUserRef, date, claimed_start AS claimedStart,
  claimed_minutes AS claimedMinutes, actual_start AS actualStart, actual_minutes AS actualMinutes,
  carers, status, reason, planned_visit_id AS plannedVisitId, file_reference AS fileReference,
  file_row AS fileRow, recorded_at AS recordedAt, recorded_by AS recordedBy FROM visits`;

const UPSERT_VISIT = `INSERT INTO visits (id, provider_id, order_id, service_user_ref, date, claimed_start,
  claimed_minutes, actual_start, actual_minutes, carers, status, reason, planned_visit_id, file_reference,
  file_row, recorded_at, recorded_by, awaiting_decision)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET provider_id = excluded.provider_id, order_id = excluded.order_id,
  service_user_ref = excluded.service_user_ref, date = excluded.date, claimed_start = excluded.claimed_start,
  claimed_minutes = excluded.claimed_minutes, actual_start = excluded.actual_start,
  actual_minutes = excluded.actual_minutes, carers = excluded.carers, status = excluded.status,
  reason = excluded.reason, planned_visit_id = excluded.planned_visit_id,
  file_reference = excluded.file_reference, file_row = excluded.file_row, recorded_at = excluded.recorded_at,
  recorded_by = excluded.recorded_by, awaiting_decision = excluded.awaiting_decision`;

const INSERT_AUDIT_EVENT = `INSERT INTO audit_events (occurred_at, action, actor_subject, actor_roles,
  actor_organisation, portal, item_id, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`;

/** How the domain compares file references: "ref-1 " and "REF-1" are the same file. */
export const fileReferenceKey = (reference: string) => reference.trim().toUpperCase();

/**
 * The commissioning repositories (the providers portal) over the suite's SQLite database. Reads give
 * back the domain's records as they were saved; every write of a command happens inside `durably`,
 * with its audit events, so a change and its record of who made it are never apart.
 */
export function createSqliteCommissioningStore(db: Db) {
  // Prepared on first use, so the store can be made before the migrations have run.
  const { prepared, all, get } = statementCache(db.$client);
  const providerRepository = {
    load(id: string): Provider | undefined {
      return db.select().from(providers).where(eq(providers.id, id)).get();
    },
    save(provider: Provider): void {
      db.insert(providers).values(provider).onConflictDoUpdate({ target: providers.id, set: provider }).run();
    },
  };

  const contracts = {
    load(id: string): Contract | undefined {
      return db.select().from(providerContracts).where(eq(providerContracts.id, id)).get();
    },
    listForProvider(providerId: string): Contract[] {
      return db
        .select()
        .from(providerContracts)
        .where(eq(providerContracts.providerId, providerId))
        .orderBy(asc(providerContracts.number))
        .all();
    },
    save(contract: Contract): void {
      db.insert(providerContracts)
        .values(contract)
        .onConflictDoUpdate({ target: providerContracts.id, set: contract })
        .run();
    },
  };

  const toOrder = (row: typeof serviceOrders.$inferSelect): ServiceOrder => ({
    ...row,
    versions: (row.versions as unknown as StoredVersion[]).map(loadVersion),
  });

  const orders = {
    load(id: string): ServiceOrder | undefined {
      const row = db.select().from(serviceOrders).where(eq(serviceOrders.id, id)).get();
      return row && toOrder(row);
    },
    /** One provider's orders by person, or every provider's when `providerId` is null. */
    list(providerId: string | null): ServiceOrder[] {
      return db
        .select()
        .from(serviceOrders)
        .where(providerId === null ? undefined : eq(serviceOrders.providerId, providerId))
        .orderBy(asc(serviceOrders.providerId), asc(serviceOrders.serviceUserRef), asc(serviceOrders.id))
        .all()
        .map(toOrder);
    },
    save(order: ServiceOrder): void {
      const row = {
        ...order,
        versions: order.versions.map(storeVersion) as unknown as StoredJson[],
      };
      db.insert(serviceOrders).values(row).onConflictDoUpdate({ target: serviceOrders.id, set: row }).run();
    },
  };

  const visitRepository = {
    load(id: string): Visit | undefined {
      const row = get<VisitRow>(`${VISIT_SELECT} WHERE id = ?`, [id]);
      return row && toVisit(row);
    },
    /** The visit an order has on `date` claimed against `claimedStart`: there is at most one. */
    findByKey(orderId: string, date: string, claimedStart: string): Visit | undefined {
      const row = get<VisitRow>(`${VISIT_SELECT} WHERE order_id = ? AND date = ? AND claimed_start = ?`, [
        orderId,
        date,
        claimedStart,
      ]);
      return row && toVisit(row);
    },
    /** One person's visits with a provider from `from` to `to`, London dates inclusive. */
    listForPerson(providerId: string, serviceUserRef: string, from: string, to: string): Visit[] {
      return all<VisitRow>(
        `${VISIT_SELECT} WHERE provider_id = ? AND service_user_ref = ? AND date >= ? AND date <= ?
          ORDER BY actual_start, id`,
        [providerId, serviceUserRef, from, to],
      ).map(toVisit);
    },
    /** A provider's visits up to `to` (every one when `to` is null), by date. */
    listForProvider(providerId: string, to: string | null): Visit[] {
      return (
        to === null
          ? all<VisitRow>(`${VISIT_SELECT} WHERE provider_id = ? ORDER BY date, id`, [providerId])
          : all<VisitRow>(`${VISIT_SELECT} WHERE provider_id = ? AND date <= ? ORDER BY date, id`, [
              providerId,
              to,
            ])
      ).map(toVisit);
    },
    /** Visits saved as exceptions with no decision for them as they stand, oldest first. */
    listAwaitingDecision(): Visit[] {
      return all<VisitRow>(`${VISIT_SELECT} WHERE awaiting_decision = 1 ORDER BY date, id`, []).map(toVisit);
    },
    /** Inserts or replaces the visit; `awaitingDecision` puts it on finance's list. */
    save(visit: Visit, awaitingDecision: boolean): void {
      const { source } = visit;
      const file = source.kind === "file";
      prepared(UPSERT_VISIT).run(
        visit.id,
        visit.providerId,
        visit.orderId,
        visit.serviceUserRef,
        visit.date,
        visit.claimedStart,
        visit.claimedMinutes,
        visit.actualStart.getTime(),
        visit.actualMinutes,
        visit.carers,
        visit.status,
        visit.reason,
        visit.plannedVisitId,
        file ? source.fileReference : null,
        file ? source.row : null,
        visit.recordedAt.getTime(),
        visit.recordedBy,
        awaitingDecision ? 1 : 0,
      );
    },
  };

  const decisions = {
    load(visitId: string): ExceptionDecision | undefined {
      const row = db.select().from(exceptionDecisions).where(eq(exceptionDecisions.visitId, visitId)).get();
      return (
        row && {
          visitId: row.visitId,
          outcome: row.outcome as ExceptionDecision["outcome"],
          reason: row.reason,
          by: row.decidedBy,
          at: row.decidedAt,
          visitRecordedAt: row.visitRecordedAt,
        }
      );
    },
    /** Records finance's decision (replacing an earlier one) and takes the visit off the list. */
    save(decision: ExceptionDecision): void {
      const row = {
        visitId: decision.visitId,
        outcome: decision.outcome,
        reason: decision.reason,
        decidedBy: decision.by,
        decidedAt: decision.at,
        visitRecordedAt: decision.visitRecordedAt,
      };
      db.insert(exceptionDecisions)
        .values(row)
        .onConflictDoUpdate({ target: exceptionDecisions.visitId, set: row })
        .run();
      db.update(visits).set({ awaitingDecision: false }).where(eq(visits.id, decision.visitId)).run();
    },
  };

  const imports = {
    /** The file references a provider has uploaded, as given. */
    references(providerId: string): string[] {
      return db
        .select({ reference: actualsImports.fileReference })
        .from(actualsImports)
        .where(eq(actualsImports.providerId, providerId))
        .all()
        .map((r) => r.reference);
    },
    /** Records an upload; "duplicate" (and nothing written) when the provider has used the reference. */
    insert(file: ActualsImportRecord): "inserted" | "duplicate" {
      const inserted = db
        .insert(actualsImports)
        .values({ ...file, referenceKey: fileReferenceKey(file.fileReference), summary: { ...file.summary } })
        .onConflictDoNothing({ target: [actualsImports.providerId, actualsImports.referenceKey] })
        .run();
      return inserted.changes === 1 ? "inserted" : "duplicate";
    },
  };

  function toInvoice(row: InvoiceRow): Invoice {
    const lines = db
      .select()
      .from(invoiceLines)
      .where(eq(invoiceLines.invoiceId, row.id))
      .orderBy(asc(invoiceLines.position))
      .all();
    return {
      id: row.id,
      number: row.number,
      providerId: row.providerId,
      period: { number: row.periodNumber, start: row.periodStart, end: row.periodEnd },
      status: row.status as InvoiceStatus,
      lines: lines.map((line) => ({
        orderId: line.orderId,
        serviceUserRef: line.serviceUserRef,
        contractNumber: line.contractNumber,
        costCentre: line.costCentre,
        visits: line.visits as unknown as VisitPayment[],
        carerMinutes: line.carerMinutes,
        pence: line.pence,
      })),
      totalPence: row.totalPence,
      submittedAt: row.submittedAt,
      approvedAt: row.approvedAt,
      paidAt: row.paidAt,
      paymentRun: row.paymentRun,
      rejection: row.rejection && { ...row.rejection, at: new Date(row.rejection.at) },
    };
  }

  function invoiceColumns(invoice: Invoice): InvoiceRow {
    return {
      id: invoice.id,
      number: invoice.number,
      providerId: invoice.providerId,
      periodNumber: invoice.period.number,
      periodStart: invoice.period.start,
      periodEnd: invoice.period.end,
      status: invoice.status,
      totalPence: invoice.totalPence,
      submittedAt: invoice.submittedAt,
      approvedAt: invoice.approvedAt,
      paidAt: invoice.paidAt,
      paymentRun: invoice.paymentRun,
      rejection: invoice.rejection && { ...invoice.rejection, at: invoice.rejection.at.getTime() },
    };
  }

  /** The lines are the invoice's snapshot: replaced whole whenever the invoice is saved. */
  function writeLines(invoice: Invoice): void {
    db.delete(invoiceLines).where(eq(invoiceLines.invoiceId, invoice.id)).run();
    invoice.lines.forEach((line, position) => {
      db.insert(invoiceLines)
        .values({
          invoiceId: invoice.id,
          position,
          orderId: line.orderId,
          serviceUserRef: line.serviceUserRef,
          contractNumber: line.contractNumber,
          costCentre: line.costCentre,
          carerMinutes: line.carerMinutes,
          pence: line.pence,
          visits: line.visits.map((v) => ({ ...v })),
        })
        .run();
    });
  }

  const invoiceRepository = {
    load(id: string): Invoice | undefined {
      const row = db.select().from(invoices).where(eq(invoices.id, id)).get();
      return row && toInvoice(row);
    },
    /** A provider's invoices by period, oldest first. */
    listForProvider(providerId: string): Invoice[] {
      return db
        .select()
        .from(invoices)
        .where(eq(invoices.providerId, providerId))
        .orderBy(asc(invoices.periodStart))
        .all()
        .map(toInvoice);
    },
    /** Every provider's invoices at one status, oldest period first. */
    listByStatus(status: InvoiceStatus): Invoice[] {
      return db
        .select()
        .from(invoices)
        .where(eq(invoices.status, status))
        .orderBy(asc(invoices.periodStart), asc(invoices.providerId))
        .all()
        .map(toInvoice);
    },
    /** A new invoice; "period-taken" (and nothing written) when the provider has one for the period. */
    insert(invoice: Invoice): "inserted" | "period-taken" {
      const inserted = db
        .insert(invoices)
        .values(invoiceColumns(invoice))
        .onConflictDoNothing({ target: [invoices.providerId, invoices.periodStart] })
        .run();
      if (inserted.changes !== 1) return "period-taken";
      writeLines(invoice);
      return "inserted";
    },
    update(invoice: Invoice): void {
      const { id, ...columns } = invoiceColumns(invoice);
      const updated = db.update(invoices).set(columns).where(eq(invoices.id, id)).run();
      if (updated.changes !== 1) throw new Error(`No invoice ${id} to save`);
      writeLines(invoice);
    },
  };

  const toQuery = (row: typeof providerQueries.$inferSelect): Query => ({
    id: row.id,
    providerId: row.providerId,
    about: { kind: row.aboutKind as Query["about"]["kind"], id: row.aboutId },
    team: row.team,
    title: row.title,
    status: row.status as Query["status"],
    messages: db
      .select()
      .from(providerQueryMessages)
      .where(eq(providerQueryMessages.queryId, row.id))
      .orderBy(asc(providerQueryMessages.position))
      .all()
      .map(({ queryId: _q, position: _p, ...message }) => ({
        ...message,
        side: message.side as Query["messages"][number]["side"],
      })),
    raisedAt: row.raisedAt,
    closedAt: row.closedAt,
  });

  const queries = {
    load(id: string): Query | undefined {
      const row = db.select().from(providerQueries).where(eq(providerQueries.id, id)).get();
      return row && toQuery(row);
    },
    /** One provider's queries, or every provider's when `providerId` is null; newest first. */
    list(providerId: string | null): Query[] {
      return db
        .select()
        .from(providerQueries)
        .where(providerId === null ? undefined : eq(providerQueries.providerId, providerId))
        .orderBy(desc(providerQueries.raisedAt), desc(providerQueries.id))
        .all()
        .map(toQuery);
    },
    /** Inserts or updates the query; messages only ever grow, so the new ones are appended. */
    save(query: Query): void {
      const row = {
        id: query.id,
        providerId: query.providerId,
        aboutKind: query.about.kind,
        aboutId: query.about.id,
        team: query.team,
        title: query.title,
        status: query.status,
        raisedAt: query.raisedAt,
        closedAt: query.closedAt,
      };
      db.insert(providerQueries)
        .values(row)
        .onConflictDoUpdate({ target: providerQueries.id, set: row })
        .run();
      query.messages.forEach((message, position) => {
        db.insert(providerQueryMessages)
          .values({ queryId: query.id, position, ...message })
          .onConflictDoNothing()
          .run();
      });
    },
  };

  return {
    providers: providerRepository,
    contracts,
    orders,
    visits: visitRepository,
    decisions,
    imports,
    invoices: invoiceRepository,
    queries,
    audit: {
      ...createAuditRepository(db),
      /** As the suite's audit repository appends, with the statement prepared once. */
      append(event: AuditEventRecord): void {
        prepared(INSERT_AUDIT_EVENT).run(
          event.occurredAt.getTime(),
          event.action,
          event.actorSubject ?? null,
          event.actorRoles ? JSON.stringify(event.actorRoles) : null,
          event.actorOrganisation ?? null,
          event.portal,
          event.itemId ?? null,
          event.details == null ? null : JSON.stringify(event.details),
        );
      },
    },
    durably: <T>(work: () => T): T => durably(db, work),
  };
}

export type SqliteCommissioningStore = ReturnType<typeof createSqliteCommissioningStore>;
