import type { Context, Next } from "koa";

/**
 * Strict headers on every response. `script-src` is listed explicitly because oidc-provider adds
 * the hash of its one auto-submit script (form_post, logout without a session) to that
 * directive. `form-action` names the portals as well as 'self': after the sign-in and sign-out
 * forms are posted, the browser is redirected on to a portal, and browsers apply form-action to
 * those redirects.
 */
export function securityHeaders({ formTargets, https }: { formTargets: string[]; https: boolean }) {
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `form-action 'self' ${formTargets.join(" ")}`,
    "frame-ancestors 'none'",
  ].join("; ");
  return async (ctx: Context, next: Next) => {
    ctx.set("Content-Security-Policy", policy);
    ctx.set("X-Content-Type-Options", "nosniff");
    ctx.set("Referrer-Policy", "no-referrer");
    ctx.set("X-Frame-Options", "DENY");
    ctx.set("Cross-Origin-Opener-Policy", "same-origin");
    if (https) ctx.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    await next();
  };
}
