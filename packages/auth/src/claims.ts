import type { Env } from "@portal/config";
import { isRole, ROLES, type Role } from "./roles.ts";

/** Who signed in, as the suite understands it, read from the identity provider's claims. */
export interface ClaimedUser {
  subject: string;
  email: string | null;
  name: string;
  organisation: string | null;
  organisationType: string | null;
  roles: Role[];
}

/** The settings that say where a council's identity provider puts each thing. */
export type ClaimSettings = Pick<
  Env,
  "CLAIM_ROLES" | "CLAIM_ORGANISATION" | "CLAIM_ORGANISATION_TYPE" | "ROLE_MAP"
>;

export class ClaimMappingError extends Error {
  override name = "ClaimMappingError";
}

/**
 * Checks ROLE_MAP once at start-up: a typo such as "mash:manger" would otherwise silently give
 * nobody that role, which looks exactly like a permissions bug.
 */
export function assertRoleMapTargetsAreRoles(roleMap: ClaimSettings["ROLE_MAP"]): void {
  const unknown = Object.entries(roleMap).flatMap(([value, targets]) =>
    [targets]
      .flat()
      .filter((target) => !isRole(target))
      .map((target) => `${value} → ${target}`),
  );
  if (unknown.length) {
    throw new ClaimMappingError(
      `ROLE_MAP names roles the suite does not have (${unknown.join(", ")}). Roles are: ${ROLES.join(", ")}`,
    );
  }
}

/**
 * Maps verified claims (ID token, then userinfo) to the suite's user. Pure, so the mapping for
 * Entra ID, Keycloak and GOV.UK One Login is tested without an identity provider.
 */
export function mapClaims(claims: Record<string, unknown>, settings: ClaimSettings): ClaimedUser {
  const subject = claims.sub;
  if (typeof subject !== "string" || subject === "")
    throw new ClaimMappingError("The claims have no subject");
  const email = firstString(claims.email, claims.preferred_username, claims.upn);
  const fullName = [claims.given_name, claims.family_name].filter(isText).join(" ");
  return {
    subject,
    email,
    name: firstString(claims.name, fullName, email) ?? subject,
    organisation: firstString(readClaim(claims, settings.CLAIM_ORGANISATION)),
    organisationType: firstString(readClaim(claims, settings.CLAIM_ORGANISATION_TYPE)),
    roles: mapRoles(readClaim(claims, settings.CLAIM_ROLES), settings.ROLE_MAP),
  };
}

/** Suite roles for the provider's values: mapped through ROLE_MAP, suite roles kept, the rest dropped. */
export function mapRoles(value: unknown, roleMap: ClaimSettings["ROLE_MAP"]): Role[] {
  const granted = new Set<string>();
  for (const item of listOfStrings(value)) {
    const mapped = Object.hasOwn(roleMap, item) ? roleMap[item] : undefined;
    if (mapped !== undefined) for (const role of [mapped].flat()) granted.add(role);
    else if (isRole(item)) granted.add(item);
  }
  // In the suite's own order, so the same claims always give the same list.
  return ROLES.filter((role) => granted.has(role));
}

/**
 * A claim by name; when no claim has that exact name, a dotted path into nested objects
 * (Keycloak's `realm_access.roles`). Exact names win because some providers use URLs, which
 * contain dots, as claim names.
 */
export function readClaim(claims: Record<string, unknown>, name: string): unknown {
  if (Object.hasOwn(claims, name)) return claims[name];
  let current: unknown = claims;
  for (const part of name.split(".")) {
    if (typeof current !== "object" || current === null || Array.isArray(current)) return undefined;
    if (!Object.hasOwn(current, part)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** Providers send lists as JSON arrays or as one space- or comma-separated string. */
function listOfStrings(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter(isText).map((item) => item.trim());
  if (isText(value)) return value.split(/[\s,]+/).filter(Boolean);
  return [];
}

function firstString(...values: unknown[]): string | null {
  for (const value of values) if (isText(value)) return value.trim();
  return null;
}

function isText(value: unknown): value is string {
  return typeof value === "string" && value.trim() !== "";
}
