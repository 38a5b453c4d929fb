import type { SignedInUser } from "@portal/auth";
import type { Actor } from "@portal/commissioning";
import { openCommissioning } from "@portal/commissioning/open";
import type { Commissioning } from "@portal/commissioning/service";
import { requirePortalUser } from "@portal/web/guard.server.ts";
import { currentPortal, type Portal } from "@portal/web/portal.server.ts";

let commissioning: Commissioning | undefined;

/**
 * What every providers portal page starts from: the signed-in user as the commissioning service
 * sees someone acting, the service and the time. The service decides what this person may see.
 */
export interface Office {
  portal: Portal;
  user: SignedInUser;
  actor: Actor;
  commissioning: Commissioning;
  now: Date;
}

export async function office(request: Request): Promise<Office> {
  const user = await requirePortalUser(request);
  const portal = currentPortal();
  commissioning ??= openCommissioning(portal.db, portal.env);
  const actor: Actor = {
    subject: user.subject,
    name: user.name,
    roles: user.roles,
    organisation: user.organisation,
  };
  return { portal, user, actor, commissioning, now: new Date() };
}

export { forbidden, notFound } from "@portal/web/guard.server.ts";
