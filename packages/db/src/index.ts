export { and, desc, eq, gt, inArray, isNull, lt, or, sql } from "drizzle-orm";
export * from "./connection.ts";
export * from "./intake-store.ts";
export * from "./migrate.ts";
export * as schema from "./schema.ts";
