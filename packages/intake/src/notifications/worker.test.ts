import { createHmac } from "node:crypto";
import { ConfigError } from "@portal/config";
import { delay, HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { OutboxMessageRecord } from "../store.ts";
import { at, testIntake } from "../test-support.ts";
import { type OpenOutboxWorkerOptions, openOutboxWorker } from "./open.ts";
import { demoSender, notifySender } from "./senders.ts";
import { enqueueEmail } from "./templates.ts";
import {
  notifyVars,
  queueReceipts,
  TEST_SECRET,
  TEST_SERVICE_ID,
  TEST_TEMPLATE_IDS,
} from "./test-support.ts";
import { createOutboxWorker, type OutboxLogEntry, retryDelayMs } from "./worker.ts";

const NOTIFY = "https://notify.test";
const EMAIL_URL = `${NOTIFY}/v2/notifications/email`;
const t0 = at("2026-11-02T10:00:00Z");
const BACKOFF = { baseMs: 1_000, maxMs: 60_000 };

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

let notificationCount = 0;
/** Notify's 201 answer, each with a fresh notification id. */
function accepted(reference: string) {
  notificationCount++;
  const id = `740e5834-3a29-46b4-9a6f-${String(notificationCount).padStart(12, "0")}`;
  return HttpResponse.json(
    {
      id,
      reference,
      content: {
        subject: "Referral received",
        body: "…",
        from_email: "council@notifications.service.gov.uk",
      },
      uri: `${NOTIFY}/v2/notifications/${id}`,
      template: { id: TEST_TEMPLATE_IDS.receipt, version: 1, uri: `${NOTIFY}/templates/x` },
      scheduled_for: null,
    },
    { status: 201 },
  );
}
const notifyError = (status: number, error: string, message: string) =>
  HttpResponse.json({ status_code: status, errors: [{ error, message }] }, { status });

/** What Notify was sent, in order. */
interface Received {
  reference: string;
  body: Record<string, unknown>;
  authorization: string | null;
}

/** A stand-in Notify whose answers are given in order (the last one repeats). */
function notifyAnswers(...answers: ((reference: string) => Response | Promise<Response>)[]) {
  const received: Received[] = [];
  server.use(
    http.post(EMAIL_URL, async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      const reference = String(body.reference);
      received.push({ reference, body, authorization: request.headers.get("authorization") });
      const answer = answers[Math.min(received.length - 1, answers.length - 1)];
      if (!answer) throw new Error("no answer");
      return answer(reference);
    }),
  );
  return received;
}

function harness(vars: Record<string, string> = notifyVars(NOTIFY), options: OpenOutboxWorkerOptions = {}) {
  const h = testIntake(vars);
  const clock = { now: t0 };
  const logs: OutboxLogEntry[] = [];
  const worker = openOutboxWorker(h.db, h.env, {
    now: () => clock.now,
    random: () => 0.5,
    timeoutMs: 100,
    leaseMs: 1_000,
    batchSize: 10,
    maxAttempts: 5,
    backoff: BACKOFF,
    log: (entry) => logs.push(entry),
    ...options,
  });
  const row = (id: string) => h.store.outbox.get(id) as OutboxMessageRecord;
  return { ...h, clock, logs, worker, row };
}

