import type { OutboxMessageRecord, OutboxRepository } from "../store.ts";
import type { OutboxSender, OutboxSendResult } from "./senders.ts";

/**
 * The outbox worker: claims due messages, hands each to the sender, and records what happened.
 *
 * Delivery is AT LEAST ONCE. A message is recorded "sent" only after the provider accepted it. If the
 * process stops between the provider accepting and `markSent` (a crash, a kill, a power cut), the
 * message stays "sending" until its lease passes and is then claimed and sent again: the recipient may
 * get it twice. That is the accepted trade-off; the other order (record, then send) could lose it.
 * A message recorded "sent" is never sent again, and `markSent` records it once.
 *
 * The lease must outlast a send: a batch is sent concurrently, so `leaseMs` should be well above the
 * client's timeout, or a slow send could be claimed by another worker while still in flight.
 *
 * Logs carry only message ids, template names, attempt counts and HTTP statuses: never addresses,
 * personalisation or the provider's reasons (those are kept in the row's `last_error`).
 */

export interface OutboxBackoff {
  /** Ceiling of the first retry's delay; it doubles with each attempt… */
  baseMs: number;
  /** …up to this ceiling. The delay is drawn uniformly below the ceiling ("full jitter"). */
  maxMs: number;
}

export interface OutboxLogEntry {
  level: "info" | "warn" | "error";
  msg: string;
  id?: string;
  template?: string;
  attempts?: number;
  status?: number | null;
  sender?: string;
  count?: number;
  /** An error's name or code only. */
  error?: string;
}

export interface OutboxWorkerOptions {
  store: { outbox: Pick<OutboxRepository, "claimDue" | "markSent" | "reschedule" | "markFailed"> };
  /** Null when none is configured: the worker leaves messages queued and says so once. */
  sender: OutboxSender | null;
  now: () => Date;
  /** Uniform in [0, 1); Math.random by default. */
  random?: () => number;
  /** Most messages claimed (and sent concurrently) per run. */
  batchSize: number;
  /** How long a claim holds a message. */
  leaseMs: number;
  /** Attempts before a retryable failure becomes "failed". */
  maxAttempts: number;
  backoff: OutboxBackoff;
  log?: (entry: OutboxLogEntry) => void;
}

export interface OutboxRunSummary {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
}

/** The delay before retry number `attempts` (1 = after the first attempt): full jitter, capped. */
export function retryDelayMs(attempts: number, backoff: OutboxBackoff, random: () => number): number {
  const ceiling = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.floor(random() * ceiling);
}

const jsonLog = (entry: OutboxLogEntry) => console.log(JSON.stringify(entry));

function errorName(error: unknown): string {
  if (error && typeof error === "object" && "code" in error && typeof error.code === "string")
    return error.code;
  return error instanceof Error ? error.name : "unknown";
}

export function createOutboxWorker(options: OutboxWorkerOptions) {
  const { store, sender, now, batchSize, leaseMs, maxAttempts, backoff } = options;
  const random = options.random ?? Math.random;
  const log = options.log ?? jsonLog;
  if (
    batchSize < 1 ||
    leaseMs <= 0 ||
    maxAttempts < 1 ||
    backoff.baseMs < 0 ||
    backoff.maxMs < backoff.baseMs
  ) {
    throw new RangeError(
      "Outbox worker: batchSize, leaseMs and maxAttempts must be positive, maxMs ≥ baseMs",
    );
  }
  let saidIdle = false;
  let running = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<OutboxRunSummary> | undefined;

  async function attempt(message: OutboxMessageRecord): Promise<OutboxSendResult> {
    if (!sender) throw new Error("unreachable: no sender");
    try {
      return await sender.send(message);
    } catch (error) {
      // A sender should never throw; if one does, the message is not lost, only retried.
      return {
        ok: false,
        retry: true,
        status: null,
        reason: `The ${sender.name} sender failed (${errorName(error)})`,
      };
    }
  }

  async function deliver(message: OutboxMessageRecord): Promise<keyof Omit<OutboxRunSummary, "claimed">> {
    const about = { id: message.id, template: message.template, attempts: message.attempts };
    if (message.attempts > maxAttempts) {
      // Earlier claims never finished (the worker stopped each time): stop trying rather than loop.
      store.outbox.markFailed(message.id, `Gave up: ${message.attempts - 1} attempts did not finish`);
      log({ level: "error", msg: "outbox message failed", ...about, status: null });
      return "failed";
    }
    const result = await attempt(message);
    const at = now();
    if (result.ok) {
      const recorded = store.outbox.markSent(message.id, at, result.providerId);
      log({
        level: "info",
        msg: recorded ? "outbox message sent" : "outbox message sent again (already recorded sent)",
        ...about,
        sender: sender?.name ?? "none",
      });
      return "sent";
    }
    if (result.retry && message.attempts < maxAttempts) {
      const next = new Date(at.getTime() + retryDelayMs(message.attempts, backoff, random));
      store.outbox.reschedule(message.id, next, result.reason);
      log({ level: "warn", msg: "outbox message will be retried", ...about, status: result.status });
      return "retried";
    }
    const reason = result.retry
      ? `Gave up after ${message.attempts} attempts: ${result.reason}`
      : result.reason;
    store.outbox.markFailed(message.id, reason);
    log({ level: "error", msg: "outbox message failed", ...about, status: result.status });
    return "failed";
  }

  const worker = {
    /** One pass: claim up to batchSize due messages, send them, record each outcome. */
    async runOnce(): Promise<OutboxRunSummary> {
      const summary: OutboxRunSummary = { claimed: 0, sent: 0, retried: 0, failed: 0 };
      if (!sender) {
        if (!saidIdle) {
          log({
            level: "warn",
            msg: "no message sender is configured (NOTIFY_API_KEY): messages stay queued",
          });
          saidIdle = true;
        }
        return summary;
      }
      const start = now();
      const claimed = store.outbox.claimDue(start, batchSize, new Date(start.getTime() + leaseMs));
      summary.claimed = claimed.length;
      for (const outcome of await Promise.all(claimed.map(deliver))) summary[outcome]++;
      return summary;
    },

    /**
     * Runs now and then every `intervalMs` after each run ends (never two runs at once); straight
     * away again while runs come back full, to drain a backlog.
     */
    start(intervalMs: number): void {
      if (running) return;
      running = true;
      const tick = async () => {
        let full = false;
        try {
          inFlight = worker.runOnce();
          full = (await inFlight).claimed >= batchSize;
        } catch (error) {
          log({ level: "error", msg: "outbox run failed", error: errorName(error) });
        } finally {
          inFlight = undefined;
        }
        if (running) timer = setTimeout(tick, full ? 0 : intervalMs);
      };
      timer = setTimeout(tick, 0);
    },

    /** Stops polling and waits for a run in progress to finish recording. */
    async stop(): Promise<void> {
      running = false;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await inFlight?.catch(() => undefined);
    },
  };
  return worker;
}

export type OutboxWorker = ReturnType<typeof createOutboxWorker>;
