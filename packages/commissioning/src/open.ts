import type { Env } from "@portal/config";
import { createSqliteCommissioningStore, type Db } from "@portal/db";
import { type Commissioning, createCommissioning } from "./service.ts";

/** The commissioning service over the suite's database, configured from the environment. */
export function openCommissioning(db: Db, env: Env): Commissioning {
  return createCommissioning({
    store: createSqliteCommissioningStore(db),
    invoiceAnchor: env.INVOICE_PERIOD_ANCHOR,
    teams: env.PROVIDER_QUERY_TEAMS,
  });
}
