import { currentPortal } from "../portal.server.ts";

export function action({ request }: { request: Request }) {
  return currentPortal().auth.signOut(request);
}
