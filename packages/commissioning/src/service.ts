import { randomUUID } from "node:crypto";
import { addDays, type LondonDate, weekStarting } from "@portal/intake/london-clock";
import { recordVisit as recordVisitDetails, type Visit, type VisitDetails } from "./actuals.ts";
import type { Contract, Provider } from "./contracts.ts";
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
  type PlannedVisit,
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
  type Settlement,
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

/** A visit with what it is paid and why, as the provider is told. */
export type SettledVisit = Visit & { settlement: Settlement };

/**
 * One order's Monday–Sunday week: its planned calls, the visits recorded against it with their
 * settlements, and whether the week is on an invoice (so its actuals are locked).
 */
export interface OrderWeek {
  order: ServiceOrder;
  monday: LondonDate;
  planned: PlannedVisit[];
  visits: SettledVisit[];
  locked: boolean;
}

/** `load`, with each id loaded once (`known` ones not at all); an id it cannot find is an error. */
function loadOnce<T>(
  what: string,
  load: (id: string) => T | undefined,
  known: Iterable<readonly [string, T]> = [],
): (id: string) => T {
  const loaded = new Map(known);
  return (id) => {
    const cached = loaded.get(id);
    if (cached) return cached;
    const record = load(id);
    if (!record) throw new Error(`No ${what} ${id}`);
    loaded.set(id, record);
    return record;
  };
}

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

  /** Loads each order, contract and provider once while working through many visits; `known` orders are not loaded again. */
  function termsCache(known: readonly ServiceOrder[] = []) {
    return {
      order: loadOnce(
        "order",
        (id) => store.orders.load(id),
        known.map((order) => [order.id, order] as const),
      ),
      contract: loadOnce("contract", contractOf),
      provider: loadOnce("provider", (id) => store.providers.load(id)),
    };
  }

  /** The planned call a visit is measured against, or null when it has none. */
  function plannedCallOf(visit: Visit, order: ServiceOrder): PlannedVisit | null {
    if (visit.plannedVisitId === null) return null;
    return plannedVisits(order, weekStarting(visit.date)).find((p) => p.id === visit.plannedVisitId) ?? null;
  }

  function assess(visit: Visit, order: ServiceOrder, contract: Contract): Assessment {
    return assessVisit(visit, plannedCallOf(visit, order), contract.tolerance);
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

  /** Exceptions still waiting for finance's decision, oldest first, each with its order and assessment. */
  function awaitingDecision(terms: ReturnType<typeof termsCache>) {
    return store.visits.listAwaitingDecision().flatMap((visit) => {
      const order = terms.order(visit.orderId);
      const assessment = assess(visit, order, terms.contract(order.contractId));
      const settlement = settleVisit(visit, assessment, store.decisions.load(visit.id) ?? null);
      return settlement.status === "pending"
        ? [{ visit, order, assessment, explanation: settlement.explanation }]
        : [];
    });
  }

  /** Whether the week starting `monday` is on one of the provider's invoices. */
  function weekLocked(providerId: string, monday: LondonDate): boolean {
    return lockedWeeks(store.invoices.listForProvider(providerId)).has(monday);
  }

  /** An order's week; `locked` answers for the order's provider. */
  function orderWeek(
    order: ServiceOrder,
    contract: Contract,
    monday: LondonDate,
    locked: (providerId: string) => boolean,
  ): OrderWeek {
    const visits = store.visits
      .listForPerson(order.providerId, order.serviceUserRef, monday, addDays(monday, 6))
      .filter((visit) => visit.orderId === order.id)
      .map((visit) => ({
        ...visit,
        settlement: settleVisit(
          visit,
          assess(visit, order, contract),
          store.decisions.load(visit.id) ?? null,
        ),
      }));
    return { order, monday, planned: plannedVisits(order, monday), visits, locked: locked(order.providerId) };
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

    /** A contract's number, service type and cost centre, for the pages of its orders. */
    viewContract(actor: Actor, id: string): Result<Contract> {
      const contract = visible(actor, store.contracts.load(id));
      return contract ? ok(contract) : NOT_FOUND;
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
        const terms = termsCache(orders);
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

    /**
     * One order's week starting `monday` (which must be a Monday). Another provider's order is
     * "not found"; finance sees every order's week.
     */
    viewWeek(actor: Actor, orderId: string, monday: LondonDate): Result<OrderWeek> {
      if (weekStarting(monday) !== monday) throw new Error(`a care week starts on a Monday: ${monday}`);
      const order = visible(actor, store.orders.load(orderId));
      if (!order) return NOT_FOUND;
      return ok(orderWeek(order, contractOf(order.contractId), monday, (p) => weekLocked(p, monday)));
    },

    /**
     * Every order with something planned or recorded in the week starting `monday`, as `viewWeek`
     * shows it: the provider's own orders, or every provider's for finance; nobody else sees any.
     */
    listWeek(actor: Actor, monday: LondonDate): Result<OrderWeek[]> {
      if (weekStarting(monday) !== monday) throw new Error(`a care week starts on a Monday: ${monday}`);
      const provider = providerOf(actor);
      if (!canActAsCouncil(actor) && provider === null) return FORBIDDEN;
      const orders = store.orders.list(canActAsCouncil(actor) ? null : provider);
      const terms = termsCache(orders);
      const locked = new Map<string, boolean>();
      const lockedFor = (providerId: string) => {
        if (!locked.has(providerId)) locked.set(providerId, weekLocked(providerId, monday));
        return locked.get(providerId) === true;
      };
      const weeks = orders
        .map((order) => orderWeek(order, terms.contract(order.contractId), monday, lockedFor))
        .filter((week) => week.planned.length > 0 || week.visits.length > 0);
      return ok(weeks);
    },

    /** Finance's exceptions still waiting for a decision, oldest first. */
    listExceptions(actor: Actor): Result<ExceptionEntry[]> {
      if (!canActAsCouncil(actor)) return FORBIDDEN;
      const entries = awaitingDecision(termsCache()).map(({ visit, assessment, explanation }) => ({
        visit,
        assessment,
        explanation,
      }));
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

    /** A provider as its own staff and finance see it: its name and references. */
    viewProvider(actor: Actor, providerId: string) {
      const provider = canView(actor, { providerId }) ? store.providers.load(providerId) : undefined;
      return provider ? ok(provider) : NOT_FOUND;
    },

    /** Finance's list: every provider's invoices with the provider's name, oldest period first. */
    listAllInvoices(actor: Actor): Result<{ invoice: Invoice; providerName: string }[]> {
      if (!canActAsCouncil(actor)) return FORBIDDEN;
      const names = new Map<string, string>();
      const nameOf = (providerId: string) => {
        let name = names.get(providerId);
        if (name === undefined) {
          name = store.providers.load(providerId)?.name ?? providerId;
          names.set(providerId, name);
        }
        return name;
      };
      const statuses = ["draft", "submitted", "approved", "paid", "rejected"] as const;
      const invoices = statuses
        .flatMap((status) => store.invoices.listByStatus(status))
        .sort(
          (a, b) =>
            a.period.start.localeCompare(b.period.start) ||
            nameOf(a.providerId).localeCompare(nameOf(b.providerId)),
        );
      return ok(invoices.map((invoice) => ({ invoice, providerName: nameOf(invoice.providerId) })));
    },

    /**
     * The periods a provider may still prepare an invoice for on `today` (a London date): those that
     * have ended and have no invoice yet (a draft or a rejected one takes its period too), newest
     * first, over the last year (13 periods).
     */
    invoiceablePeriods(
      actor: Actor,
      providerId: string,
      today: LondonDate,
    ): Result<ReturnType<typeof periodContaining>[]> {
      if (!canView(actor, { providerId })) return NOT_FOUND;
      if (today < invoiceAnchor) return ok([]);
      const invoices = store.invoices.listForProvider(providerId);
      const taken = new Set(invoices.map((invoice) => invoice.period.start));
      // An invoice takes the visits up to its period's end that no live invoice holds: a period
      // ending before the first such visit would be empty, so it is not offered.
      const lastEnded = addDays(periodContaining(today, invoiceAnchor).start, -1);
      const onInvoices = invoicedVisitIds(invoices);
      const firstOpen = store.visits
        .listForProvider(providerId, lastEnded)
        .reduce<LondonDate | null>(
          (first, visit) =>
            onInvoices.has(visit.id) || (first !== null && first <= visit.date) ? first : visit.date,
          null,
        );
      const periods: ReturnType<typeof periodContaining>[] = [];
      if (firstOpen === null) return ok(periods);
      let start = addDays(lastEnded, -27);
      for (let n = 0; n < 13 && start >= invoiceAnchor && addDays(start, 27) >= firstOpen; n++) {
        if (!taken.has(start)) periods.push(periodContaining(start, invoiceAnchor));
        start = addDays(start, -28);
      }
      return ok(periods);
    },

    /** Finance's past payment runs, newest first: when each was paid, how many invoices and the total. */
    paymentRuns(
      actor: Actor,
    ): Result<{ paymentRun: string; paidAt: Date; invoiceCount: number; totalPence: number }[]> {
      if (!canActAsCouncil(actor)) return FORBIDDEN;
      const runs = new Map<
        string,
        { paymentRun: string; paidAt: Date; invoiceCount: number; totalPence: number }
      >();
      for (const invoice of store.invoices.listByStatus("paid")) {
        if (invoice.paymentRun === null || invoice.paidAt === null) continue;
        const run = runs.get(invoice.paymentRun);
        if (run) {
          run.invoiceCount += 1;
          run.totalPence += invoice.totalPence;
          if (invoice.paidAt < run.paidAt) run.paidAt = invoice.paidAt;
        } else {
          runs.set(invoice.paymentRun, {
            paymentRun: invoice.paymentRun,
            paidAt: invoice.paidAt,
            invoiceCount: 1,
            totalPence: invoice.totalPence,
          });
        }
      }
      return ok(
        [...runs.values()].sort(
          (a, b) => b.paidAt.getTime() - a.paidAt.getTime() || a.paymentRun.localeCompare(b.paymentRun),
        ),
      );
    },

    /**
     * A past payment run's file again, rebuilt from the invoices it paid: each keeps its lines and
     * submission date, so the rows are the ones exported. Not found for a run that paid nothing.
     * Each download is audited against the run, as the export was.
     */
    paymentRunFile(actor: Actor, paymentRun: string, now: Date): Result<PaymentExport> {
      if (!canActAsCouncil(actor)) return FORBIDDEN;
      const paid = store.invoices.listByStatus("paid").filter((invoice) => invoice.paymentRun === paymentRun);
      const first = paid[0];
      if (!first?.paidAt) return NOT_FOUND;
      const entries = paid.map((invoice) => {
        const provider = store.providers.load(invoice.providerId);
        if (!provider) throw new Error(`No provider ${invoice.providerId}`);
        // As it stood when exported: approved, about to be paid.
        return { invoice: { ...invoice, status: "approved" as const }, provider };
      });
      const rebuilt = paymentExport(entries, { actor, now: first.paidAt, paymentRun });
      if (!rebuilt.ok) return rebuilt;
      const { invoiceIds, totalPence } = rebuilt.value;
      store.durably(() =>
        audit(actor, "payments-file-downloaded", paymentRun, now, { invoiceIds, totalPence }),
      );
      return ok(rebuilt.value);
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

    /**
     * Finance's exceptions queue as its page shows it, oldest first: each exception waiting for a
     * decision with its provider and the planned call it is measured against (null when unplanned).
     */
    exceptionQueue(
      actor: Actor,
    ): Result<(ExceptionEntry & { provider: Provider; planned: PlannedVisit | null })[]> {
      if (!canActAsCouncil(actor)) return FORBIDDEN;
      const terms = termsCache();
      const entries = awaitingDecision(terms).map(({ visit, order, assessment, explanation }) => ({
        visit,
        assessment,
        explanation,
        provider: terms.provider(visit.providerId),
        planned: plannedCallOf(visit, order),
      }));
      return ok(entries);
    },

    /**
     * What is waiting for this person, for the home page: only counts they may see. A provider's
     * staff get their own provider's; finance gets the council's queues; anyone else nothing.
     * `today` is the London date; the last ended invoice period is offered while it has no invoice.
     */
    homeSummary(actor: Actor, today: LondonDate) {
      if (canActAsCouncil(actor)) {
        return {
          kind: "finance" as const,
          exceptions: awaitingDecision(termsCache()).length,
          invoicesToApprove: store.invoices.listByStatus("submitted").length,
          invoicesToPay: store.invoices.listByStatus("approved").length,
          queriesToAnswer: store.queries.list(null).filter((q) => q.status === "open").length,
        };
      }
      const providerId = providerOf(actor);
      if (providerId === null) return { kind: "none" as const };
      const invoices = store.invoices.listForProvider(providerId);
      const current = today < invoiceAnchor ? null : periodContaining(today, invoiceAnchor);
      const lastEnded =
        current === null || current.start <= invoiceAnchor
          ? null
          : periodContaining(addDays(current.start, -1), invoiceAnchor);
      const queries = store.queries.list(providerId);
      return {
        kind: "provider" as const,
        ordersToDecide: store.orders
          .list(providerId)
          .filter((order) => order.versions.at(-1)?.decision == null).length,
        lastWeek: addDays(weekStarting(today), -7),
        invoicesToSubmit: invoices.filter((i) => i.status === "draft" || i.status === "rejected").length,
        periodToInvoice:
          lastEnded && !invoices.some((i) => i.period.start === lastEnded.start) ? lastEnded : null,
        queriesAnswered: queries.filter((q) => q.status === "answered").length,
        queriesOpen: queries.filter((q) => q.status === "open").length,
      };
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
