import { gated, sharedRoutes } from "@portal/web/routes.ts";
import type { RouteConfig } from "@react-router/dev/routes";

export default [
  ...sharedRoutes(),
  gated([
    { index: true, file: "routes/home.tsx" },
    { path: "queue", file: "routes/queue.tsx" },
  ]),
] satisfies RouteConfig;
