import { generateKeyPairSync, randomBytes, randomUUID } from "node:crypto";
import { type Db, durably, schema } from "@portal/db";

const { identityKeys } = schema;

/** Cookie keys share the identity_keys table with the signing keys; the kid prefix tells them apart. */
const COOKIE_KID_PREFIX = "cookie-";
const SIGNING_KID_PREFIX = "rs256-";

export interface IssuerKeys {
  /** Private JWKs for oidc-provider's `jwks` setting (ID tokens, logout tokens). */
  signing: Record<string, unknown>[];
  /** Keygrip secrets that sign the issuer's cookies; the first one signs, all verify. */
  cookies: string[];
}

/**
 * Loads the issuer's keys, generating them on first start. Keys live in the database so tokens
 * and signed session cookies stay valid across restarts and across processes sharing the file.
 * The check and the insert run in one immediate transaction, so two processes starting together
 * cannot each create a different key.
 */
export function loadOrCreateKeys(db: Db): IssuerKeys {
  const rows = durably(db, () => {
    const existing = db.select().from(identityKeys).all();
    const missing: (typeof identityKeys.$inferInsert)[] = [];
    if (!existing.some((row) => row.kid.startsWith(SIGNING_KID_PREFIX))) missing.push(newSigningKey());
    if (!existing.some((row) => row.kid.startsWith(COOKIE_KID_PREFIX))) missing.push(newCookieKey());
    if (missing.length) db.insert(identityKeys).values(missing).run();
    return [...existing, ...missing];
  });
  // Newest first: oidc-provider signs with the first matching key and Keygrip with the first secret.
  const newestFirst = [...rows].sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0));
  return {
    signing: newestFirst.filter((row) => row.kid.startsWith(SIGNING_KID_PREFIX)).map((row) => row.privateJwk),
    cookies: newestFirst
      .filter((row) => row.kid.startsWith(COOKIE_KID_PREFIX))
      .map((row) => String(row.privateJwk.k)),
  };
}

function newSigningKey(): typeof identityKeys.$inferInsert {
  const kid = `${SIGNING_KID_PREFIX}${randomUUID()}`;
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = privateKey.export({ format: "jwk" });
  return { kid, privateJwk: { ...jwk, kid, alg: "RS256", use: "sig" }, createdAt: new Date() };
}

function newCookieKey(): typeof identityKeys.$inferInsert {
  const kid = `${COOKIE_KID_PREFIX}${randomUUID()}`;
  return {
    kid,
    privateJwk: { kty: "oct", kid, k: randomBytes(32).toString("base64url") },
    createdAt: new Date(),
  };
}
