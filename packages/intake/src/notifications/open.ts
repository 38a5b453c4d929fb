import { ConfigError, type Env } from "@portal/config";
import { createSqliteIntakeStore, type Db } from "@portal/db";
import { createNotifyClient } from "@portal/notify";
import type { IntakeStore } from "../store.ts";
import { demoSender, notifySender, type OutboxSender } from "./senders.ts";
import { TEMPLATE_NAMES } from "./templates.ts";
import { createOutboxWorker, type OutboxWorker, type OutboxWorkerOptions } from "./worker.ts";

/**
 * How the suite's worker runs. A batch is sent concurrently, so one run takes about one timeout at
 * worst; the lease is six times that. Retries back off from 30 seconds, doubling to an hour, with full
 * jitter; after 20 attempts (about six and a half hours of trying, on average) a message is marked failed.
 */
export const OUTBOX_DEFAULTS = {
  batchSize: 10,
  timeoutMs: 10_000,
  leaseMs: 60_000,
  maxAttempts: 20,
  backoff: { baseMs: 30_000, maxMs: 60 * 60 * 1000 },
} as const;

export type OpenOutboxWorkerOptions = Partial<
  Pick<OutboxWorkerOptions, "batchSize" | "leaseMs" | "maxAttempts" | "backoff" | "now" | "random" | "log">
> & {
  /** The Notify client's timeout. */
  timeoutMs?: number;
  /** For tests: the fetch the Notify client uses. */
  fetch?: typeof fetch;
};

/**
 * The sender the environment asks for. Demo mode → demoSender (nothing leaves the machine, even with a
 * key set). A NOTIFY_API_KEY → GOV.UK Notify, which needs a template id for every template (a missing
 * one is a ConfigError at start-up). Neither → null: messages stay queued, and the worker says so
 * once. Production never gets here without a key: @portal/config refuses to start.
 */
export function senderFromEnv(env: Env, options: Pick<OpenOutboxWorkerOptions, "timeoutMs" | "fetch"> = {}) {
  if (env.DEMO_MODE) return demoSender();
  if (!env.NOTIFY_API_KEY) return null;
  const missing = TEMPLATE_NAMES.filter((name) => !env.NOTIFY_TEMPLATE_IDS[name]);
  if (missing.length) {
    throw new ConfigError(
      `Invalid configuration:\n- NOTIFY_TEMPLATE_IDS: give a GOV.UK Notify template id for ${missing.join(", ")}`,
    );
  }
  const client = createNotifyClient({
    baseUrl: env.NOTIFY_BASE_URL,
    apiKey: env.NOTIFY_API_KEY,
    timeoutMs: options.timeoutMs ?? OUTBOX_DEFAULTS.timeoutMs,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return notifySender(client, env.NOTIFY_TEMPLATE_IDS) satisfies OutboxSender;
}

/**
 * The outbox worker over the suite's database, configured from the environment. Run one per
 * deployment (the suite's main process): `worker.start(env.OUTBOX_POLL_SECONDS * 1000)`, and
 * `await worker.stop()` on shutdown. More than one is safe (claims are leased), only wasteful.
 */
export function openOutboxWorker(db: Db, env: Env, options: OpenOutboxWorkerOptions = {}): OutboxWorker {
  const timeoutMs = options.timeoutMs ?? OUTBOX_DEFAULTS.timeoutMs;
  const leaseMs = options.leaseMs ?? OUTBOX_DEFAULTS.leaseMs;
  if (leaseMs < 2 * timeoutMs) {
    throw new RangeError("Outbox worker: the lease must be at least twice the send timeout");
  }
  const store: IntakeStore = createSqliteIntakeStore(db);
  return createOutboxWorker({
    store,
    sender: senderFromEnv(env, { timeoutMs, ...(options.fetch ? { fetch: options.fetch } : {}) }),
    now: options.now ?? (() => new Date()),
    batchSize: options.batchSize ?? OUTBOX_DEFAULTS.batchSize,
    leaseMs,
    maxAttempts: options.maxAttempts ?? OUTBOX_DEFAULTS.maxAttempts,
    backoff: options.backoff ?? OUTBOX_DEFAULTS.backoff,
    ...(options.random ? { random: options.random } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
}
