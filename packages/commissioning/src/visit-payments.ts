import type { LondonDate } from "@portal/intake/london-clock";
import type { Visit } from "./actuals.ts";
import type { Contract } from "./contracts.ts";
import type { Pence } from "./money.ts";
import { type BankHolidays, ENGLAND_AND_WALES, priceVisit } from "./rates.ts";
import type { Settlement, SettlementBasis } from "./variance.ts";

/**
 * A visit's pay in pence: the settled minutes and carers priced at the contract's rates from the
 * actual start. Everything an invoice line and a remittance need is copied here, so an invoice keeps
 * what it paid even if rates, orders or visits change later.
 */
export interface VisitPayment {
  visitId: string;
  providerId: string;
  orderId: string;
  serviceUserRef: string;
  date: LondonDate;
  contractNumber: string;
  costCentre: string;
  status: Settlement["status"];
  basis: SettlementBasis;
  explanation: string;
  /** Payable minutes × carers. */
  carerMinutes: number;
  paidPence: Pence;
  /** The claim priced the same way (claimed minutes, carers on the visit): what the provider asked for. */
  claimedPence: Pence;
}

export function payVisit(
  visit: Visit,
  settlement: Settlement,
  contract: Contract,
  bankHolidays: BankHolidays = ENGLAND_AND_WALES,
): VisitPayment {
  if (contract.providerId !== visit.providerId) {
    throw new Error(`contract ${contract.number} is not a contract of ${visit.providerId}`);
  }
  const price = (minutes: number, carers: number) =>
    carers === 0 ? 0 : priceVisit(contract.rates, visit.actualStart, minutes, carers, bankHolidays).pence;
  return {
    visitId: visit.id,
    providerId: visit.providerId,
    orderId: visit.orderId,
    serviceUserRef: visit.serviceUserRef,
    date: visit.date,
    contractNumber: contract.number,
    costCentre: contract.costCentre,
    status: settlement.status,
    basis: settlement.basis,
    explanation: settlement.explanation,
    carerMinutes: settlement.minutes * settlement.carers,
    paidPence: price(settlement.minutes, settlement.carers),
    claimedPence: price(visit.claimedMinutes, visit.carers),
  };
}
