import { appUrl, type Env, type PortalName } from "@portal/config";
import type { Db } from "@portal/db";
import * as oidc from "openid-client";
import { LogoutTokenError, verifyLogoutToken } from "./backchannel.ts";
import { assertRoleMapTargetsAreRoles, type ClaimedUser, ClaimMappingError, mapClaims } from "./claims.ts";
import { clearCookie, portalCookies, readCookie, serializeCookie } from "./cookies.ts";
import { clientRegistration, issuerClient } from "./issuer-client.ts";
import { LOGIN_ATTEMPT_TTL_SECONDS, saveLoginAttempt, takeLoginAttempt } from "./login-attempts.ts";
import { safeReturnTo, signInLocation } from "./return-to.ts";
import type { Role } from "./roles.ts";
import { assertSameOrigin } from "./same-origin.ts";
import {
  createSession,
  deleteExpiredSessions,
  deleteSession,
  deleteSessionsForLogout,
  findSession,
  type SessionLifetime,
} from "./sessions.ts";

export interface SignedInUser extends ClaimedUser {
  /** The stored session id (a hash of the cookie): fine for audit records, useless as a cookie. */
  sessionId: string;
  /**
   * When they last gave the identity provider their credentials: the ID token's `auth_time`. Null
   * when the issuer did not say, so it is not known to be recent. Pages that need a fresh sign-in
   * send people to `/auth/sign-in?fresh=1` (see `signInLocation`) when this is too old.
   */
  authenticatedAt: Date | null;
}

/**
 * A fresh sign-in asks the issuer for `max_age=0`, and the callback then accepts an `auth_time` at
 * most this old (openid-client adds its 30-second clock tolerance). Well inside any page's
 * "signed in within N minutes", so a page cannot send someone round the sign-in in a loop.
 */
export const FRESH_SIGN_IN_MAX_AGE_SECONDS = 60;

/**
 * A fresh sign-in's state starts with this. The state is stored with the attempt and must come back
 * in both the callback URL and this browser's cookie, so nobody can add or strip the marker: it is
 * how the callback knows to insist on a recent `auth_time` without another column.
 */
const FRESH_STATE_PREFIX = "fresh.";

/** A line for the operator's log. Never holds personal data: reasons are fixed codes. */
export interface AuthLogLine {
  level: "info" | "warn";
  event: "sign_in_refused" | "logout_token_refused" | "signed_in" | "signed_out" | "backchannel_logout";
  portal: PortalName;
  reason?: string;
  sessionsEnded?: number;
}

export interface PortalAuthOptions {
  portal: PortalName;
  env: Env;
  db: Db;
  /** The clock for session and sign-in expiry; tests pass their own. */
  now?: () => Date;
  /** Where log lines go; JSON on stderr unless given. */
  log?: (line: AuthLogLine) => void;
}

export interface PortalAuth {
  /** The portal's public origin, for `assertSameOrigin` in other actions. */
  readonly origin: string;
  getUser(request: Request): Promise<SignedInUser | null>;
  requireUser(request: Request): Promise<SignedInUser>;
  requireRole(request: Request, roles: readonly Role[]): Promise<SignedInUser>;
  signIn(request: Request): Promise<Response>;
  callback(request: Request): Promise<Response>;
  signOut(request: Request): Promise<Response>;
  backchannelLogout(request: Request): Promise<Response>;
}

const NO_STORE = { "Cache-Control": "no-store" };

const SIGN_IN_FAILED =
  "Sorry, there was a problem signing you in. This can happen if you took a long time, used the back button " +
  "or opened an old link. Go back to the service and sign in again.";

const NO_ACCESS = "You do not have access to this service";

/**
 * The OpenID Connect relying party for one portal. Route modules call these with the incoming
 * `Request`; outcomes are returned as `Response`s and refusals are thrown as `Response`s, which
 * React Router sends as they are from resource routes and shows in the error boundary otherwise.
 */
