import type { RouteConfig } from "@react-router/dev/routes";
import { gated, sharedRoutes } from "@portal/web/routes.ts";

export default [...sharedRoutes(), gated([{ index: true, file: "routes/home.tsx" }])] satisfies RouteConfig;
