/**
 * Who may see and change what, as pure predicates that loaders, actions and the workflows in this
 * package all ask. Deny by default: only the two roles below are granted anything.
 *
 * A provider's staff are recognised by the `provider:user` role and the organisation claim the
 * identity provider puts in their token: that claim's value IS the provider's id here (demo: "Sunrise
 * Care Ltd"), so a user can only ever reach records whose `providerId` equals it, whatever id they
 * put in a URL. The council's finance officers see every provider and act for the council.
 */

/** The signed-in person, as `@portal/auth` maps the identity provider's claims. */
export interface Actor {
  subject: string;
  name: string;
  roles: readonly string[];
  organisation: string | null;
}

/** Anything that belongs to one provider: orders, visits, invoices, remittances, queries. */
export interface OwnedByProvider {
  providerId: string;
}

const PROVIDER_ROLE = "provider:user";
const FINANCE_ROLE = "finance:officer";

/** The provider this person works for, or null when they are not provider staff. */
export function providerOf(actor: Actor): string | null {
  if (!actor.roles.includes(PROVIDER_ROLE)) return null;
  const organisation = actor.organisation?.trim() ?? "";
  return organisation === "" ? null : organisation;
}

/** Council finance: decides exceptions, approves invoices, exports payments, answers queries, issues orders. */
export function canActAsCouncil(actor: Actor): boolean {
  return actor.roles.includes(FINANCE_ROLE);
}

/** The provider's own staff, and only they, accept orders, record visits, submit invoices, raise queries. */
export function canActAsProvider(actor: Actor, record: OwnedByProvider): boolean {
  const provider = providerOf(actor);
  return provider !== null && provider === record.providerId;
}

export function canView(actor: Actor, record: OwnedByProvider): boolean {
  return canActAsCouncil(actor) || canActAsProvider(actor, record);
}

/** The records of a list this person may see, in the list's order: for loaders that list. */
export function visibleTo<T extends OwnedByProvider>(actor: Actor, records: readonly T[]): T[] {
  return records.filter((record) => canView(actor, record));
}
