import { healthz } from "../healthz.server.ts";
import { currentPortal } from "../portal.server.ts";

export function loader() {
  const portal = currentPortal();
  return healthz(portal.db, portal.name);
}
