import type { SignedInUser } from "@portal/auth";
import { type Actor, openTriage, type Triage } from "@portal/intake";
import { actorOf, requirePortalUser } from "@portal/web/guard.server.ts";
import { currentPortal, type Portal } from "@portal/web/portal.server.ts";

let triage: Triage | undefined;

/** What every hub page starts from: the signed-in user as an actor, the queue service and the time. */
export interface Hub {
  portal: Portal;
  user: SignedInUser;
  actor: Actor;
  triage: Triage;
  now: Date;
}

export async function hub(request: Request): Promise<Hub> {
  const user = await requirePortalUser(request);
  const portal = currentPortal();
  triage ??= openTriage(portal.db, portal.env);
  return { portal, user, actor: actorOf(user), triage, now: new Date() };
}

export { forbidden, notFound } from "@portal/web/guard.server.ts";
