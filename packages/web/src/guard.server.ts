import { canEnterPortal, type SignedInUser, signInLocation } from "@portal/auth";
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

/**
 * For actions that need the person, not just their open session (rejecting a service order): passes
 * when they gave the identity provider their password within `maxAgeMinutes` of `now`, and
 * otherwise throws a 302 to `/auth/sign-in?fresh=1&returnTo=<this page>`, where the identity
 * provider asks for it again even if they are signed in there. A session whose sign-in time is not
 * known (`authenticatedAt` null) is never recent. Same rule as the domain's check, so a page that
 * passes here is not then refused for the same reason.
 */
export function requireRecentSignIn(
  request: Request,
  user: SignedInUser,
  maxAgeMinutes: number,
  now: Date,
): void {
  const { authenticatedAt } = user;
  if (authenticatedAt && now.getTime() - authenticatedAt.getTime() <= maxAgeMinutes * 60_000) return;
  throw new Response(null, {
    status: 302,
    headers: { Location: signInLocation(request, { fresh: true }), "Cache-Control": "no-store" },
  });
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
