import { createHash, randomBytes } from "node:crypto";
import type { PortalName } from "@portal/config";
import { and, type Db, durably, eq, lt, or, schema } from "@portal/db";
import type { ClaimedUser } from "./claims.ts";
import { isRole } from "./roles.ts";

const { portalSessions } = schema;

/** How long a session lives: since the last request (idle) and since sign-in (absolute). */
export interface SessionLifetime {
  idleMinutes: number;
  absoluteHours: number;
}

export interface StoredSession {
  /** The stored (hashed) id: safe to log or audit, useless as a cookie. */
  id: string;
  user: ClaimedUser;
  /**
   * When the person last gave the identity provider their credentials (the ID token's `auth_time`),
   * or null when the issuer did not say (and for sessions stored before this was kept).
   */
  authenticatedAt: Date | null;
  idToken: string;
}

/**
 * Last-seen is written at most this often, so a page that runs several loaders does not write on
 * each one. Idle expiry can therefore come up to this much early, never late.
 */
export const TOUCH_INTERVAL_MS = 60_000;

// 32 random bytes: 256 bits, well past the 128 bits that make guessing hopeless.
const TOKEN_BYTES = 32;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * Only the SHA-256 of the cookie's token is stored, so someone who can read the database (a
 * backup, a support query) cannot lift a live session from it.
 */
export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/** Stores a new session and returns the token for the cookie. */
export function createSession(
  db: Db,
  input: {
    portal: PortalName;
    user: ClaimedUser;
    /** The ID token's `auth_time`, or null when it had none. */
    authenticatedAt: Date | null;
    issuerSessionId: string | null;
    idToken: string;
    now: Date;
  },
): string {
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  // A signed-in user is acknowledged at once, so this write must survive a power cut.
  durably(db, () => {
    db.insert(portalSessions)
      .values({
        id: hashSessionToken(token),
        portal: input.portal,
        subject: input.user.subject,
        issuerSessionId: input.issuerSessionId,
        // Kept in the user JSON beside the claims, so no column (and no migration) is needed.
        user: { ...input.user, authenticatedAt: input.authenticatedAt?.toISOString() ?? null },
        idToken: input.idToken,
        createdAt: input.now,
        lastSeenAt: input.now,
      })
      .run();
  });
  return token;
}

/**
 * The live session for a cookie's token, or null when the token is malformed, unknown or the
 * session has expired. Expired rows are deleted as they are found; a live one has its last-seen
 * time refreshed (throttled).
 */
export function findSession(
  db: Db,
  input: { portal: PortalName; token: string; now: Date; lifetime: SessionLifetime },
): StoredSession | null {
  if (!TOKEN_SHAPE.test(input.token)) return null;
  const id = hashSessionToken(input.token);
  const row = db
    .select()
    .from(portalSessions)
    .where(and(eq(portalSessions.id, id), eq(portalSessions.portal, input.portal)))
    .get();
  if (!row) return null;
  const now = input.now.getTime();
  if (isExpired(row, now, input.lifetime)) {
    db.delete(portalSessions).where(eq(portalSessions.id, id)).run();
    return null;
  }
  if (now - row.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
    db.update(portalSessions).set({ lastSeenAt: input.now }).where(eq(portalSessions.id, id)).run();
  }
  return { id, ...readUser(row.user), idToken: row.idToken };
}

/**
 * Deletes the session for a token whether or not it has expired, returning its ID token so
 * signing out can still tell the identity provider who is leaving.
 */
export function deleteSession(db: Db, portal: PortalName, token: string): { idToken: string } | null {
  if (!TOKEN_SHAPE.test(token)) return null;
  const [row] = db
    .delete(portalSessions)
    .where(and(eq(portalSessions.id, hashSessionToken(token)), eq(portalSessions.portal, portal)))
    .returning({ idToken: portalSessions.idToken })
    .all();
  return row ?? null;
}

/**
 * Back-channel logout: ends this portal's sessions for an issuer session (`sid`), or for every
 * session of a subject when the issuer names no session. Returns how many ended.
 */
export function deleteSessionsForLogout(
  db: Db,
  portal: PortalName,
  target: { sid?: string | undefined; sub?: string | undefined },
): number {
  const conditions = [eq(portalSessions.portal, portal)];
  if (target.sid !== undefined) conditions.push(eq(portalSessions.issuerSessionId, target.sid));
  if (target.sub !== undefined) conditions.push(eq(portalSessions.subject, target.sub));
  if (conditions.length === 1) throw new Error("A logout needs a sid or a sub");
  return db
    .delete(portalSessions)
    .where(and(...conditions))
    .run().changes;
}

/** Removes sessions that expired without being seen again (people who closed the tab). */
export function deleteExpiredSessions(
  db: Db,
  portal: PortalName,
  now: Date,
  lifetime: SessionLifetime,
): void {
  db.delete(portalSessions)
    .where(
      and(
        eq(portalSessions.portal, portal),
        or(
          lt(portalSessions.createdAt, new Date(now.getTime() - absoluteMs(lifetime) + 1)),
          lt(portalSessions.lastSeenAt, new Date(now.getTime() - idleMs(lifetime) + 1)),
        ),
      ),
    )
    .run();
}

function isExpired(
  row: { createdAt: Date; lastSeenAt: Date },
  now: number,
  lifetime: SessionLifetime,
): boolean {
  return (
    now - row.createdAt.getTime() >= absoluteMs(lifetime) ||
    now - row.lastSeenAt.getTime() >= idleMs(lifetime)
  );
}

const idleMs = (lifetime: SessionLifetime) => lifetime.idleMinutes * 60_000;
const absoluteMs = (lifetime: SessionLifetime) => lifetime.absoluteHours * 3_600_000;

/**
 * Roles are re-checked on the way out, so a role withdrawn from the suite ends with the release.
 * Sessions stored before `authenticatedAt` was kept read as null: not known to be recent.
 */
function readUser(stored: Record<string, unknown>): { user: ClaimedUser; authenticatedAt: Date | null } {
  const { authenticatedAt, ...user } = stored as unknown as ClaimedUser & { authenticatedAt?: unknown };
  return {
    user: { ...user, roles: user.roles.filter((role) => isRole(role)) },
    authenticatedAt: readStoredDate(authenticatedAt),
  };
}

function readStoredDate(value: unknown): Date | null {
  if (typeof value !== "string") return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
