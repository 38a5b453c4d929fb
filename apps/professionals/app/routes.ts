import { formRoutes, gated, savedFormsRoute, sharedRoutes } from "@portal/web/routes.ts";
import type { RouteConfig } from "@react-router/dev/routes";

export default [
  ...sharedRoutes(),
  gated([
    { index: true, file: "routes/home.tsx" },
    ...formRoutes("professionals"),
    savedFormsRoute(),
    { path: "referrals", file: "routes/referrals.tsx" },
    { path: "referrals/:id", file: "routes/referral.tsx" },
    { path: "notices/:id", file: "routes/notice.tsx" },
  ]),
] satisfies RouteConfig;
