export { type CookieSpec, readCookie, serializeCookie } from "./cookies.ts";
export type { AuthLogLine, PortalAuth, PortalAuthOptions, SignedInUser } from "./portal-auth.ts";
export { createPortalAuth, FRESH_SIGN_IN_MAX_AGE_SECONDS } from "./portal-auth.ts";
export { documentPath, safeReturnTo, signInLocation } from "./return-to.ts";
export type { Role } from "./roles.ts";
export { canEnterPortal, isRole, PORTAL_ROLES, ROLES } from "./roles.ts";
export { assertSameOrigin } from "./same-origin.ts";
