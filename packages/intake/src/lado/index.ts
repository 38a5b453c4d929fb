export { FOLLOW_ONS_AFTER } from "./handlers.ts";
export * from "./new-case.ts";
export * from "./permissions.ts";
export * from "./repeat-concerns.ts";
export * from "./service.ts";
export type * from "./store.ts";
export * from "./timescales.ts";
export * from "./types.ts";
export { LADO_WORKFLOW, ladoAllows, ladoTransition } from "./workflow.ts";
