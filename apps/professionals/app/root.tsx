import { rootLoader } from "@portal/web/root-loader.server.ts";
import type { Route } from "./+types/root";

export { default, ErrorBoundary, Layout, links } from "@portal/web/root.tsx";

export const loader = ({ request }: Route.LoaderArgs) => rootLoader(request);
