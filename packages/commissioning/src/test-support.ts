/** Shared fixtures for this package's tests: a contract, two providers, orders and visits. */
import type { Visit } from "./actuals.ts";
import type { Contract, Provider } from "./contracts.ts";
import { draftInvoice, type Invoice, type InvoiceCommand, invoiceTransition } from "./invoices.ts";
import type { OrderTerms, PlannedVisit, ServiceOrder } from "./orders.ts";
import type { Actor } from "./permissions.ts";
import type { RateCard } from "./rates.ts";
import type { VisitPayment } from "./visit-payments.ts";

/** London times are written with the day's offset: +00:00 in GMT, +01:00 in BST. */
export const at = (iso: string) => new Date(iso);

/**
 * A plausible home care rate card, with every rate different so a test that bills the wrong band
 * or day type cannot pass by accident. Bands: day 07:00–19:00, evening 19:00–22:00, night 22:00–07:00.
 */
export const RATES: RateCard = {
  bandStarts: { day: 7 * 60, evening: 19 * 60, night: 22 * 60 },
  pencePerHour: {
    weekday: { day: 2400, evening: 2640, night: 2880 },
    weekend: { day: 2700, evening: 2940, night: 3180 },
    "bank-holiday": { day: 3600, evening: 3960, night: 4320 },
  },
};

export const SUNRISE = "Sunrise Care Ltd";
export const OAKWOOD = "Oakwood Homecare";

export const sunriseManager: Actor = {
  subject: "user-sunrise",
  name: "Ruth Green",
  roles: ["provider:user"],
  organisation: SUNRISE,
};
export const oakwoodManager: Actor = {
  subject: "user-oakwood",
  name: "Tom Wood",
  roles: ["provider:user"],
  organisation: OAKWOOD,
};
export const financeOfficer: Actor = {
  subject: "user-finance",
  name: "Fran Ali",
  roles: ["finance:officer"],
  organisation: "Council finance",
};

export const NOV_16 = "2026-11-16"; // a Monday

/** Four calls a week for Sunrise: weekday mornings at 08:00 for 30 minutes, Saturday double-handed. */
export function orderTerms(overrides: Partial<OrderTerms> = {}): OrderTerms {
  return {
    startDate: "2026-11-02",
    endDate: null,
    calls: [
      { weekday: 1, start: "08:00", minutes: 30, carers: 1 },
      { weekday: 3, start: "08:00", minutes: 30, carers: 1 },
      { weekday: 5, start: "18:30", minutes: 60, carers: 1 },
      { weekday: 6, start: "09:00", minutes: 45, carers: 2 },
    ],
    ...overrides,
  };
}

/** An order issued by the council on 30 October 2026, version 1, not yet decided. */
export function newSunriseOrder(overrides: Partial<ServiceOrder> = {}): ServiceOrder {
  return {
    id: "order-1",
    providerId: SUNRISE,
    contractId: "contract-1",
    serviceUserRef: "SU1001",
    versions: [
      {
        version: 1,
        effectiveFrom: "2026-11-02",
        terms: orderTerms(),
        issuedAt: at("2026-10-30T10:00:00Z"),
        decision: null,
      },
    ],
    ...overrides,
  };
}

export function acceptedSunriseOrder(overrides: Partial<ServiceOrder> = {}): ServiceOrder {
  const order = newSunriseOrder(overrides);
  return {
    ...order,
    versions: order.versions.map((v) => ({
      ...v,
      decision: {
        outcome: "accepted" as const,
        by: sunriseManager.subject,
        at: at("2026-10-30T11:00:00Z"),
        reason: null,
      },
    })),
  };
}

/** A completed visit by Sunrise on Monday 16 November 2026, against the planned 08:00 call (30 minutes, 1 carer). */
export function sunriseVisit(overrides: Partial<Visit> = {}): Visit {
  return {
    id: "visit-1",
    providerId: SUNRISE,
    orderId: "order-1",
    serviceUserRef: "SU1001",
    date: "2026-11-16",
    claimedStart: "08:00",
    claimedMinutes: 30,
    actualStart: at("2026-11-16T08:00:00Z"),
    actualMinutes: 30,
    carers: 1,
    status: "completed",
    reason: null,
    plannedVisitId: "order-1:2026-11-16:08:00",
    source: { kind: "calendar" },
    recordedAt: at("2026-11-16T10:00:00Z"),
    recordedBy: sunriseManager.subject,
    ...overrides,
  };
}

/** The planned call `sunriseVisit` delivers. */
export const MONDAY_CALL: PlannedVisit = {
  id: "order-1:2026-11-16:08:00",
  orderId: "order-1",
  version: 1,
  date: "2026-11-16",
  start: "08:00",
  startsAt: at("2026-11-16T08:00:00Z"),
  minutes: 30,
  carers: 1,
};

export const SUNRISE_PROVIDER: Provider = { id: SUNRISE, name: SUNRISE, ref: "SUN01", supplierRef: "100234" };
export const OAKWOOD_PROVIDER: Provider = { id: OAKWOOD, name: OAKWOOD, ref: "OAK01", supplierRef: "100871" };

export const SUNRISE_CONTRACT: Contract = {
  id: "contract-1",
  providerId: SUNRISE,
  number: "HC-2026-001",
  serviceType: "HOME CARE",
  costCentre: "ASC-HC-01",
  rates: RATES,
  tolerance: { minutes: 5, percent: 10 },
};

/** A payable visit payment for Sunrise's order-1 on Monday 16 November 2026: 30 minutes, £12.00. */
export function visitPayment(overrides: Partial<VisitPayment> = {}): VisitPayment {
  return {
    visitId: "visit-1",
    providerId: SUNRISE,
    orderId: "order-1",
    serviceUserRef: "SU1001",
    date: "2026-11-16",
    contractNumber: "HC-2026-001",
    costCentre: "ASC-HC-01",
    status: "payable",
    basis: "delivered",
    explanation: "Paid as delivered",
    carerMinutes: 30,
    paidPence: 1200,
    claimedPence: 1200,
    ...overrides,
  };
}

/**
 * An invoice in `status` for period 12 (9 November – 6 December 2026), built through the workflow
 * from `payments`, for Sunrise unless another provider is given.
 */
export function sunriseInvoice(
  status: "draft" | "submitted" | "approved" | "paid",
  payments: VisitPayment[],
  provider: Provider = SUNRISE_PROVIDER,
): Invoice {
  const now = at("2026-12-08T09:00:00Z");
  const staff = provider.id === OAKWOOD ? oakwoodManager : sunriseManager;
  const period = { number: 12, start: "2026-11-09", end: "2026-12-06" };
  const drafted = draftInvoice(
    { id: `inv-${provider.ref}`, provider, period, payments, invoicedVisitIds: new Set() },
    { actor: staff, now },
  );
  if (!drafted.ok) throw new Error(drafted.message);
  const steps: [InvoiceCommand, Actor][] = [
    [{ type: "submit" }, staff],
    [{ type: "approve" }, financeOfficer],
    [{ type: "mark-paid", paymentRun: "PAY-20261210" }, financeOfficer],
  ];
  const count = { draft: 0, submitted: 1, approved: 2, paid: 3 }[status];
  return steps.slice(0, count).reduce((invoice, [command, actor]) => {
    const result = invoiceTransition(invoice, command, { actor, now });
    if (!result.ok) throw new Error(result.message);
    return result.value;
  }, drafted.value);
}
