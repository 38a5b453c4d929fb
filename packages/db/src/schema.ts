import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch('subsec') * 1000)`);

/** People who sign in at the embedded identity provider (demo and tests; councils bring their own IdP). */
export const users = sqliteTable("users", {
  id: text("id").primaryKey(),
  email: text("email").notNull().unique(),
  passwordHash: text("password_hash").notNull(),
  name: text("name").notNull(),
  organisation: text("organisation").notNull(),
  organisationType: text("organisation_type").notNull(),
  roles: text("roles", { mode: "json" }).$type<string[]>().notNull(),
  createdAt: createdAt(),
});

/** oidc-provider's stored models (sessions, grants, codes, tokens, interactions), one row each. */
export const oidcPayloads = sqliteTable(
  "oidc_payloads",
  {
    id: text("id").notNull(),
    model: text("model").notNull(),
    payload: text("payload", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    grantId: text("grant_id"),
    userCode: text("user_code"),
    uid: text("uid"),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }),
    consumedAt: integer("consumed_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    primaryKey({ columns: [t.model, t.id] }),
    index("oidc_payloads_grant").on(t.grantId),
    index("oidc_payloads_uid").on(t.uid),
    index("oidc_payloads_expires").on(t.expiresAt),
  ],
);

/** Signing keys of the embedded issuer, generated once so tokens survive a restart. */
export const identityKeys = sqliteTable("identity_keys", {
  kid: text("kid").primaryKey(),
  privateJwk: text("private_jwk", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
  createdAt: createdAt(),
});

/** A signed-in user at one portal. The cookie holds only `id`. */
export const portalSessions = sqliteTable(
  "portal_sessions",
  {
    id: text("id").primaryKey(),
    portal: text("portal").notNull(),
    subject: text("subject").notNull(),
    /** The issuer's session id (`sid`), so back-channel logout can find this session. */
    issuerSessionId: text("issuer_session_id"),
    user: text("user", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    idToken: text("id_token").notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    lastSeenAt: integer("last_seen_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("portal_sessions_sid").on(t.issuerSessionId), index("portal_sessions_subject").on(t.subject)],
);

/** An unfinished sign-in: state, nonce and PKCE verifier, bound to the browser by a cookie. */
export const loginAttempts = sqliteTable("login_attempts", {
  state: text("state").primaryKey(),
  portal: text("portal").notNull(),
  nonce: text("nonce").notNull(),
  codeVerifier: text("code_verifier").notNull(),
  returnTo: text("return_to").notNull(),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
});

/** Proof that the database can be written, used by /healthz. */
export const healthChecks = sqliteTable("health_checks", {
  app: text("app").primaryKey(),
  checkedAt: integer("checked_at", { mode: "timestamp_ms" }).notNull(),
});
