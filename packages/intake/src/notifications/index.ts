export * from "./open.ts";
export * from "./senders.ts";
export * from "./templates.ts";
export * from "./worker.ts";
