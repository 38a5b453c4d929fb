export * from "./service.ts";
export * from "./status.ts";
