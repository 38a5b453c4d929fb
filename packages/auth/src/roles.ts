import type { PortalName } from "@portal/config";

/** The suite's own roles. A council's identity provider values are mapped onto these (ROLE_MAP). */
export const ROLES = [
  "citizen",
  "professional",
  /** A designated safeguarding lead: sees the referrals their organisation has made. */
  "safeguarding:lead",
  "mash:practitioner",
  "mash:manager",
  "mash:partner",
  "earlyhelp:triage",
  "adults:triage",
  "lado:officer",
  "provider:user",
  "finance:officer",
  "records:officer",
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/**
 * Who may enter each portal at all; pages then check the record. The public portal's forms are
 * open to anyone without signing in, so signing in there needs no role.
 */
export const PORTAL_ROLES: Record<PortalName, readonly Role[] | "anyone"> = {
  public: "anyone",
  professionals: ["professional"],
  mash: [
    "mash:practitioner",
    "mash:manager",
    "mash:partner",
    "earlyhelp:triage",
    "adults:triage",
    "records:officer",
  ],
  lado: ["professional", "lado:officer"],
  providers: ["provider:user", "finance:officer"],
};

export function canEnterPortal(portal: PortalName, roles: readonly Role[]): boolean {
  const allowed = PORTAL_ROLES[portal];
  return allowed === "anyone" || roles.some((role) => allowed.includes(role));
}
