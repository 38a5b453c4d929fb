import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { RateCard } from "./commissioning-types.ts";

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
    /**
     * "queued" until a worker claims it; "sending" while a worker holds its lease; then "sent" or
     * "failed". A "sending" row whose lease has passed belongs to a worker that stopped: it is claimed again.
     */
    status: text("status").notNull(),
    /** Claims so far (each claim is one attempt, even one cut short by a crash). */
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }).notNull(),
    /** Until when the worker that claimed it may send it undisturbed. */
    leaseUntil: integer("lease_until", { mode: "timestamp_ms" }),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    /** The provider's id for the sent message (GOV.UK Notify's notification id); null in demo mode. */
    providerId: text("provider_id"),
    lastError: text("last_error"),
  },
  (t) => [
    index("outbox_messages_due").on(t.status, t.nextAttemptAt),
    // The outbox viewer: newest first, overall or at one status.
    index("outbox_messages_created").on(t.createdAt),
    index("outbox_messages_status_created").on(t.status, t.createdAt),
  ],
);

/** Secrets the server generates once and keeps (outside production), such as the resume-link key. */
export const serverSecrets = sqliteTable("server_secrets", {
  name: text("name").primaryKey(),
  value: text("value").notNull(),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
});

/** Someone named on a record: the signed-in subject and their display name at the time. */
export interface StoredPersonRef {
  subject: string;
  name: string;
}

/** A triage decision as stored (times in epoch milliseconds). */
export interface StoredDecision {
  outcome: string;
  reason: string;
  decidedAt: number;
  decidedBy: StoredPersonRef;
}

/** The outcome feedback given to the referrer, as stored (times in epoch milliseconds). */
export interface StoredFeedback {
  message: string;
  recordedAt: number;
  recordedBy: StoredPersonRef;
}

/** Items not closed: what the queue shows by default and counts. Queries must repeat this term exactly. */
export const OPEN_ITEM = sql`status <> 'closed'`;

/**
 * The shared intake queue: one row per submission from any portal. `status` is the workflow stage
 * ("received", "screening", "decided", "closed"); the columns after it are the triage state.
 */
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
    /** The referrer asked not to be named (copied from `referrer.anonymous`): no acknowledgement is owed. */
    referrerAnonymous: integer("referrer_anonymous", { mode: "boolean" }).notNull().default(false),
    receivedAt: integer("received_at", { mode: "timestamp_ms" }).notNull(),
    /** The workflow stage. */
    status: text("status").notNull().default("received"),
    /** Consent as the form recorded it (or as a worker later obtained it). */
    consent: text("consent").notNull().default("not-recorded"),
    /**
     * When the item reached its current service: receipt, or the moment it was re-routed. Nullable only
     * because SQLite cannot add a NOT NULL column without a constant default; the migration backfills it
     * from received_at, every insert writes it, and readers fall back to received_at.
     */
    enteredServiceAt: integer("entered_service_at", { mode: "timestamp_ms" }),
    reroutedFrom: text("rerouted_from"),
    acknowledgedAt: integer("acknowledged_at", { mode: "timestamp_ms" }),
    assigneeSubject: text("assignee_subject"),
    assigneeName: text("assignee_name"),
    rag: text("rag"),
    ragReason: text("rag_reason"),
    screenedAt: integer("screened_at", { mode: "timestamp_ms" }),
    decision: text("decision", { mode: "json" }).$type<StoredDecision>(),
    /** decision.outcome, as a column for filtering and the statutory returns. */
    outcome: text("outcome"),
    feedback: text("feedback", { mode: "json" }).$type<StoredFeedback>(),
    closedAt: integer("closed_at", { mode: "timestamp_ms" }),
    /** "completed" or "duplicate". */
    closure: text("closure"),
    /** The hub's open question to the referrer (an item_messages id) and when it was asked. */
    questionId: text("question_id"),
    questionAskedAt: integer("question_asked_at", { mode: "timestamp_ms" }),
    /** The next deadline owed, or null when nothing is. */
    dueAt: integer("due_at", { mode: "timestamp_ms" }),
    /** Queue order (with id): due_at in ms, or NO_DEADLINE_KEY − received_at when nothing is owed. */
    queueKey: integer("queue_key").notNull().default(0),
    /**
     * A LADO case's facts beside its stage (consideration, meetings, enquiries, outcome, follow-ons,
     * MASH links; times in epoch milliseconds), and for a case made from a MASH item the adult's work
     * as the MASH gave it (lado-case-file.ts). Null for other services and for a case not yet touched.
     */
    caseFile: text("case_file", { mode: "json" }).$type<Record<string, StoredJson>>(),
  },
  (t) => [
    // Open items in queue order, carrying every column the open-queue filters and counts read, so a
    // page or the counts never visit rows that do not match. Small: closed items are not in it.
    index("intake_items_open_queue")
      .on(t.queueKey, t.id, t.service, t.status, t.rag, t.assigneeSubject, t.dueAt)
      .where(OPEN_ITEM),
    // Open items grouped as the counts group them, so counting is one in-order walk per service.
    index("intake_items_open_counts")
      .on(t.service, t.status, t.rag, t.assigneeSubject, t.dueAt)
      .where(OPEN_ITEM),
    // One service's items at one stage in queue order: closed pages (and any single-stage page).
    index("intake_items_service_queue").on(t.service, t.status, t.queueKey, t.id),
    index("intake_items_received").on(t.receivedAt),
    index("intake_items_referrer").on(t.referrerSubject, t.receivedAt),
    index("intake_items_referrer_organisation").on(t.referrerOrganisation),
  ],
);

