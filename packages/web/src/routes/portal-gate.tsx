import { Outlet } from "react-router";
import { requirePortalUser } from "../guard.server.ts";

/** Layout route in front of every page of a staff or professional portal: deny unless let in. */
export async function loader({ request }: { request: Request }) {
  await requirePortalUser(request);
  return null;
}

export default function PortalGate() {
  return <Outlet />;
}
