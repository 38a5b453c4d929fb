export { type CookieSpec, readCookie, serializeCookie } from "./cookies.ts";
export type { AuthLogLine, PortalAuth, PortalAuthOptions, SignedInUser } from "./portal-auth.ts";
export { createPortalAuth } from "./portal-auth.ts";
export { safeReturnTo } from "./return-to.ts";
export type { Role } from "./roles.ts";
export { canEnterPortal, isRole, PORTAL_ROLES, ROLES } from "./roles.ts";
export { assertSameOrigin } from "./same-origin.ts";
