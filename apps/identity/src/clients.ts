import { appUrl, clientSecret, type Env, PORTALS, type PortalName } from "@portal/config";
import type { ClientMetadata } from "oidc-provider";

export function clientIdFor(env: Env, portal: PortalName): string {
  return `${env.OIDC_CLIENT_ID_PREFIX}${portal}`;
}

/**
 * One confidential client per portal. The URIs are the contract with packages/auth: a portal
 * serves /auth/callback, /auth/signed-out and /auth/backchannel-logout under its base URL.
 */
export function portalClients(env: Env): ClientMetadata[] {
  const secret = clientSecret(env);
  if (!secret) throw new Error("OIDC_CLIENT_SECRET must be set for the embedded identity provider");
  return PORTALS.map((portal) => {
    const base = appUrl(env, portal);
    return {
      client_id: clientIdFor(env, portal),
      client_secret: secret,
      token_endpoint_auth_method: "client_secret_basic",
      redirect_uris: [`${base}/auth/callback`],
      post_logout_redirect_uris: [`${base}/auth/signed-out`],
      backchannel_logout_uri: `${base}/auth/backchannel-logout`,
      backchannel_logout_session_required: true,
      // auth_time in every ID token, not only when max_age or prompt=login was asked for: a portal
      // can then tell a sign-in a minute ago from a long-lived issuer session without asking again.
      require_auth_time: true,
      response_types: ["code"],
      grant_types: ["authorization_code"],
    };
  });
}

/** Where the portals live, for the sign-in page's form-action policy (redirects after a POST). */
export function portalOrigins(env: Env): string[] {
  return PORTALS.map((portal) => new URL(appUrl(env, portal)).origin);
}

/** The back-channel logout endpoints the issuer may call. */
export function backchannelLogoutUris(env: Env): Set<string> {
  return new Set(PORTALS.map((portal) => new URL(`${appUrl(env, portal)}/auth/backchannel-logout`).href));
}