describe("the outbox worker with GOV.UK Notify", () => {
  it("sends a queued email with the configured template and records it sent, once", async () => {
    const received = notifyAnswers(accepted);
    const h = harness();
    const [id = ""] = queueReceipts(h.store, 1, t0);
    expect(await h.worker.runOnce()).toEqual({ claimed: 1, sent: 1, retried: 0, failed: 0 });
    expect(received).toHaveLength(1);
    expect(received[0]?.body).toEqual({
      template_id: TEST_TEMPLATE_IDS.receipt,
      email_address: "referrer1@example.org",
      personalisation: { reference: "CSC-2611-0001", link: "https://professionals.example.gov.uk/r/1" },
      reference: id,
    });
    // The token is signed with the key's secret and issued by its service (HS256, checked by hand).
    const [header = "", payload = "", signature = ""] =
      received[0]?.authorization?.replace(/^Bearer /, "").split(".") ?? [];
    expect(createHmac("sha256", TEST_SECRET).update(`${header}.${payload}`).digest("base64url")).toBe(
      signature,
    );
    expect(JSON.parse(Buffer.from(payload, "base64url").toString())).toMatchObject({ iss: TEST_SERVICE_ID });
    expect(h.row(id)).toMatchObject({
      status: "sent",
      attempts: 1,
      sentAt: t0,
      providerId: expect.stringMatching(/^740e5834-/),
      leaseUntil: null,
      lastError: null,
    });
    h.clock.now = at("2026-11-09T10:00:00Z");
    expect(await h.worker.runOnce()).toEqual({ claimed: 0, sent: 0, retried: 0, failed: 0 });
    expect(received).toHaveLength(1);
  });

  it("retries after a 429 and records one sent message after two attempts", async () => {
    const received = notifyAnswers(
      () =>
        notifyError(
          429,
          "RateLimitError",
          "Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds",
        ),
      accepted,
    );
    const h = harness();
    const [id = ""] = queueReceipts(h.store, 1, t0);
    expect(await h.worker.runOnce()).toMatchObject({ claimed: 1, retried: 1 });
    expect(h.row(id)).toMatchObject({
      status: "queued",
      attempts: 1,
      // random() = 0.5 of the first ceiling (baseMs)
      nextAttemptAt: new Date(t0.getTime() + 500),
      lastError: "RateLimitError: Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds",
    });
    // Not due yet: nothing is claimed.
    expect(await h.worker.runOnce()).toMatchObject({ claimed: 0 });
    h.clock.now = new Date(t0.getTime() + 500);
    expect(await h.worker.runOnce()).toMatchObject({ claimed: 1, sent: 1 });
    expect(h.row(id)).toMatchObject({ status: "sent", attempts: 2, lastError: null });
    expect(received.map((r) => r.reference)).toEqual([id, id]);
    expect(h.store.outbox.list({ status: "sent" })).toHaveLength(1);
  });

  it("backs off exponentially with full jitter after 500s: each retry is due within its window", async () => {
    const received = notifyAnswers(() => notifyError(500, "Exception", "Internal server error"));
    const h = harness(notifyVars(NOTIFY), { random: Math.random, maxAttempts: 6 });
    const [id = ""] = queueReceipts(h.store, 1, t0);
    for (let attempt = 1; attempt <= 5; attempt++) {
      const before = h.clock.now.getTime();
      expect(await h.worker.runOnce()).toMatchObject({ claimed: 1, retried: 1 });
      const message = h.row(id);
      const ceiling = Math.min(BACKOFF.maxMs, BACKOFF.baseMs * 2 ** (attempt - 1));
      expect(message.attempts).toBe(attempt);
      expect(message.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before);
      expect(message.nextAttemptAt.getTime()).toBeLessThan(before + ceiling);
      expect(message.lastError).toBe("Exception: Internal server error");
      h.clock.now = message.nextAttemptAt;
    }
    expect(received).toHaveLength(5);
  });

  it.each([
    [1, 0, 0],
    [1, 0.999, 999],
    [2, 0.5, 1_000],
    [3, 0.5, 2_000],
    [7, 0.999, 59_940],
    [30, 0.999, 59_940],
  ])("retryDelayMs after attempt %i with random %d is %i ms", (attempts, r, expected) => {
    expect(retryDelayMs(attempts, BACKOFF, () => r)).toBe(expected);
  });

  it("fails a message Notify refuses (400) with Notify's reason, and never sends it again", async () => {
    const received = notifyAnswers(() =>
      notifyError(400, "BadRequestError", "Can't send to this recipient using a team-only API key"),
    );
    const h = harness();
    const [id = ""] = queueReceipts(h.store, 1, t0);
    expect(await h.worker.runOnce()).toMatchObject({ claimed: 1, failed: 1 });
    expect(h.row(id)).toMatchObject({
      status: "failed",
      attempts: 1,
      sentAt: null,
      lastError: "BadRequestError: Can't send to this recipient using a team-only API key",
    });
    h.clock.now = at("2026-11-09T10:00:00Z");
    expect(await h.worker.runOnce()).toMatchObject({ claimed: 0 });
    expect(received).toHaveLength(1);
  });

  it("retries a send that times out, then records it sent", async () => {
    const received = notifyAnswers(async (reference) => {
      await delay(2_000);
      return accepted(reference);
    }, accepted);
    const h = harness();
    const [id = ""] = queueReceipts(h.store, 1, t0);
    expect(await h.worker.runOnce()).toMatchObject({ claimed: 1, retried: 1 });
    expect(h.row(id)).toMatchObject({
      status: "queued",
      lastError: "No answer from GOV.UK Notify within 100 ms",
    });
    h.clock.now = h.row(id).nextAttemptAt;
    expect(await h.worker.runOnce()).toMatchObject({ sent: 1 });
    expect(h.row(id)).toMatchObject({ status: "sent", attempts: 2 });
    expect(received).toHaveLength(2);
  });

  it("gives up after maxAttempts retryable failures", async () => {
    const received = notifyAnswers(() => notifyError(503, "ServiceUnavailable", "Try later"));
    const h = harness(notifyVars(NOTIFY), { maxAttempts: 3 });
    const [id = ""] = queueReceipts(h.store, 1, t0);
    for (let i = 0; i < 3; i++) {
      await h.worker.runOnce();
      h.clock.now = new Date(h.clock.now.getTime() + BACKOFF.maxMs);
    }
    expect(h.row(id)).toMatchObject({
      status: "failed",
      attempts: 3,
      lastError: "Gave up after 3 attempts: ServiceUnavailable: Try later",
    });
    expect(await h.worker.runOnce()).toMatchObject({ claimed: 0 });
    expect(received).toHaveLength(3);
  });

  it("fails, unsent, a message whose earlier claims never finished, once past maxAttempts", async () => {
    const received = notifyAnswers(accepted);
    const h = harness(notifyVars(NOTIFY), { maxAttempts: 2 });
    const [id = ""] = queueReceipts(h.store, 1, t0);
    // Two workers that claimed it and stopped before recording anything.
    h.store.outbox.claimDue(t0, 1, new Date(t0.getTime() + 1_000));
    h.store.outbox.claimDue(new Date(t0.getTime() + 1_000), 1, new Date(t0.getTime() + 2_000));
    h.clock.now = new Date(t0.getTime() + 2_000);
    expect(await h.worker.runOnce()).toMatchObject({ claimed: 1, failed: 1 });
    expect(h.row(id)).toMatchObject({
      status: "failed",
      attempts: 3,
      lastError: "Gave up: 2 attempts did not finish",
    });
    expect(received).toHaveLength(0);
  });

  it("sends a batch concurrently and records each outcome", async () => {
    const received = notifyAnswers((reference) =>
      reference === "message-02"
        ? notifyError(400, "ValidationError", "email_address Not a valid email address")
        : accepted(reference),
    );
    const h = harness();
    const ids = queueReceipts(h.store, 3, t0);
    expect(await h.worker.runOnce()).toEqual({ claimed: 3, sent: 2, retried: 0, failed: 1 });
    expect(ids.map((id) => h.row(id).status)).toEqual(["sent", "failed", "sent"]);
    expect(received).toHaveLength(3);
  });

  it("logs ids, templates, attempts and statuses, never addresses, personalisation or reasons", async () => {
    const tries = new Map<string, number>();
    notifyAnswers((reference) => {
      tries.set(reference, (tries.get(reference) ?? 0) + 1);
      if (reference === "message-02")
        return notifyError(400, "BadRequestError", "Can't send to this recipient");
      return tries.get(reference) === 1
        ? notifyError(429, "RateLimitError", "Exceeded rate limit")
        : accepted(reference);
    });
    const h = harness();
    const ids = queueReceipts(h.store, 2, t0);
    await h.worker.runOnce();
    h.clock.now = new Date(t0.getTime() + BACKOFF.maxMs);
    await h.worker.runOnce();
    const text = JSON.stringify(h.logs);
    expect(text).not.toMatch(/@example\.org|CSC-2611|professionals\.example|RateLimitError|recipient/);
    expect(h.logs).toEqual(
      expect.arrayContaining([
        {
          level: "warn",
          msg: "outbox message will be retried",
          id: ids[0],
          template: "receipt",
          attempts: 1,
          status: 429,
        },
        {
          level: "error",
          msg: "outbox message failed",
          id: ids[1],
          template: "receipt",
          attempts: 1,
          status: 400,
        },
        {
          level: "info",
          msg: "outbox message sent",
          id: ids[0],
          template: "receipt",
          attempts: 2,
          sender: "notify",
        },
      ]),
    );
    expect(h.logs).toHaveLength(3);
  });

  it("retries a message whose sender throws", async () => {
    const h = testIntake();
    const [id = ""] = queueReceipts(h.store, 1, t0);
    const worker = createOutboxWorker({
      store: h.store,
      sender: {
        name: "broken",
        send: () => Promise.reject(new TypeError("bug")),
      },
      now: () => t0,
      random: () => 0,
      batchSize: 5,
      leaseMs: 1_000,
      maxAttempts: 3,
      backoff: BACKOFF,
      log: () => {},
    });
    expect(await worker.runOnce()).toMatchObject({ retried: 1 });
    expect(h.store.outbox.get(id)).toMatchObject({
      status: "queued",
      lastError: "The broken sender failed (TypeError)",
    });
  });

  it("runs on an interval once started, and stops", async () => {
    notifyAnswers(accepted);
    const h = harness(notifyVars(NOTIFY), { now: () => new Date() });
    const ids = queueReceipts(h.store, 2, new Date());
    h.worker.start(10);
    h.worker.start(10); // a second start does nothing
    await expect.poll(() => ids.map((id) => h.row(id).status), { timeout: 5_000 }).toEqual(["sent", "sent"]);
    await h.worker.stop();
    enqueueEmail(h.store.outbox, {
      template: "outcome",
      recipient: "after@example.org",
      personalisation: { reference: "CSC-2611-0009", link: "https://professionals.example.gov.uk/r/9" },
      now: new Date(),
      id: "after-stop",
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(h.row("after-stop").status).toBe("queued");
  });
});

describe("choosing the sender", () => {
  it("sends nothing in demo mode, even with a key, and shows the message as sent without a provider id", async () => {
    // No Notify handlers: any request would fail the test (onUnhandledRequest: "error").
    const h = harness({ DEMO_MODE: "1", ...notifyVars(NOTIFY) });
    const [id = ""] = queueReceipts(h.store, 1, t0);
    expect(await h.worker.runOnce()).toMatchObject({ claimed: 1, sent: 1 });
    expect(h.row(id)).toMatchObject({ status: "sent", providerId: null, sentAt: t0 });
    expect(h.logs).toContainEqual(expect.objectContaining({ msg: "outbox message sent", sender: "demo" }));
  });

  it("leaves messages queued without a key outside demo mode, and says so once", async () => {
    const h = harness({});
    const [id = ""] = queueReceipts(h.store, 1, t0);
    await h.worker.runOnce();
    await h.worker.runOnce();
    expect(h.row(id)).toMatchObject({ status: "queued", attempts: 0 });
    expect(h.logs).toEqual([
      { level: "warn", msg: "no message sender is configured (NOTIFY_API_KEY): messages stay queued" },
    ]);
  });

  it("refuses to start with a key but a template without a Notify template id", () => {
    const vars = {
      ...notifyVars(NOTIFY),
      NOTIFY_TEMPLATE_IDS: JSON.stringify({ receipt: TEST_TEMPLATE_IDS.receipt }),
    };
    expect(() => harness(vars)).toThrow(ConfigError);
    expect(() => harness(vars)).toThrow(
      /NOTIFY_TEMPLATE_IDS: give a GOV.UK Notify template id for question, outcome/,
    );
  });

  it("refuses a lease shorter than twice the send timeout", () => {
    expect(() => harness(notifyVars(NOTIFY), { timeoutMs: 1_000, leaseMs: 1_500 })).toThrow(/lease/);
  });

  it("notifySender sends text messages to the phone number and refuses a template it has no id for", async () => {
    const calls: unknown[] = [];
    const client = {
      sendEmail: async () => ({ ok: true as const, id: "e", reference: null }),
      sendSms: async (request: unknown) => {
        calls.push(request);
        return { ok: true as const, id: "sms-1", reference: null };
      },
    };
    const sender = notifySender(client, { alert: "00000000-0000-4000-8000-00000000000a" });
    const base: OutboxMessageRecord = {
      id: "m-1",
      channel: "sms",
      template: "alert",
      recipient: "07700900123",
      personalisation: { reference: "CSC-1" },
      createdAt: t0,
      status: "sending",
      attempts: 1,
      nextAttemptAt: t0,
      leaseUntil: t0,
      sentAt: null,
      providerId: null,
      lastError: null,
    };
    expect(await sender.send(base)).toEqual({ ok: true, providerId: "sms-1" });
    expect(calls).toEqual([
      {
        templateId: "00000000-0000-4000-8000-00000000000a",
        phoneNumber: "07700900123",
        personalisation: { reference: "CSC-1" },
        reference: "m-1",
      },
    ]);
    expect(await sender.send({ ...base, template: "toString" })).toMatchObject({ ok: false, retry: false });
    expect(await demoSender().send(base)).toEqual({ ok: true, providerId: null });
  });
});
