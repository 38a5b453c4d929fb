import { gated, sharedRoutes } from "@portal/web/routes.ts";
import type { RouteConfig } from "@react-router/dev/routes";

export default [
  ...sharedRoutes(),
  gated([
    { index: true, file: "routes/home.tsx" },
    { path: "queue", file: "routes/queue.tsx" },
    { path: "items/:id", file: "routes/item.tsx" },
    { path: "items/:id/attachments/:attachmentId", file: "routes/item-attachment.ts" },
    { path: "checks", file: "routes/checks.tsx" },
    { path: "checks/:id", file: "routes/check.tsx" },
  ]),
] satisfies RouteConfig;
