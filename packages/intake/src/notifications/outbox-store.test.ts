import { createSqliteIntakeStore, openDatabase } from "@portal/db";
import { describe, expect, it } from "vitest";
import { at, testIntake } from "../test-support.ts";
import { spawnOutboxProcess } from "./spawn.test-support.ts";
import { enqueueEmail } from "./templates.ts";
import { queueReceipts } from "./test-support.ts";

const t0 = at("2026-11-02T10:00:00Z");
const plus = (ms: number, from = t0) => new Date(from.getTime() + ms);
const LEASE = 60_000;

describe("the outbox repository (SQLite)", () => {
  it("claims due messages oldest first, up to the limit, as sending under a lease with one more attempt", () => {
    const { store } = testIntake();
    const ids = queueReceipts(store, 3, t0);
    store.durably(() =>
      enqueueEmail(store.outbox, {
        template: "draft-saved",
        recipient: "later@example.org",
        personalisation: { link: "https://public.example.gov.uk/resume/x", expires: "2026-12-02" },
        now: plus(1),
        id: "not-due-yet",
      }),
    );
    const claimed = store.outbox.claimDue(t0, 2, plus(LEASE));
    expect(claimed.map((m) => m.id)).toEqual(ids.slice(0, 2));
    for (const message of claimed) {
      expect(message).toMatchObject({ status: "sending", attempts: 1, leaseUntil: plus(LEASE) });
    }
    expect(store.outbox.claimDue(t0, 10, plus(LEASE)).map((m) => m.id)).toEqual([ids[2]]);
    expect(store.outbox.claimDue(t0, 10, plus(LEASE))).toEqual([]);
    expect(store.outbox.get("not-due-yet")?.status).toBe("queued");
  });

  it("never hands out a message while its lease holds, and hands it out again once the lease has passed", () => {
    const { store } = testIntake();
    const [id] = queueReceipts(store, 1, t0);
    expect(store.outbox.claimDue(t0, 10, plus(LEASE))).toHaveLength(1);
    expect(store.outbox.claimDue(plus(LEASE - 1), 10, plus(2 * LEASE))).toEqual([]);
    const again = store.outbox.claimDue(plus(LEASE), 10, plus(2 * LEASE));
    expect(again.map((m) => [m.id, m.attempts, m.leaseUntil])).toEqual([[id, 2, plus(2 * LEASE)]]);
  });

  it("gives two connections to the same file disjoint claims", () => {
    const h = testIntake();
    const other = createSqliteIntakeStore(openDatabase(h.databasePath));
    const ids = queueReceipts(h.store, 5, t0);
    const a = h.store.outbox.claimDue(t0, 3, plus(LEASE)).map((m) => m.id);
    const b = other.outbox.claimDue(t0, 3, plus(LEASE)).map((m) => m.id);
    expect(a).toHaveLength(3);
    expect(b).toHaveLength(2);
    expect([...a, ...b].sort()).toEqual(ids);
    expect(other.outbox.claimDue(t0, 3, plus(LEASE))).toEqual([]);
  });

  it("gives workers racing in separate processes disjoint claims that cover every message", async () => {
    const h = testIntake();
    const ids = queueReceipts(h.store, 40, new Date());
    // Hold the write lock so every process is waiting at the door, then let them race.
    const gate = openDatabase(h.databasePath);
    gate.$client.exec("BEGIN IMMEDIATE");
    const workers = Array.from({ length: 4 }, () =>
      spawnOutboxProcess(["claim", h.databasePath, String(LEASE), "3"]),
    );
    try {
      await Promise.all(workers.map((w) => w.ready));
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      gate.$client.exec("COMMIT");
    }
    const results = await Promise.all(workers.map((w) => w.exited));
    for (const r of results) expect(r.code, r.err).toBe(0);
    const claimed = results.flatMap((r) => JSON.parse(r.out.split("\n")[1] ?? "[]") as string[]);
    expect(claimed).toHaveLength(ids.length);
    expect(new Set(claimed).size).toBe(ids.length);
    expect([...claimed].sort()).toEqual(ids);
  }, 30_000);

  it("records a message sent exactly once, and never takes it back", () => {
    const { store } = testIntake();
    const [id = ""] = queueReceipts(store, 1, t0);
    store.outbox.claimDue(t0, 1, plus(LEASE));
    expect(store.outbox.markSent(id, plus(5), "notify-1")).toBe(true);
    expect(store.outbox.markSent(id, plus(9), "notify-2")).toBe(false);
    expect(store.outbox.reschedule(id, plus(10), "late retry")).toBe(false);
    expect(store.outbox.markFailed(id, "late failure")).toBe(false);
    expect(store.outbox.get(id)).toMatchObject({
      status: "sent",
      sentAt: plus(5),
      providerId: "notify-1",
      leaseUntil: null,
      lastError: null,
    });
    expect(store.outbox.claimDue(plus(LEASE * 10), 10, plus(LEASE * 11))).toEqual([]);
  });

  it("reschedules only a claimed message, and fails one that is queued or claimed", () => {
    const { store } = testIntake();
    const [a = "", b = ""] = queueReceipts(store, 2, t0);
    expect(store.outbox.reschedule(a, plus(1000), "not claimed")).toBe(false);
    store.outbox.claimDue(t0, 1, plus(LEASE));
    expect(store.outbox.reschedule(a, plus(1000), "RateLimitError: slow down")).toBe(true);
    expect(store.outbox.get(a)).toMatchObject({
      status: "queued",
      nextAttemptAt: plus(1000),
      leaseUntil: null,
      lastError: "RateLimitError: slow down",
      attempts: 1,
    });
    expect(store.outbox.markFailed(b, "BadRequestError: no")).toBe(true);
    expect(store.outbox.markFailed(b, "again")).toBe(false);
    expect(store.outbox.get(b)).toMatchObject({ status: "failed", lastError: "BadRequestError: no" });
  });

  it("lists newest first, by status, up to a limit", () => {
    const { store } = testIntake();
    const ids = queueReceipts(store, 4, t0);
    store.outbox.claimDue(t0, 1, plus(LEASE));
    store.outbox.markSent(ids[0] ?? "", t0, "n-1");
    expect(store.outbox.list().map((m) => m.id)).toEqual([...ids].reverse());
    expect(store.outbox.list({ limit: 2 }).map((m) => m.id)).toEqual([ids[3], ids[2]]);
    expect(store.outbox.list({ status: "sent" }).map((m) => m.id)).toEqual([ids[0]]);
    expect(store.outbox.list({ status: "queued", limit: 1 }).map((m) => m.id)).toEqual([ids[3]]);
  });
});
