export * from "./keys.ts";
export * from "./match.ts";
