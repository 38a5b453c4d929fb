import { gated, sharedRoutes } from "@portal/web/routes.ts";
import type { RouteConfig } from "@react-router/dev/routes";

export default [
  ...sharedRoutes(),
  gated([
    { index: true, file: "routes/home.tsx" },
    { path: "orders", file: "routes/orders.tsx" },
    { path: "orders/:id", file: "routes/order.tsx" },
    { path: "orders/:id/reject", file: "routes/order-reject.tsx" },
    { path: "actuals", file: "routes/actuals.tsx" },
    { path: "actuals/upload", file: "routes/actuals-upload.tsx" },
    { path: "actuals/:orderId", file: "routes/actuals-week.tsx" },
    { path: "invoices", file: "routes/invoices.tsx" },
    { path: "invoices/:id", file: "routes/invoice.tsx" },
    { path: "payments", file: "routes/payments.tsx" },
    { path: "payments/:run/file", file: "routes/payment-file.ts" },
    { path: "exceptions", file: "routes/exceptions.tsx" },
    { path: "queries", file: "routes/queries.tsx" },
    { path: "queries/new", file: "routes/query-new.tsx" },
    { path: "queries/:id", file: "routes/query.tsx" },
  ]),
] satisfies RouteConfig;
