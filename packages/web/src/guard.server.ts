import { canEnterPortal, type SignedInUser } from "@portal/auth";
import type { Actor } from "@portal/intake";
import { currentPortal } from "./portal.server.ts";

/**
 * The gate in front of every page of a portal: signed in, and holding a role that opens this portal.
 * Pages then check the record itself.
 */
export async function requirePortalUser(request: Request): Promise<SignedInUser> {
  const portal = currentPortal();
  const user = await portal.auth.requireUser(request);
  if (!canEnterPortal(portal.name, user.roles)) throw forbidden();
  return user;
}

/** The signed-in user as the domain services see someone acting: who, their roles and organisation. */
export function actorOf(user: SignedInUser): Actor {
  return {
    subject: user.subject,
    name: user.name,
    roles: user.roles,
    organisation: user.organisation,
    organisationType: user.organisationType,
  };
}

/** A record that is not there, or not theirs: the same answer, so ids cannot be probed. */
export const notFound = () => new Response("Not Found", { status: 404 });

export const forbidden = () => new Response("Forbidden", { status: 403 });
