import type { PortalName } from "@portal/config";
import { and, type Db, eq, lt, schema } from "@portal/db";

const { loginAttempts } = schema;

/** How long someone has to finish signing in at the identity provider. */
export const LOGIN_ATTEMPT_TTL_SECONDS = 10 * 60;

export interface LoginAttempt {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
}

/** Records a sign-in that has been sent to the identity provider, clearing abandoned ones. */
export function saveLoginAttempt(db: Db, portal: PortalName, attempt: LoginAttempt, now: Date): void {
  db.delete(loginAttempts)
    .where(lt(loginAttempts.createdAt, expiryCutoff(now)))
    .run();
  db.insert(loginAttempts)
    .values({ ...attempt, portal, createdAt: now })
    .run();
}

/**
 * Takes the attempt for a state out of the table in one statement, so a callback URL can be used
 * once: a replay, or two racing requests with the same code, find nothing. Expired attempts are
 * not returned.
 */
export function takeLoginAttempt(db: Db, portal: PortalName, state: string, now: Date): LoginAttempt | null {
  const [row] = db
    .delete(loginAttempts)
    .where(and(eq(loginAttempts.state, state), eq(loginAttempts.portal, portal)))
    .returning()
    .all();
  if (!row || row.createdAt.getTime() < expiryCutoff(now).getTime()) return null;
  return { state: row.state, nonce: row.nonce, codeVerifier: row.codeVerifier, returnTo: row.returnTo };
}

function expiryCutoff(now: Date): Date {
  return new Date(now.getTime() - LOGIN_ATTEMPT_TTL_SECONDS * 1000);
}
