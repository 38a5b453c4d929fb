import type { SignedInUser } from "@portal/auth";
import { type Actor, type Lado, openLado } from "@portal/intake";
import { actorOf, requirePortalUser } from "@portal/web/guard.server.ts";
import { currentPortal, type Portal } from "@portal/web/portal.server.ts";

let lado: Lado | undefined;

/** What every LADO case page starts from: the signed-in user as an actor, the case service and the time. */
export interface Desk {
  portal: Portal;
  user: SignedInUser;
  actor: Actor;
  lado: Lado;
  now: Date;
}

export async function desk(request: Request): Promise<Desk> {
  const user = await requirePortalUser(request);
  const portal = currentPortal();
  lado ??= openLado(portal.db, portal.env);
  return { portal, user, actor: actorOf(user), lado, now: new Date() };
}

export { forbidden, notFound } from "@portal/web/guard.server.ts";
