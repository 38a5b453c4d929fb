import { canEnterPortal, type SignedInUser } from "@portal/auth";
import { currentPortal } from "./portal.server.ts";

/**
 * The gate in front of every page of a portal: signed in, and holding a role that opens this portal.
 * Pages then check the record itself.
 */
export async function requirePortalUser(request: Request): Promise<SignedInUser> {
  const portal = currentPortal();
  const user = await portal.auth.requireUser(request);
  if (!canEnterPortal(portal.name, user.roles)) throw new Response("Forbidden", { status: 403 });
  return user;
}
