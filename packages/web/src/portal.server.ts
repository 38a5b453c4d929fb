import { createPortalAuth, type PortalAuth } from "@portal/auth";
import { type Env, env, type PortalName } from "@portal/config";
import { type Db, openDatabase } from "@portal/db";

export interface Portal {
  name: PortalName;
  env: Env;
  db: Db;
  auth: PortalAuth;
}

let portal: Portal | undefined;

export { env as config };

/**
 * The process-wide wiring of one portal: configuration, the shared database and the relying party.
 * Each portal runs in its own process, so there is exactly one.
 */
export function definePortal(name: PortalName): Portal {
  if (portal && portal.name !== name)
    throw new Error(`This process already serves the ${portal.name} portal`);
  if (!portal) {
    const settings = env();
    const db = openDatabase(settings.DATABASE_PATH);
    portal = { name, env: settings, db, auth: createPortalAuth({ portal: name, env: settings, db }) };
  }
  return portal;
}

/** The portal this process serves; its entry.server module defines it before any request. */
export function currentPortal(): Portal {
  if (!portal) throw new Error("No portal defined: call definePortal() in app/entry.server.tsx");
  return portal;
}
