import type { RootData } from "./document.tsx";
import { currentPortal } from "./portal.server.ts";

/** What the shared header needs: which portal this is and who, if anyone, is signed in here. */
export async function rootLoader(request: Request): Promise<RootData> {
  const portal = currentPortal();
  const user = await portal.auth.getUser(request);
  return {
    portal: portal.name,
    user: user && { name: user.name, organisation: user.organisation, roles: user.roles },
  };
}
