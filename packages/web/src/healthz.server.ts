import { type Db, eq, schema } from "@portal/db";

/** 200 when this app can write and read the database, 503 otherwise (CONTRACTS.md). */
export function healthz(db: Db, app: string): Response {
  try {
    const checkedAt = new Date();
    db.insert(schema.healthChecks)
      .values({ app, checkedAt })
      .onConflictDoUpdate({ target: schema.healthChecks.app, set: { checkedAt } })
      .run();
    const row = db.select().from(schema.healthChecks).where(eq(schema.healthChecks.app, app)).get();
    if (row?.checkedAt.getTime() !== checkedAt.getTime()) throw new Error("health check row not read back");
    return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json(
      { status: "unavailable" },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
