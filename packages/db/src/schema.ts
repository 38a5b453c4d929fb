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

/** JSON as stored: what JSON.parse can return. */
export type StoredJson = string | number | boolean | null | StoredJson[] | { [key: string]: StoredJson };

/**
 * A form being filled in, saved at every page ("save and come back"). `id` is the capability for a
 * draft whose owner is null (someone not signed in); a signed-in owner's draft is theirs alone.
 */
export const formDrafts = sqliteTable(
  "form_drafts",
  {
    id: text("id").primaryKey(),
    portal: text("portal").notNull(),
    formId: text("form_id").notNull(),
    formVersion: integer("form_version").notNull(),
    ownerSubject: text("owner_subject"),
    answers: text("answers", { mode: "json" }).$type<Record<string, StoredJson>>().notNull(),
    visitedPageIds: text("visited_page_ids", { mode: "json" }).$type<string[]>().notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    submittedItemId: text("submitted_item_id"),
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    index("form_drafts_owner").on(t.ownerSubject, t.portal, t.updatedAt),
    index("form_drafts_expires").on(t.expiresAt),
  ],
);

/** Secret "recover a form" links. Only a hash of the token is kept; each works once. */
export const resumeTokens = sqliteTable(
  "resume_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    draftId: text("draft_id")
      .notNull()
      .references(() => formDrafts.id, { onDelete: "cascade" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("resume_tokens_draft").on(t.draftId)],
);

/**
 * Messages to send (transactional outbox): written in the same transaction as what causes them, sent
 * later by a worker, so nothing acknowledged is lost. Messages carry a link, never case details.
 */
export const outboxMessages = sqliteTable(
  "outbox_messages",
  {
    id: text("id").primaryKey(),
    /** "email" or "sms". */
    channel: text("channel").notNull(),
    /** The template the message uses, e.g. "draft-saved". */
    template: text("template").notNull(),
    recipient: text("recipient").notNull(),
    personalisation: text("personalisation", { mode: "json" }).$type<Record<string, string>>().notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    /** "queued" until a worker records it "sent" or "failed". */
    status: text("status").notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }).notNull(),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    lastError: text("last_error"),
  },
  (t) => [index("outbox_messages_due").on(t.status, t.nextAttemptAt)],
);

/** Secrets the server generates once and keeps (outside production), such as the resume-link key. */
export const serverSecrets = sqliteTable("server_secrets", {
  name: text("name").primaryKey(),
  value: text("value").notNull(),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
});

/** The shared intake queue: one row per submission from any portal. */
export const intakeItems = sqliteTable(
  "intake_items",
  {
    id: text("id").primaryKey(),
    reference: text("reference").notNull().unique(),
    /** The draft this item was submitted from: the idempotency key of a submission. */
    draftId: text("draft_id").unique(),
    service: text("service").notNull(),
    portal: text("portal").notNull(),
    formId: text("form_id").notNull(),
    formVersion: integer("form_version").notNull(),
    answers: text("answers", { mode: "json" }).$type<Record<string, StoredJson>>().notNull(),
    subjects: text("subjects", { mode: "json" }).$type<StoredJson[]>().notNull(),
    subjectName: text("subject_name"),
    subjectDateOfBirth: text("subject_date_of_birth"),
    subjectPostcode: text("subject_postcode"),
    referrer: text("referrer", { mode: "json" }).$type<Record<string, StoredJson>>().notNull(),
    referrerSubject: text("referrer_subject"),
    referrerOrganisation: text("referrer_organisation"),
    referrerOrganisationType: text("referrer_organisation_type"),
    receivedAt: integer("received_at", { mode: "timestamp_ms" }).notNull(),
    status: text("status").notNull().default("received"),
  },
  (t) => [
    index("intake_items_queue").on(t.service, t.status, t.receivedAt),
    index("intake_items_received").on(t.receivedAt),
    index("intake_items_subject_name").on(t.subjectName),
    index("intake_items_subject_dob").on(t.subjectDateOfBirth),
    index("intake_items_subject_postcode").on(t.subjectPostcode),
    index("intake_items_referrer").on(t.referrerSubject, t.receivedAt),
    index("intake_items_referrer_organisation").on(t.referrerOrganisation),
  ],
);

/** Files attached to a draft (and, once submitted, to its item). The bytes live on disk by hash. */
export const attachments = sqliteTable(
  "attachments",
  {
    id: text("id").primaryKey(),
    draftId: text("draft_id").references(() => formDrafts.id, { onDelete: "set null" }),
    itemId: text("item_id").references(() => intakeItems.id),
    name: text("name").notNull(),
    size: integer("size").notNull(),
    mediaType: text("media_type").notNull(),
    sha256: text("sha256").notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    index("attachments_draft").on(t.draftId),
    index("attachments_item").on(t.itemId),
    index("attachments_sha256").on(t.sha256),
  ],
);

/** What happened to a record, who did it and when. Append-only: triggers refuse UPDATE and DELETE. */
export const auditEvents = sqliteTable(
  "audit_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    occurredAt: integer("occurred_at", { mode: "timestamp_ms" }).notNull(),
    action: text("action").notNull(),
    /** The signed-in subject, or null for someone not signed in. */
    actorSubject: text("actor_subject"),
    portal: text("portal").notNull(),
    itemId: text("item_id"),
    details: text("details", { mode: "json" }).$type<Record<string, StoredJson>>(),
  },
  (t) => [
    index("audit_events_item").on(t.itemId, t.occurredAt),
    index("audit_events_occurred").on(t.occurredAt),
  ],
);
