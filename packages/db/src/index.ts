export { and, desc, eq, gt, inArray, isNull, lt, or, sql } from "drizzle-orm";
export * from "./commissioning-store.ts";
/** Copies of @portal/commissioning's record shapes (db cannot import commissioning). */
export * as commissioningShapes from "./commissioning-types.ts";
export * from "./connection.ts";
export * from "./intake-store.ts";
export { LADO_ADULT_ROLE } from "./lado-case-file.ts";
export * from "./lado-store.ts";
/** Copies of @portal/intake's LADO shapes (db cannot import intake). */
export * as ladoShapes from "./lado-types.ts";
export * from "./migrate.ts";
export * from "./query-plan.ts";
export * as schema from "./schema.ts";
export * from "./triage-store.ts";
/** Copies of @portal/intake's triage shapes (db cannot import intake), for scripts that work below it. */
export * as triageShapes from "./triage-types.ts";
