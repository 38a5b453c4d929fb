export * from "./document.tsx";
export * from "./error-pages.tsx";
export * from "./forms/index.ts";
export * from "./nonce.tsx";
export * from "./referrals/index.ts";
export * from "./site.ts";