/**
 * One row per subject person of an item, with the normalised keys that find them again (matching).
 * `name` is as given, for display; position 0 is the first person named.
 */
export const itemSubjects = sqliteTable(
  "item_subjects",
  {
    itemId: text("item_id")
      .notNull()
      .references(() => intakeItems.id),
    position: integer("position").notNull(),
    name: text("name").notNull(),
    role: text("role"),
    normalName: text("normal_name"),
    givenKey: text("given_key"),
    familyKey: text("family_key"),
    dateOfBirth: text("date_of_birth"),
    postcode: text("postcode"),
  },
  (t) => [
    primaryKey({ columns: [t.itemId, t.position] }),
    // Family key then given key: "sounds like the same name" is one range; family key alone its prefix.
    index("item_subjects_name_keys").on(t.familyKey, t.givenKey),
    index("item_subjects_given_key").on(t.givenKey),
    index("item_subjects_date_of_birth").on(t.dateOfBirth),
    index("item_subjects_postcode").on(t.postcode),
  ],
);

/** A question to one partner agency about an item's subject people, and its answer. */
export const itemChecks = sqliteTable(
  "item_checks",
  {
    id: text("id").primaryKey(),
    itemId: text("item_id")
      .notNull()
      .references(() => intakeItems.id),
    agency: text("agency").notNull(),
    question: text("question").notNull(),
    requestedAt: integer("requested_at", { mode: "timestamp_ms" }).notNull(),
    requestedBy: text("requested_by", { mode: "json" }).$type<StoredPersonRef>().notNull(),
    dueAt: integer("due_at", { mode: "timestamp_ms" }).notNull(),
    /** "open", "answered" or "withdrawn". */
    status: text("status").notNull(),
    response: text("response"),
    respondedAt: integer("responded_at", { mode: "timestamp_ms" }),
    respondedBy: text("responded_by", { mode: "json" }).$type<
      StoredPersonRef & { organisation: string | null }
    >(),
    withdrawnReason: text("withdrawn_reason"),
  },
  (t) => [
    // An agency desk's checks, oldest due first.
    index("item_checks_agency").on(t.agency, t.status, t.dueAt, t.id),
    // An item's checks, and the queue's count of open ones.
    index("item_checks_item").on(t.itemId, t.status),
  ],
);

/** A recorded relation from one item to another (same person, duplicate, stepped down, …). */
export const itemLinks = sqliteTable(
  "item_links",
  {
    itemId: text("item_id")
      .notNull()
      .references(() => intakeItems.id),
    kind: text("kind").notNull(),
    /** Not a foreign key: a step-down links to the new item in the same transaction that creates it. */
    linkedItemId: text("linked_item_id").notNull(),
    reference: text("reference").notNull(),
    linkedAt: integer("linked_at", { mode: "timestamp_ms" }).notNull(),
    linkedBy: text("linked_by", { mode: "json" }).$type<StoredPersonRef>().notNull(),
    note: text("note"),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.kind, t.linkedItemId] })],
);

/** Messages between the hub and the referrer about one item: a question, and the referrer's answer. */
export const itemMessages = sqliteTable(
  "item_messages",
  {
    id: text("id").primaryKey(),
    itemId: text("item_id")
      .notNull()
      .references(() => intakeItems.id),
    /** "to-referrer" (the hub's question) or "from-referrer" (their answer). */
    direction: text("direction").notNull(),
    body: text("body").notNull(),
    /** The question an answer replies to. */
    replyTo: text("reply_to"),
    authorSubject: text("author_subject").notNull(),
    authorName: text("author_name").notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("item_messages_item").on(t.itemId, t.createdAt)],
);

