import type { PortalName } from "@portal/config";

/** One of the portal's cookies: its name and whether it may travel over https only. */
export interface CookieSpec {
  name: string;
  secure: boolean;
}

export interface PortalCookies {
  /** Holds the random session id while signed in. */
  session: CookieSpec;
  /** Binds an unfinished sign-in (its `state`) to the browser that started it. */
  signIn: CookieSpec;
}

/**
 * Cookie names carry the portal's name because in development every portal is `localhost` on a
 * different port and cookies ignore ports. Over https the `__Host-` prefix makes the browser refuse
 * the cookie unless it is Secure, host-only and Path=/, so no sibling subdomain can plant one.
 */
export function portalCookies(portal: PortalName, portalUrl: string): PortalCookies {
  const secure = new URL(portalUrl).protocol === "https:";
  const prefix = secure ? "__Host-" : "";
  return {
    session: { name: `${prefix}${portal}_session`, secure },
    signIn: { name: `${prefix}${portal}_sign_in`, secure },
  };
}

/**
 * A Set-Cookie value. HttpOnly keeps it from scripts; SameSite=Lax still sends it on the
 * top-level GET back from the identity provider (the callback) but not on cross-site POSTs.
 * Without `maxAgeSeconds` it is a browser-session cookie: the server decides expiry anyway, and
 * closing the browser on a shared office computer should end the sign-in.
 */
export function serializeCookie(spec: CookieSpec, value: string, maxAgeSeconds?: number): string {
  const parts = [`${spec.name}=${value}`, "Path=/", "HttpOnly", "SameSite=Lax"];
  if (spec.secure) parts.push("Secure");
  if (maxAgeSeconds !== undefined) parts.push(`Max-Age=${maxAgeSeconds}`);
  return parts.join("; ");
}

export function clearCookie(spec: CookieSpec): string {
  return serializeCookie(spec, "", 0);
}

/** The value of a named cookie on the request, or null. The first wins if a name repeats. */
export function readCookie(request: Request, name: string): string | null {
  const header = request.headers.get("Cookie");
  if (!header) return null;
  for (const pair of header.split(";")) {
    const separator = pair.indexOf("=");
    if (separator === -1) continue;
    if (pair.slice(0, separator).trim() === name) return pair.slice(separator + 1).trim();
  }
  return null;
}
