import { formRoutes, gated, savedFormsRoute, sharedRoutes } from "@portal/web/routes.ts";
import type { RouteConfig } from "@react-router/dev/routes";

export default [
  ...sharedRoutes(),
  gated([
    { index: true, file: "routes/home.tsx" },
    ...formRoutes("lado"),
    savedFormsRoute(),
    { path: "cases", file: "routes/cases.tsx" },
    { path: "cases/:id", file: "routes/case.tsx" },
    { path: "cases/:id/attachments/:attachmentId", file: "routes/case-attachment.ts" },
    { path: "dashboard", file: "routes/dashboard.tsx" },
  ]),
] satisfies RouteConfig;