/** Files attached to a draft (and, once submitted, to its item). The bytes live on disk by hash. */
export const attachments = sqliteTable(
  "attachments",
  {
    id: text("id").primaryKey(),
    draftId: text("draft_id").references(() => formDrafts.id, { onDelete: "set null" }),
    itemId: text("item_id").references(() => intakeItems.id),
    /** Set when the file came with a referrer's answer to the hub's question. */
    messageId: text("message_id"),
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
    /** The actor's suite roles and organisation when they acted; null for someone not signed in. */
    actorRoles: text("actor_roles", { mode: "json" }).$type<string[]>(),
    actorOrganisation: text("actor_organisation"),
    portal: text("portal").notNull(),
    itemId: text("item_id"),
    details: text("details", { mode: "json" }).$type<Record<string, StoredJson>>(),
  },
  (t) => [
    index("audit_events_item").on(t.itemId, t.occurredAt),
    index("audit_events_occurred").on(t.occurredAt),
  ],
);

/*
 * Commissioning (the providers portal, @portal/commissioning): providers, their contracts, the
 * service orders the council places with them, the visits they deliver, and what those are paid.
 * Money is whole pence, durations whole minutes, calendar days London dates "YYYY-MM-DD".
 */

/** A care provider. `id` is the organisation claim its staff sign in with. */
export const providers = sqliteTable("providers", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  /** ProviderRef in actuals files; the start of its invoice numbers. */
  ref: text("ref").notNull().unique(),
  /** SupplierRef in the payment export. */
  supplierRef: text("supplier_ref").notNull(),
});

/** A provider's contract. The rate card and tolerance are JSON, parsed by the domain on load. */
export const providerContracts = sqliteTable(
  "provider_contracts",
  {
    id: text("id").primaryKey(),
    providerId: text("provider_id")
      .notNull()
      .references(() => providers.id),
    number: text("number").notNull(),
    serviceType: text("service_type").notNull(),
    costCentre: text("cost_centre").notNull(),
    rates: text("rates", { mode: "json" }).$type<RateCard>().notNull(),
    tolerance: text("tolerance", { mode: "json" }).$type<{ minutes: number; percent: number }>().notNull(),
  },
  (t) => [uniqueIndex("provider_contracts_number").on(t.providerId, t.number)],
);

/**
 * A service order for one person. Its versions (weekly plan, effective date, the provider's
 * decision; times in epoch milliseconds) are one JSON array: they are only ever read and written
 * with the order, oldest first, a new one is appended by the workflow, and nothing looks inside
 * them in SQL, so a child table would add joins and nothing else.
 */
export const serviceOrders = sqliteTable(
  "service_orders",
  {
    id: text("id").primaryKey(),
    providerId: text("provider_id")
      .notNull()
      .references(() => providers.id),
    contractId: text("contract_id")
      .notNull()
      .references(() => providerContracts.id),
    serviceUserRef: text("service_user_ref").notNull(),
    versions: text("versions", { mode: "json" }).$type<StoredJson[]>().notNull(),
  },
  // A provider's orders, by person.
  (t) => [index("service_orders_provider").on(t.providerId, t.serviceUserRef, t.id)],
);

/**
 * One delivered (or not delivered) visit. A visit is its order, date and claimed start: the unique
 * index makes recording or importing it again an update, never a second row.
 */
