import { formRoutes, resumeRoute, savedFormsRoute, sharedRoutes } from "@portal/web/routes.ts";
import type { RouteConfig } from "@react-router/dev/routes";

// Anyone may use the public portal without signing in; pages that show a person's own records gate themselves.
export default [
  ...sharedRoutes(),
  { index: true, file: "routes/home.tsx" },
  ...formRoutes("public"),
  savedFormsRoute(),
  resumeRoute(),
  { path: "requests", file: "routes/requests.tsx" },
  { path: "requests/:id", file: "routes/request.tsx" },
  { path: "outbox", file: "routes/outbox.tsx" },
] satisfies RouteConfig;
