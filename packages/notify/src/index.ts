export * from "./api-key.ts";
export * from "./client.ts";
