import type { RateCard } from "./rates.ts";
import type { Tolerance } from "./variance.ts";

/**
 * The parties: a care provider and its contracts with the council. Plain data for a store to keep;
 * the rules that use them live in rates.ts, variance.ts and invoices.ts.
 */

export interface Provider {
  /** The organisation claim its staff sign in with (see permissions.ts). */
  id: string;
  name: string;
  /** How the council's social care system knows the provider: ProviderRef in actuals files. */
  ref: string;
  /** How the council's finance system knows the provider: SupplierRef in the payment export. */
  supplierRef: string;
}

export interface Contract {
  id: string;
  providerId: string;
  /** ContractNumber in actuals files and in the payment export. */
  number: string;
  /** ServiceType in actuals files, e.g. "HOME CARE". */
  serviceType: string;
  /** The council budget the contract is paid from. */
  costCentre: string;
  rates: RateCard;
  tolerance: Tolerance;
}