export const visits = sqliteTable(
  "visits",
  {
    id: text("id").primaryKey(),
    providerId: text("provider_id")
      .notNull()
      .references(() => providers.id),
    orderId: text("order_id")
      .notNull()
      .references(() => serviceOrders.id),
    serviceUserRef: text("service_user_ref").notNull(),
    date: text("date").notNull(),
    claimedStart: text("claimed_start").notNull(),
    claimedMinutes: integer("claimed_minutes").notNull(),
    actualStart: integer("actual_start", { mode: "timestamp_ms" }).notNull(),
    actualMinutes: integer("actual_minutes").notNull(),
    carers: integer("carers").notNull(),
    status: text("status").notNull(),
    reason: text("reason"),
    plannedVisitId: text("planned_visit_id"),
    /** Null when entered on the calendar; the file's reference and row when imported. */
    fileReference: text("file_reference"),
    fileRow: integer("file_row"),
    recordedAt: integer("recorded_at", { mode: "timestamp_ms" }).notNull(),
    recordedBy: text("recorded_by").notNull(),
    /**
     * Set when the visit was saved as an exception with no decision for it as it stands, cleared
     * when finance decides: finance's work list reads it through a small partial index.
     */
    awaitingDecision: integer("awaiting_decision", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [
    // An order's visits by date (and the one visit per order, date and claimed start).
    uniqueIndex("visits_order_date").on(t.orderId, t.date, t.claimedStart),
    // One person's visits around a date, to refuse overlaps; and a provider's visits by date.
    index("visits_person_date").on(t.providerId, t.serviceUserRef, t.date),
    index("visits_provider_date").on(t.providerId, t.date),
    // Finance's open exceptions, oldest first.
    index("visits_awaiting_decision").on(t.date, t.id).where(sql`awaiting_decision = 1`),
  ],
);

/**
 * Actuals files a provider has uploaded. `referenceKey` is the file reference as the domain compares
 * it (trimmed, upper case): unique per provider, so a repeated file is refused even by a race.
 */
export const actualsImports = sqliteTable(
  "actuals_imports",
  {
    id: text("id").primaryKey(),
    providerId: text("provider_id")
      .notNull()
      .references(() => providers.id),
    fileReference: text("file_reference").notNull(),
    referenceKey: text("reference_key").notNull(),
    uploadedAt: integer("uploaded_at", { mode: "timestamp_ms" }).notNull(),
    uploadedBy: text("uploaded_by").notNull(),
    /** The plan's counts: read, new, updated, unchanged, additionalCarers, rejected. */
    summary: text("summary", { mode: "json" }).$type<Record<string, number>>().notNull(),
  },
  (t) => [uniqueIndex("actuals_imports_reference").on(t.providerId, t.referenceKey)],
);

/** Finance's current decision on an exception visit; earlier decisions are in the audit trail. */
export const exceptionDecisions = sqliteTable("exception_decisions", {
  visitId: text("visit_id")
    .primaryKey()
    .references(() => visits.id),
  outcome: text("outcome").notNull(),
  reason: text("reason").notNull(),
  decidedBy: text("decided_by").notNull(),
  decidedAt: integer("decided_at", { mode: "timestamp_ms" }).notNull(),
  /** The visit as decided: a later edit to the visit makes the decision stale. */
  visitRecordedAt: integer("visit_recorded_at", { mode: "timestamp_ms" }).notNull(),
});

/**
 * A provider's invoice for one 4-weekly period. A rejected invoice is refreshed and resubmitted, never
 * replaced, so the unique index is the "one live invoice per provider per period" rule.
 */
export const invoices = sqliteTable(
  "invoices",
  {
    id: text("id").primaryKey(),
    number: text("number").notNull().unique(),
    providerId: text("provider_id")
      .notNull()
      .references(() => providers.id),
    periodNumber: integer("period_number").notNull(),
    periodStart: text("period_start").notNull(),
    periodEnd: text("period_end").notNull(),
    status: text("status").notNull(),
    totalPence: integer("total_pence").notNull(),
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }),
    approvedAt: integer("approved_at", { mode: "timestamp_ms" }),
    paidAt: integer("paid_at", { mode: "timestamp_ms" }),
    paymentRun: text("payment_run"),
    /** The latest rejection ({ reason, by, at } with `at` in epoch milliseconds), kept after resubmission. */
    rejection: text("rejection", { mode: "json" }).$type<{ reason: string; by: string; at: number }>(),
  },
  (t) => [
    // A provider's invoices by period.
    uniqueIndex("invoices_provider_period").on(t.providerId, t.periodStart),
    // Finance's lists: submitted to approve, approved to pay.
    index("invoices_status").on(t.status, t.periodStart),
  ],
);

/** One line per order on an invoice. `visits` is each visit's pay as invoiced: a snapshot, never recomputed. */
export const invoiceLines = sqliteTable(
  "invoice_lines",
  {
    invoiceId: text("invoice_id")
      .notNull()
      .references(() => invoices.id),
    position: integer("position").notNull(),
    orderId: text("order_id").notNull(),
    serviceUserRef: text("service_user_ref").notNull(),
    contractNumber: text("contract_number").notNull(),
    costCentre: text("cost_centre").notNull(),
    carerMinutes: integer("carer_minutes").notNull(),
    pence: integer("pence").notNull(),
    visits: text("visits", { mode: "json" }).$type<{ [key: string]: StoredJson }[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.invoiceId, t.position] })],
);

/** A provider's question to a council team about one of its orders or invoices. */
export const providerQueries = sqliteTable(
  "provider_queries",
  {
    id: text("id").primaryKey(),
    providerId: text("provider_id")
      .notNull()
      .references(() => providers.id),
    aboutKind: text("about_kind").notNull(),
    aboutId: text("about_id").notNull(),
    team: text("team").notNull(),
    title: text("title").notNull(),
    status: text("status").notNull(),
    raisedAt: integer("raised_at", { mode: "timestamp_ms" }).notNull(),
    closedAt: integer("closed_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("provider_queries_provider").on(t.providerId, t.raisedAt)],
);

/** The messages of a query, in order. */
export const providerQueryMessages = sqliteTable(
  "provider_query_messages",
  {
    queryId: text("query_id")
      .notNull()
      .references(() => providerQueries.id),
    position: integer("position").notNull(),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
    by: text("by").notNull(),
    name: text("name").notNull(),
    side: text("side").notNull(),
    text: text("text").notNull(),
  },
  (t) => [primaryKey({ columns: [t.queryId, t.position] })],
);
