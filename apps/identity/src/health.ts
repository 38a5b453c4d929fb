import { type Db, eq, schema } from "@portal/db";
import type { Context, Next } from "koa";

const { healthChecks } = schema;

/** GET /healthz: 200 when the database can be read and written, 503 otherwise (CONTRACTS.md). */
export function healthCheck(db: Db) {
  return async (ctx: Context, next: Next) => {
    if (ctx.path !== "/healthz" || ctx.method !== "GET") return next();
    ctx.set("Cache-Control", "no-store");
    try {
      const checkedAt = new Date();
      db.insert(healthChecks)
        .values({ app: "identity", checkedAt })
        .onConflictDoUpdate({ target: healthChecks.app, set: { checkedAt } })
        .run();
      const row = db.select().from(healthChecks).where(eq(healthChecks.app, "identity")).get();
      if (row?.checkedAt.getTime() !== checkedAt.getTime()) throw new Error("health check row not read back");
      ctx.body = { status: "ok" };
    } catch {
      ctx.status = 503;
      ctx.body = { status: "unavailable" };
    }
  };
}
