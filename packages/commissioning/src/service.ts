import { randomUUID } from "node:crypto";
import { addDays, type LondonDate, weekStarting } from "@portal/intake/london-clock";
import { recordVisit as recordVisitDetails, type Visit, type VisitDetails } from "./actuals.ts";
import type { Contract } from "./contracts.ts";
import { planActualsImport } from "./csv-import.ts";
import {
  draftInvoice as draftInvoiceFor,
  type Invoice,
  invoicedVisitIds,
  invoiceTransition,
  lockedWeeks,
  periodContaining,
} from "./invoices.ts";
import {
  issueOrder,
  type OrderCommand,
  type OrderTerms,
  orderTransition,
  plannedVisits,
  type ServiceOrder,
} from "./orders.ts";
import { type Refusal, refuse } from "./outcome.ts";
import { type PaymentExport, paymentExport } from "./payment-export.ts";
import { type Actor, canActAsCouncil, canView, providerOf } from "./permissions.ts";
import { type Query, type QueryCommand, queryTransition, raiseQuery } from "./queries.ts";
import { type BankHolidays, ENGLAND_AND_WALES, rateCardSchema } from "./rates.ts";
import { type RemittanceAdvice, remittanceAdvice } from "./remittance.ts";
import type { CommissioningStore, Json } from "./store.ts";
import {
  type Assessment,
  assessVisit,
  type DecisionOutcome,
  decideException as decideFor,
  settleVisit,
} from "./variance.ts";
import { payVisit, type VisitPayment } from "./visit-payments.ts";

/**
 * The providers portal's service: every read and change of commissioning records goes through here.
 * Each command loads what it needs, asks the pure workflow with `now`, and saves the result with its
 * audit events in one durable transaction; a refusal writes nothing.
 *
 * Deny by default, and check the record, not just the role: a provider's staff reach only records
 * whose providerId is their organisation claim. Any other record is "not found", exactly as an id
 * that does not exist, so an id in a URL cannot even confirm that another provider's record exists.
 * Finance officers see every provider.
 */

export type { AuditEvent, CommissioningStore } from "./store.ts";

export type Result<T> = { ok: true; value: T } | Refusal;

export interface CommissioningOptions {
  store: CommissioningStore;
  /** The Monday invoice period 1 starts on (the council chooses it). */
  invoiceAnchor: LondonDate;
  /** The council teams a provider may send a query to. */
  teams: readonly string[];
  bankHolidays?: BankHolidays;
  /** New record ids; random unless a test wants them predictable. */
  newId?: () => string;
  /** The portal audit events are recorded against. */
  portal?: string;
}

const NOT_FOUND = refuse("not-found", "Page not found");
const FORBIDDEN = refuse("forbidden", "You do not have permission to do this");
const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** The record if it exists and this person may see it; the same undefined otherwise. */
function visible<T extends { providerId: string }>(actor: Actor, record: T | undefined): T | undefined {
  return record && canView(actor, record) ? record : undefined;
}

/** What finance sees for an exception waiting for its decision. */
export interface ExceptionEntry {
  visit: Visit;
  assessment: Assessment;
  explanation: string;
}

