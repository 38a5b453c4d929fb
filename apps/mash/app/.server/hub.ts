import type { SignedInUser } from "@portal/auth";
import { type Actor, openTriage, type Triage } from "@portal/intake";
import { requirePortalUser } from "@portal/web/guard.server.ts";
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
  const actor: Actor = {
    subject: user.subject,
    name: user.name,
    roles: user.roles,
    organisation: user.organisation,
    organisationType: user.organisationType,
  };
  return { portal, user, actor, triage, now: new Date() };
}

export const forbidden = () => new Response("Forbidden", { status: 403 });
export const notFound = () => new Response("Not Found", { status: 404 });
