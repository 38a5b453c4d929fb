/**
 * The shapes of @portal/commissioning's records (contracts.ts, orders.ts, actuals.ts, variance.ts,
 * invoices.ts, visit-payments.ts, queries.ts), copied here because @portal/db must not import
 * @portal/commissioning (it depends on this package). The SQLite repository implements them
 * structurally, and commissioning's typecheck verifies the copies still fit when its service is given
 * this store. Keep them identical.
 */

export interface Provider {
  id: string;
  name: string;
  ref: string;
  supplierRef: string;
}

/** rates.ts RateCard, kept as the domain gives it; the domain parses it on load (rateCardSchema). */
export interface RateCard {
  bandStarts: { day: number; evening: number; night: number };
  pencePerHour: Record<"weekday" | "weekend" | "bank-holiday", Record<"day" | "evening" | "night", number>>;
}

export interface Contract {
  id: string;
  providerId: string;
  number: string;
  serviceType: string;
  costCentre: string;
  rates: RateCard;
  tolerance: { minutes: number; percent: number };
}

export interface PlannedCall {
  weekday: number;
  start: string;
  minutes: number;
  carers: number;
}

export interface OrderTerms {
  startDate: string;
  endDate: string | null;
  calls: readonly PlannedCall[];
}

export interface OrderVersion {
  version: number;
  effectiveFrom: string;
  terms: OrderTerms;
  issuedAt: Date;
  decision: { outcome: "accepted" | "rejected"; by: string; at: Date; reason: string | null } | null;
}

export interface ServiceOrder {
  id: string;
  providerId: string;
  contractId: string;
  serviceUserRef: string;
  versions: readonly OrderVersion[];
}

export type VisitStatus = "completed" | "aborted" | "missed" | "refused" | "hospital";

export interface Visit {
  id: string;
  providerId: string;
  orderId: string;
  serviceUserRef: string;
  date: string;
  claimedStart: string;
  claimedMinutes: number;
  actualStart: Date;
  actualMinutes: number;
  carers: number;
  status: VisitStatus;
  reason: string | null;
  plannedVisitId: string | null;
  source: { kind: "calendar" } | { kind: "file"; fileReference: string; row: number };
  recordedAt: Date;
  recordedBy: string;
}

export interface ExceptionDecision {
  visitId: string;
  outcome: "approve" | "cap" | "reject";
  reason: string;
  by: string;
  at: Date;
  visitRecordedAt: Date;
}

export interface VisitPayment {
  visitId: string;
  providerId: string;
  orderId: string;
  serviceUserRef: string;
  date: string;
  contractNumber: string;
  costCentre: string;
  status: "payable" | "pending";
  basis: "delivered" | "not-delivered" | "awaiting-decision" | "approved" | "capped" | "rejected";
  explanation: string;
  carerMinutes: number;
  paidPence: number;
  claimedPence: number;
}

export interface InvoiceLine {
  orderId: string;
  serviceUserRef: string;
  contractNumber: string;
  costCentre: string;
  visits: VisitPayment[];
  carerMinutes: number;
  pence: number;
}

export type InvoiceStatus = "draft" | "submitted" | "approved" | "paid" | "rejected";

export interface Invoice {
  id: string;
  number: string;
  providerId: string;
  period: { number: number; start: string; end: string };
  status: InvoiceStatus;
  lines: InvoiceLine[];
  totalPence: number;
  submittedAt: Date | null;
  approvedAt: Date | null;
  paidAt: Date | null;
  paymentRun: string | null;
  rejection: { reason: string; by: string; at: Date } | null;
}

export interface QueryMessage {
  at: Date;
  by: string;
  name: string;
  side: "provider" | "council";
  text: string;
}

export interface Query {
  id: string;
  providerId: string;
  about: { kind: "order" | "invoice"; id: string };
  team: string;
  title: string;
  status: "open" | "answered" | "closed";
  messages: QueryMessage[];
  raisedAt: Date;
  closedAt: Date | null;
}

/** csv-import.ts ImportSummary. */
export interface ImportSummary {
  read: number;
  new: number;
  updated: number;
  unchanged: number;
  additionalCarers: number;
  rejected: number;
}

/** An uploaded actuals file, kept so the same reference is refused next time. */
export interface ActualsImportRecord {
  id: string;
  providerId: string;
  fileReference: string;
  uploadedAt: Date;
  uploadedBy: string;
  summary: ImportSummary;
}