export function createPortalAuth(options: PortalAuthOptions): PortalAuth {
  const { portal, env, db } = options;
  const now = options.now ?? (() => new Date());
  const log =
    options.log ?? ((line: AuthLogLine) => console.error(JSON.stringify({ time: new Date(), ...line })));
  // Fail at start-up, not at someone's first sign-in.
  assertRoleMapTargetsAreRoles(env.ROLE_MAP);
  const registration = clientRegistration(env, portal);
  const origin = new URL(appUrl(env, portal)).origin;
  const cookies = portalCookies(portal, appUrl(env, portal));
  const lifetime: SessionLifetime = {
    idleMinutes: env.SESSION_IDLE_MINUTES,
    absoluteHours: env.SESSION_ABSOLUTE_HOURS,
  };

  async function getUser(request: Request): Promise<SignedInUser | null> {
    const token = readCookie(request, cookies.session.name);
    if (!token) return null;
    const session = findSession(db, { portal, token, now: now(), lifetime });
    return session
      ? { sessionId: session.id, ...session.user, authenticatedAt: session.authenticatedAt }
      : null;
  }

  async function requireUser(request: Request): Promise<SignedInUser> {
    const user = await getUser(request);
    if (user) return user;
    throw new Response(null, { status: 302, headers: { Location: signInLocation(request), ...NO_STORE } });
  }

  async function requireRole(request: Request, roles: readonly Role[]): Promise<SignedInUser> {
    const user = await requireUser(request);
    if (user.roles.some((role) => roles.includes(role))) return user;
    throw new Response(NO_ACCESS, { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }

  async function signIn(request: Request): Promise<Response> {
    const { config } = await issuerClient(env, portal);
    const query = new URL(request.url).searchParams;
    const returnTo = safeReturnTo(query.get("returnTo"));
    // ?fresh=1: the page needs the person to have just given their password (rejecting an order).
    const fresh = query.get("fresh") === "1";
    const state = `${fresh ? FRESH_STATE_PREFIX : ""}${oidc.randomState()}`;
    const nonce = oidc.randomNonce();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    saveLoginAttempt(db, portal, { state, nonce, codeVerifier, returnTo }, now());
    const authorizationUrl = oidc.buildAuthorizationUrl(config, {
      redirect_uri: registration.redirectUri,
      scope: registration.scope,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: "S256",
      state,
      nonce,
      // prompt=login: ask for credentials even if the issuer session is live. max_age=0 says the
      // same to issuers that only honour max_age, and obliges them to send auth_time.
      ...(fresh ? { prompt: "login", max_age: "0" } : {}),
    });
    const headers = new Headers({ Location: authorizationUrl.href, ...NO_STORE });
    headers.append("Set-Cookie", serializeCookie(cookies.signIn, state, LOGIN_ATTEMPT_TTL_SECONDS));
    return new Response(null, { status: 302, headers });
  }

  async function callback(request: Request): Promise<Response> {
    const refuse = (reason: string): never => {
      log({ level: "warn", event: "sign_in_refused", portal, reason });
      const headers = new Headers({ "Content-Type": "text/plain; charset=utf-8", ...NO_STORE });
      headers.append("Set-Cookie", clearCookie(cookies.signIn));
      throw new Response(SIGN_IN_FAILED, { status: 400, headers });
    };
    const query = new URL(request.url).searchParams;
    const state = query.get("state");
    if (!state) return refuse("missing_state");
    if (readCookie(request, cookies.signIn.name) !== state) return refuse("state_not_from_this_browser");
    const attempt = takeLoginAttempt(db, portal, state, now());
    if (!attempt) return refuse("unknown_expired_or_used_state");

    const { config } = await issuerClient(env, portal);
    // The registered redirect URI, not request.url, which behind a proxy names the internal host.
    const currentUrl = new URL(registration.redirectUri);
    currentUrl.search = query.toString();
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    let userinfo: Record<string, unknown> = {};
    try {
      tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
        pkceCodeVerifier: attempt.codeVerifier,
        expectedState: attempt.state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
        // A fresh sign-in must come back with an auth_time, and a recent one: an issuer that
        // ignored prompt=login is refused here rather than looping back through the page.
        ...(attempt.state.startsWith(FRESH_STATE_PREFIX) ? { maxAge: FRESH_SIGN_IN_MAX_AGE_SECONDS } : {}),
      });
      // Some providers (Keycloak by default, oidc-provider when configured to) put the profile
      // and role claims in userinfo only, so it fills the gaps the ID token leaves.
      const subject = tokens.claims()?.sub;
      if (subject && config.serverMetadata().userinfo_endpoint) {
        userinfo = await oidc.fetchUserInfo(config, tokens.access_token, subject);
      }
    } catch (error) {
      return refuse(grantFailureReason(error));
    }
    const idTokenClaims = tokens.claims();
    if (!idTokenClaims || !tokens.id_token) return refuse("no_id_token");
    // Verified ID token claims win where both have one.
    const claims: Record<string, unknown> = { ...userinfo, ...idTokenClaims };

    let user: ClaimedUser;
    try {
      user = mapClaims(claims, env);
    } catch (error) {
      if (error instanceof ClaimMappingError) return refuse("claims_not_usable");
      throw error;
    }
    const signedInAt = now();
    // A new sign-in replaces whatever session this browser had (no session fixation), and
    // sessions abandoned without signing out are cleared while we are writing anyway.
    const previous = readCookie(request, cookies.session.name);
    if (previous) deleteSession(db, portal, previous);
    deleteExpiredSessions(db, portal, signedInAt, lifetime);
    const token = createSession(db, {
      portal,
      user,
      authenticatedAt: authTime(idTokenClaims.auth_time),
      issuerSessionId: typeof claims.sid === "string" ? claims.sid : null,
      idToken: tokens.id_token,
      now: signedInAt,
    });
    log({ level: "info", event: "signed_in", portal });
    const headers = new Headers({ Location: attempt.returnTo, ...NO_STORE });
    headers.append("Set-Cookie", serializeCookie(cookies.session, token));
    headers.append("Set-Cookie", clearCookie(cookies.signIn));
    return new Response(null, { status: 302, headers });
  }

  async function signOut(request: Request): Promise<Response> {
    assertSameOrigin(request, origin);
    // Reach the issuer before ending anything: if it is down, the person should see an error and
    // try again, not believe they are signed out everywhere while the issuer session lives on.
    const { config } = await issuerClient(env, portal);
    const token = readCookie(request, cookies.session.name);
    const ended = token ? deleteSession(db, portal, token) : null;
    const parameters: Record<string, string> = {
      post_logout_redirect_uri: registration.postLogoutRedirectUri,
    };
    if (ended) parameters.id_token_hint = ended.idToken;
    const location = config.serverMetadata().end_session_endpoint
      ? oidc.buildEndSessionUrl(config, parameters).href
      : registration.postLogoutRedirectUri;
    log({ level: "info", event: "signed_out", portal });
    const headers = new Headers({ Location: location, ...NO_STORE });
    headers.append("Set-Cookie", clearCookie(cookies.session));
    return new Response(null, { status: 303, headers });
  }

  async function backchannelLogout(request: Request): Promise<Response> {
    const refuse = (reason: string): Response => {
      log({ level: "warn", event: "logout_token_refused", portal, reason });
      return Response.json(
        { error: "invalid_request", error_description: reason },
        { status: 400, headers: NO_STORE },
      );
    };
    let logoutToken: FormDataEntryValue | null;
    try {
      logoutToken = (await request.formData()).get("logout_token");
    } catch {
      return refuse("Logout token refused: the body is not a form");
    }
    if (typeof logoutToken !== "string" || logoutToken === "") {
      return refuse("Logout token refused: no logout_token");
    }
    const { config, jwks } = await issuerClient(env, portal);
    let target: Awaited<ReturnType<typeof verifyLogoutToken>>;
    try {
      target = await verifyLogoutToken(logoutToken, {
        issuer: config.serverMetadata().issuer,
        clientId: registration.clientId,
        jwks,
        now: now(),
      });
    } catch (error) {
      if (error instanceof LogoutTokenError) return refuse(error.message);
      throw error;
    }
    const sessionsEnded = deleteSessionsForLogout(db, portal, target);
    log({ level: "info", event: "backchannel_logout", portal, sessionsEnded });
    return new Response(null, { status: 200, headers: NO_STORE });
  }

  return { origin, getUser, requireUser, requireRole, signIn, callback, signOut, backchannelLogout };
}

/** Fixed codes for why the code exchange failed, for the log: what went wrong, never who. */
function grantFailureReason(error: unknown): string {
  if (error instanceof oidc.AuthorizationResponseError) return `issuer_error:${codeOnly(error.error)}`;
  if (error instanceof oidc.ResponseBodyError) return `token_endpoint_error:${codeOnly(error.error)}`;
  if (error instanceof oidc.ClientError) return `response_check_failed:${codeOnly(error.code ?? "unknown")}`;
  if (error instanceof oidc.WWWAuthenticateChallengeError) return "userinfo_refused";
  // Network failures and bugs are not a bad sign-in: let them surface as a 500.
  throw error;
}

/** The ID token's `auth_time` (seconds since the epoch), verified by openid-client when present. */
function authTime(value: unknown): Date | null {
  return typeof value === "number" && Number.isFinite(value) ? new Date(value * 1000) : null;
}

function codeOnly(value: string): string {
  return value.replace(/[^A-Za-z0-9_]/g, "").slice(0, 60);
}
