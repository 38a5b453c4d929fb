export * from "./consent.ts";
export * from "./deadlines.ts";
export * from "./new-item.ts";
export * from "./outcomes.ts";
export * from "./permissions.ts";
export * from "./service.ts";
export * from "./store.ts";
export * from "./types.ts";
export { allows, transition, WORKFLOWS } from "./workflows.ts";
