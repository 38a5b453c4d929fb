import type { Visit } from "./actuals.ts";
import type { Contract, Provider } from "./contracts.ts";
import type { ImportSummary } from "./csv-import.ts";
import type { Invoice, InvoiceStatus } from "./invoices.ts";
import type { ServiceOrder } from "./orders.ts";
import type { Query } from "./queries.ts";
import type { ExceptionDecision } from "./variance.ts";

/**
 * What the commissioning service needs from storage. @portal/db's createSqliteCommissioningStore
 * implements it; the service never sees SQL. Loads return undefined for an unknown id: the service
 * decides whether the person may know the record exists.
 */

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export interface AuditEvent {
  occurredAt: Date;
  action: string;
  actorSubject: string | null;
  actorRoles?: readonly string[] | null;
  actorOrganisation?: string | null;
  portal: string;
  itemId: string | null;
  details: { [key: string]: Json } | null;
}

export interface ActualsImportRecord {
  id: string;
  providerId: string;
  fileReference: string;
  uploadedAt: Date;
  uploadedBy: string;
  summary: ImportSummary;
}

export interface CommissioningStore {
  providers: { load(id: string): Provider | undefined };
  contracts: { load(id: string): Contract | undefined; listForProvider(providerId: string): Contract[] };
  orders: {
    load(id: string): ServiceOrder | undefined;
    /** One provider's orders, or every provider's for null. */
    list(providerId: string | null): ServiceOrder[];
    save(order: ServiceOrder): void;
  };
  visits: {
    load(id: string): Visit | undefined;
    findByKey(orderId: string, date: string, claimedStart: string): Visit | undefined;
    listForPerson(providerId: string, serviceUserRef: string, from: string, to: string): Visit[];
    listForProvider(providerId: string, to: string | null): Visit[];
    listAwaitingDecision(): Visit[];
    save(visit: Visit, awaitingDecision: boolean): void;
  };
  decisions: {
    load(visitId: string): ExceptionDecision | undefined;
    save(decision: ExceptionDecision): void;
  };
  imports: {
    references(providerId: string): string[];
    insert(file: ActualsImportRecord): "inserted" | "duplicate";
  };
  invoices: {
    load(id: string): Invoice | undefined;
    listForProvider(providerId: string): Invoice[];
    listByStatus(status: InvoiceStatus): Invoice[];
    insert(invoice: Invoice): "inserted" | "period-taken";
    update(invoice: Invoice): void;
  };
  queries: {
    load(id: string): Query | undefined;
    list(providerId: string | null): Query[];
    save(query: Query): void;
  };
  audit: {
    append(event: AuditEvent): void;
    listForItem(itemId: string): (AuditEvent & { id: number })[];
  };
  /** Runs `work` in one durable transaction: all of it is kept, or none of it. */
  durably<T>(work: () => T): T;
}
