import { requirePortalUser } from "@portal/web/guard.server.ts";
import type { Route } from "./+types/gate";

export { default } from "@portal/web/gate.tsx";
export const loader = ({ request }: Route.LoaderArgs) => requirePortalUser(request).then(() => null);
