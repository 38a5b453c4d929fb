import { errors, type JWTVerifyGetKey, jwtVerify } from "jose";

/** The event a logout token must carry (OpenID Connect Back-Channel Logout 1.0, section 2.4). */
export const BACKCHANNEL_LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";

/** Whose sessions a logout token ends: an issuer session, a subject, or that subject's one session. */
export interface LogoutTarget {
  sid?: string;
  sub?: string;
}

export class LogoutTokenError extends Error {
  override name = "LogoutTokenError";
}

export interface LogoutTokenExpectations {
  issuer: string;
  clientId: string;
  jwks: JWTVerifyGetKey;
  now: Date;
}

/** Logout tokens are sent the moment someone signs out, so an old one is a replay. */
const MAX_TOKEN_AGE = "10 minutes";
const CLOCK_TOLERANCE_SECONDS = 60;

/**
 * Validates a logout token as section 2.6 of the spec says: signature with the issuer's keys,
 * iss, aud, iat, the back-channel logout event, a sid or sub, and no nonce (so an ID token can
 * never be passed off as a logout token).
 */
export async function verifyLogoutToken(
  token: string,
  expected: LogoutTokenExpectations,
): Promise<LogoutTarget> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, expected.jwks, {
      issuer: expected.issuer,
      audience: expected.clientId,
      requiredClaims: ["iat"],
      maxTokenAge: MAX_TOKEN_AGE,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      currentDate: expected.now,
    }));
  } catch (error) {
    if (error instanceof errors.JOSEError) throw new LogoutTokenError(`Logout token refused: ${error.code}`);
    throw error;
  }
  const events = payload.events;
  if (!isObject(events) || !isObject(events[BACKCHANNEL_LOGOUT_EVENT])) {
    throw new LogoutTokenError("Logout token refused: no back-channel logout event");
  }
  if ("nonce" in payload) throw new LogoutTokenError("Logout token refused: it has a nonce");
  const target: LogoutTarget = {};
  if (typeof payload.sid === "string" && payload.sid !== "") target.sid = payload.sid;
  if (typeof payload.sub === "string" && payload.sub !== "") target.sub = payload.sub;
  if (!target.sid && !target.sub) throw new LogoutTokenError("Logout token refused: no sid or sub");
  return target;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
