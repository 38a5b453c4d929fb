import { randomUUID } from "node:crypto";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { parseEnv } from "@portal/config";
import { afterEach, describe, expect, it } from "vitest";
import { testIntake } from "../test-support.ts";
import { openOutboxWorker } from "./open.ts";
import { type OutboxProcess, spawnOutboxProcess } from "./spawn.test-support.ts";
import { notifyVars, queueReceipts } from "./test-support.ts";

/**
 * A stand-in GOV.UK Notify on a local port (no msw: the worker under test runs in another process).
 * It counts what it is asked to send, by reference. The `hangOn`-th request is taken (counted, as
 * Notify would have taken it) but never answered, and `onHang` is called.
 */
function fakeNotify(options: { hangOn: number; onHang: () => void }) {
  const received: string[] = [];
  const hung: ServerResponse[] = [];
  const server: Server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      const { reference } = JSON.parse(body) as { reference: string };
      received.push(reference);
      if (received.length === options.hangOn) {
        hung.push(response);
        options.onHang();
        return;
      }
      response.writeHead(201, { "Content-Type": "application/json" });
      const id = randomUUID();
      response.end(
        JSON.stringify({
          id,
          reference,
          content: {
            subject: "Referral received",
            body: "…",
            from_email: "council@notifications.service.gov.uk",
          },
          uri: `/v2/notifications/${id}`,
          template: { id: randomUUID(), version: 1, uri: "/templates/receipt" },
          scheduled_for: null,
        }),
      );
    });
  });
  return {
    received,
    count: (reference: string) => received.filter((r) => r === reference).length,
    listen: () =>
      new Promise<string>((resolve) =>
        server.listen(0, "127.0.0.1", () =>
          resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
        ),
      ),
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of hung) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const children: OutboxProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.child.exitCode === null) c.child.kill("SIGKILL");
});

describe("the outbox worker stopping mid-send", () => {
  it("never sends again what was recorded sent, and loses nothing: the restarted worker sends the rest", async () => {
    const LEASE = 4_000;
    const h = testIntake();
    const ids = queueReceipts(h.store, 5, new Date());
    let worker: OutboxProcess | undefined;
    let signalHung: () => void = () => {};
    const hungNow = new Promise<void>((resolve) => {
      signalHung = resolve;
    });
    const notify = fakeNotify({
      hangOn: 3,
      onHang: () => {
        // The third message is with Notify but the worker has not heard back: kill it now.
        worker?.child.kill("SIGKILL");
        signalHung();
      },
    });
    const baseUrl = await notify.listen();
    try {
      worker = spawnOutboxProcess(["send", h.databasePath, baseUrl, String(LEASE)]);
      children.push(worker);
      await hungNow;
      const exit = await worker.exited;
      expect(exit.signal).toBe("SIGKILL");

      // What the killed worker left: two recorded sent, one claimed mid-send, two still queued.
      const status = (id: string) => h.store.outbox.get(id)?.status;
      const sentBefore = ids.filter((id) => status(id) === "sent");
      const inFlight = ids.filter((id) => status(id) === "sending");
      expect(sentBefore).toEqual(ids.slice(0, 2));
      expect(inFlight).toEqual([ids[2]]);
      expect(notify.received).toEqual(ids.slice(0, 3));

      // A worker restarted straight away leaves the claimed message alone while its lease holds…
      const env = parseEnv({ NODE_ENV: "test", DATABASE_PATH: h.databasePath, ...notifyVars(baseUrl) });
      const clock = { now: new Date() };
      const restarted = openOutboxWorker(h.db, env, {
        now: () => clock.now,
        leaseMs: LEASE,
        timeoutMs: LEASE / 2,
        log: () => {},
      });
      expect(await restarted.runOnce()).toMatchObject({ claimed: 2, sent: 2 });
      expect(status(ids[2] ?? "")).toBe("sending");

      // …and sends it once the lease has passed.
      clock.now = new Date(Date.now() + LEASE + 1);
      expect(await restarted.runOnce()).toMatchObject({ claimed: 1, sent: 1 });
      expect(await restarted.runOnce()).toMatchObject({ claimed: 0 });

      // Nothing lost: every message is recorded sent, once.
      expect(ids.map(status)).toEqual(["sent", "sent", "sent", "sent", "sent"]);
      expect(h.store.outbox.list({ status: "sent" })).toHaveLength(5);
      // Nothing recorded sent was sent again.
      for (const id of sentBefore) expect(notify.count(id)).toBe(1);
      // The message cut off mid-send went twice: at least once, never lost (see worker.ts).
      expect(notify.count(ids[2] ?? "")).toBe(2);
      expect(h.store.outbox.get(ids[2] ?? "")?.attempts).toBe(2);
      for (const id of ids.slice(3)) expect(notify.count(id)).toBe(1);
    } finally {
      await notify.close();
    }
  }, 30_000);
});