export function createCommissioning(options: CommissioningOptions) {
  const { store, invoiceAnchor, teams } = options;
  const bankHolidays = options.bankHolidays ?? ENGLAND_AND_WALES;
  const newId = options.newId ?? randomUUID;
  const portal = options.portal ?? "providers";

  function audit(
    actor: Actor,
    action: string,
    itemId: string,
    at: Date,
    details: { [key: string]: Json } | null,
  ) {
    store.audit.append({
      occurredAt: at,
      action,
      actorSubject: actor.subject,
      actorRoles: actor.roles,
      actorOrganisation: actor.organisation,
      portal,
      itemId,
      details,
    });
  }

  /** A contract with its rate card checked: JSON kept in a database is trusted no further than that. */
  function contractOf(id: string): Contract {
    const contract = store.contracts.load(id);
    if (!contract) throw new Error(`No contract ${id}`);
    return { ...contract, rates: rateCardSchema.parse(contract.rates) };
  }

  /** Loads each order and contract once while working through many visits. */
  function termsCache() {
    const orders = new Map<string, ServiceOrder>();
    const contracts = new Map<string, Contract>();
    return {
      order(id: string): ServiceOrder {
        let order = orders.get(id);
        if (!order) {
          order = store.orders.load(id);
          if (!order) throw new Error(`No order ${id}`);
          orders.set(id, order);
        }
        return order;
      },
      contract(id: string): Contract {
        let contract = contracts.get(id);
        if (!contract) {
          contract = contractOf(id);
          contracts.set(id, contract);
        }
        return contract;
      },
    };
  }

  function assess(visit: Visit, order: ServiceOrder, contract: Contract): Assessment {
    const planned =
      visit.plannedVisitId === null
        ? null
        : (plannedVisits(order, weekStarting(visit.date)).find((p) => p.id === visit.plannedVisitId) ?? null);
    return assessVisit(visit, planned, contract.tolerance);
  }

  /** Saves a visit, on finance's list when it is an exception (any earlier decision was for the visit as it was). */
  function saveVisit(visit: Visit, order: ServiceOrder, contract: Contract) {
    store.visits.save(visit, assess(visit, order, contract).kind === "exception");
  }

  /** Each visit's pay as it now stands, for a provider's visits up to `to`. */
  function payments(providerId: string, to: LondonDate): VisitPayment[] {
    const terms = termsCache();
    return store.visits.listForProvider(providerId, to).map((visit) => {
      const order = terms.order(visit.orderId);
      const contract = terms.contract(order.contractId);
      const settlement = settleVisit(
        visit,
        assess(visit, order, contract),
        store.decisions.load(visit.id) ?? null,
      );
      return payVisit(visit, settlement, contract, bankHolidays);
    });
  }

  function invoiceEvents(actor: Actor, invoice: Invoice, events: readonly { type: string }[], at: Date) {
    for (const event of events)
      audit(actor, event.type, invoice.id, at, { number: invoice.number, totalPence: invoice.totalPence });
  }

  return {
    /** The orders this person may see: their provider's, or every provider's for finance. */
    listOrders(actor: Actor): ServiceOrder[] {
      if (canActAsCouncil(actor)) return store.orders.list(null);
      const provider = providerOf(actor);
      return provider === null ? [] : store.orders.list(provider);
    },

    viewOrder(actor: Actor, id: string): Result<ServiceOrder> {
      const order = visible(actor, store.orders.load(id));
      return order ? ok(order) : NOT_FOUND;
    },

    /** Finance issues an order on one of the provider's contracts: version 1, waiting for the provider. */
    issueOrder(
      actor: Actor,
      input: { contractId: string; serviceUserRef: string; terms: OrderTerms },
      now: Date,
    ): Result<ServiceOrder> {
      if (!canActAsCouncil(actor)) return FORBIDDEN;
      return store.durably((): Result<ServiceOrder> => {
        const contract = store.contracts.load(input.contractId);
        if (!contract) return NOT_FOUND;
        const result = issueOrder({ ...input, id: newId(), providerId: contract.providerId }, { actor, now });
        if (!result.ok) return result;
        store.orders.save(result.value);
        for (const event of result.events)
          audit(actor, event.type, event.orderId, now, { version: event.version });
        return ok(result.value);
      });
    },

    /** Accept, reject (with a fresh sign-in) or change an order. */
    runOrder(actor: Actor, id: string, command: OrderCommand, now: Date): Result<ServiceOrder> {
      return store.durably((): Result<ServiceOrder> => {
        const order = visible(actor, store.orders.load(id));
        if (!order) return NOT_FOUND;
        const result = orderTransition(order, command, { actor, now });
        if (!result.ok) return result;
        store.orders.save(result.value);
        for (const event of result.events)
          audit(actor, event.type, id, now, { version: event.version, reason: event.reason });
        return ok(result.value);
      });
    },

    /** Records a visit from the calendar, or updates the one already recorded for that order, date and claimed start. */
    recordVisit(
      actor: Actor,
      details: Omit<VisitDetails, "providerId" | "serviceUserRef" | "source">,
      now: Date,
    ): Result<Visit> {
      return store.durably((): Result<Visit> => {
        const order = visible(actor, store.orders.load(details.orderId));
        if (!order) return NOT_FOUND;
        const full: VisitDetails = {
          ...details,
          providerId: order.providerId,
          serviceUserRef: order.serviceUserRef,
          source: { kind: "calendar" },
        };
        const existing = store.visits.findByKey(order.id, details.date, details.claimedStart) ?? null;
        const result = recordVisitDetails(existing, full, {
          actor,
          now,
          order,
          lockedWeeks: lockedWeeks(store.invoices.listForProvider(order.providerId)),
          nearbyVisits: store.visits.listForPerson(
            order.providerId,
            order.serviceUserRef,
            addDays(details.date, -1),
            addDays(details.date, 1),
          ),
          id: newId(),
        });
        if (!result.ok) return result;
        saveVisit(result.value, order, contractOf(order.contractId));
        for (const event of result.events)
          audit(actor, event.type, result.value.id, now, { orderId: order.id });
        return ok(result.value);
      });
    },

    /**
     * Imports a call-monitoring file for the signed-in provider: refuses a reference used before,
     * records the file, and applies the plan (new and updated visits; rejected rows change nothing).
     */
    importActuals(actor: Actor, text: string, now: Date) {
      const providerId = providerOf(actor);
      if (providerId === null) return FORBIDDEN;
      return store.durably(() => {
        const provider = store.providers.load(providerId);
        if (!provider) return NOT_FOUND;
        const orders = store.orders.list(providerId);
        const plan = planActualsImport(text, {
          actor,
          provider,
          contracts: store.contracts.listForProvider(providerId),
          orders,
          seenFileReferences: new Set(store.imports.references(providerId)),
          // Every visit of the provider's: the plan needs those around the file's weeks, which are
          // not known until it has read the file.
          existingVisits: store.visits.listForProvider(providerId, null),
          lockedWeeks: lockedWeeks(store.invoices.listForProvider(providerId)),
          now,
        });
        if (!plan.ok) return refuse(plan.code, plan.message);
        const fileId = newId();
        const recorded = store.imports.insert({
          id: fileId,
          providerId,
          fileReference: plan.fileReference,
          uploadedAt: now,
          uploadedBy: actor.subject,
          summary: plan.summary,
        });
        if (recorded === "duplicate") {
          return refuse("duplicate-file", `File reference "${plan.fileReference}" has already been uploaded`);
        }
        const terms = termsCache();
        for (const row of plan.rows) {
          if (row.kind !== "new" && row.kind !== "updated") continue;
          const visit: Visit = {
            ...row.visit,
            id: row.kind === "new" ? newId() : row.visitId,
            recordedAt: now,
            recordedBy: actor.subject,
          };
          const order = terms.order(visit.orderId);
          saveVisit(visit, order, terms.contract(order.contractId));
          const action = row.kind === "new" ? "visit-recorded" : "visit-updated";
          audit(actor, action, visit.id, now, {
            orderId: visit.orderId,
            fileReference: plan.fileReference,
            row: row.row,
          });
        }
        audit(actor, "actuals-imported", fileId, now, { fileReference: plan.fileReference, ...plan.summary });
        return ok({ fileId, rows: plan.rows, summary: plan.summary });
      });
    },

    /** Finance's exceptions still waiting for a decision, oldest first. */
    listExceptions(actor: Actor): Result<ExceptionEntry[]> {
      if (!canActAsCouncil(actor)) return FORBIDDEN;
      const terms = termsCache();
      const entries = store.visits.listAwaitingDecision().flatMap((visit) => {
        const order = terms.order(visit.orderId);
        const assessment = assess(visit, order, terms.contract(order.contractId));
        const settlement = settleVisit(visit, assessment, store.decisions.load(visit.id) ?? null);
        return settlement.status === "pending"
          ? [{ visit, assessment, explanation: settlement.explanation }]
          : [];
      });
      return ok(entries);
    },

    /** Finance approves, caps or rejects an exception, with a reason the provider sees. */
    decideException(
      actor: Actor,
      visitId: string,
      command: { outcome: DecisionOutcome; reason: string },
      now: Date,
    ) {
      return store.durably(() => {
        const visit = visible(actor, store.visits.load(visitId));
        if (!visit) return NOT_FOUND;
        const order = store.orders.load(visit.orderId);
        if (!order) throw new Error(`No order ${visit.orderId}`);
        const assessment = assess(visit, order, contractOf(order.contractId));
        const holding = store.invoices
          .listForProvider(visit.providerId)
          .find((invoice) => invoicedVisitIds([invoice]).has(visit.id));
        const result = decideFor(visit, assessment, command, {
          actor,
          now,
          invoiceNumber: holding?.number ?? null,
        });
        if (!result.ok) return result;
        store.decisions.save(result.value);
        audit(actor, "exception-decided", visit.id, now, {
          outcome: command.outcome,
          reason: result.value.reason,
        });
        return ok(result.value);
      });
    },

    /** A provider's invoices, oldest period first. */
    listInvoices(actor: Actor, providerId: string): Result<Invoice[]> {
      if (!canView(actor, { providerId })) return NOT_FOUND;
      return ok(store.invoices.listForProvider(providerId));
    },

    viewInvoice(actor: Actor, id: string): Result<Invoice> {
      const invoice = visible(actor, store.invoices.load(id));
      return invoice ? ok(invoice) : NOT_FOUND;
    },

    /** Drafts the provider's invoice for the period containing `date`, from its settled visits. */
    draftInvoice(actor: Actor, providerId: string, date: LondonDate, now: Date): Result<Invoice> {
      if (!canView(actor, { providerId })) return NOT_FOUND;
      return store.durably((): Result<Invoice> => {
        const provider = store.providers.load(providerId);
        if (!provider) return NOT_FOUND;
        const period = periodContaining(date, invoiceAnchor);
        const result = draftInvoiceFor(
          {
            id: newId(),
            provider,
            period,
            payments: payments(providerId, period.end),
            invoicedVisitIds: invoicedVisitIds(store.invoices.listForProvider(providerId)),
          },
          { actor, now },
        );
        if (!result.ok) return result;
        if (store.invoices.insert(result.value) === "period-taken") {
          return refuse("period-taken", "There is already an invoice for this period");
        }
        invoiceEvents(actor, result.value, result.events, now);
        return ok(result.value);
      });
    },

    /** Refresh or submit (provider), approve or reject (finance) an invoice. */
    runInvoice(
      actor: Actor,
      id: string,
      command:
        | { type: "refresh" }
        | { type: "submit" }
        | { type: "approve" }
        | { type: "reject"; reason: string },
      now: Date,
    ): Result<Invoice> {
      return store.durably((): Result<Invoice> => {
        const invoice = visible(actor, store.invoices.load(id));
        if (!invoice) return NOT_FOUND;
        const result = invoiceTransition(
          invoice,
          command.type === "refresh"
            ? {
                type: "refresh",
                payments: payments(invoice.providerId, invoice.period.end),
                invoicedVisitIds: invoicedVisitIds(store.invoices.listForProvider(invoice.providerId)),
              }
            : command,
          { actor, now },
        );
        if (!result.ok) return result;
        store.invoices.update(result.value);
        invoiceEvents(actor, result.value, result.events, now);
        return ok(result.value);
      });
    },

    /** Finance exports every approved invoice for payment and marks each paid with the run's name. */
    exportPayments(actor: Actor, paymentRun: string, now: Date): Result<PaymentExport> {
      if (!canActAsCouncil(actor)) return FORBIDDEN;
      return store.durably((): Result<PaymentExport> => {
        const entries = store.invoices.listByStatus("approved").map((invoice) => {
          const provider = store.providers.load(invoice.providerId);
          if (!provider) throw new Error(`No provider ${invoice.providerId}`);
          return { invoice, provider };
        });
        const exported = paymentExport(entries, { actor, now, paymentRun });
        if (!exported.ok) return exported;
        for (const { invoice } of entries) {
          const paid = invoiceTransition(invoice, { type: "mark-paid", paymentRun }, { actor, now });
          if (!paid.ok)
            throw new Error(`Invoice ${invoice.number} could not be marked paid: ${paid.message}`);
          store.invoices.update(paid.value);
          invoiceEvents(actor, paid.value, paid.events, now);
        }
        const { invoiceIds, totalPence } = exported.value;
        audit(actor, "payments-exported", paymentRun, now, { invoiceIds, totalPence });
        return ok(exported.value);
      });
    },

    /** The remittance advice of a paid invoice. */
    remittance(actor: Actor, invoiceId: string): Result<RemittanceAdvice> {
      const invoice = visible(actor, store.invoices.load(invoiceId));
      if (!invoice) return NOT_FOUND;
      const advice = remittanceAdvice(invoice);
      return advice
        ? ok(advice)
        : refuse("not-paid", "There is no remittance advice until the invoice is paid");
    },

    listQueries(actor: Actor): Query[] {
      if (canActAsCouncil(actor)) return store.queries.list(null);
      const provider = providerOf(actor);
      return provider === null ? [] : store.queries.list(provider);
    },

    viewQuery(actor: Actor, id: string): Result<Query> {
      const query = visible(actor, store.queries.load(id));
      return query ? ok(query) : NOT_FOUND;
    },

    /** A provider raises a query about one of its own orders or invoices. */
    raiseQuery(
      actor: Actor,
      input: { about: { kind: "order" | "invoice"; id: string }; team: string; title: string; text: string },
      now: Date,
    ): Result<Query> {
      return store.durably((): Result<Query> => {
        const { kind, id } = input.about;
        const subject = visible(actor, kind === "order" ? store.orders.load(id) : store.invoices.load(id));
        if (!subject) return NOT_FOUND;
        const result = raiseQuery(
          { ...input, id: newId(), about: { kind, id, providerId: subject.providerId } },
          { actor, now, teams },
        );
        if (!result.ok) return result;
        store.queries.save(result.value);
        audit(actor, "query-raised", result.value.id, now, { about: kind, aboutId: id, team: input.team });
        return ok(result.value);
      });
    },

    runQuery(actor: Actor, id: string, command: QueryCommand, now: Date): Result<Query> {
      return store.durably((): Result<Query> => {
        const query = visible(actor, store.queries.load(id));
        if (!query) return NOT_FOUND;
        const result = queryTransition(query, command, { actor, now });
        if (!result.ok) return result;
        store.queries.save(result.value);
        for (const event of result.events) audit(actor, event.type, id, now, null);
        return ok(result.value);
      });
    },
  };
}

export type Commissioning = ReturnType<typeof createCommissioning>;
