import { currentPortal } from "../portal.server.ts";

export function loader({ request }: { request: Request }) {
  return currentPortal().auth.callback(request);
}
