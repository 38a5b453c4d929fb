export * from "./bank-holidays.ts";
export * from "./calendar.ts";
export * from "./from-env.ts";
export * from "./policy.ts";
