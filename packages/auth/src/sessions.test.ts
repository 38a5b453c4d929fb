import { parseEnv } from "@portal/config";
import { type Db, eq, schema } from "@portal/db";
import { beforeEach, describe, expect, it } from "vitest";
import type { ClaimedUser } from "./claims.ts";
import { createPortalAuth, type PortalAuth } from "./portal-auth.ts";
import { createSession, deleteSessionsForLogout, hashSessionToken, TOUCH_INTERVAL_MS } from "./sessions.ts";
import { migratedDatabase } from "./testing/database.ts";

const MINUTE = 60_000;
const start = new Date("2026-03-02T09:00:00Z");

const manager: ClaimedUser = {
  subject: "user-manager",
  email: "mash.manager@council.example.org",
  name: "Morgan Manager",
  organisation: "Council children's services",
  organisationType: "local-authority",
  roles: ["mash:manager"],
};

let db: Db;
let clock: Date;
let auth: PortalAuth;

function at(minutes: number) {
  clock = new Date(start.getTime() + minutes * MINUTE);
}

function signedIn(user: ClaimedUser = manager, portal: "mash" | "lado" = "mash", sid = "issuer-session-1") {
  return createSession(db, {
    portal,
    user,
    authenticatedAt: clock,
    issuerSessionId: sid,
    idToken: "header.payload.signature",
    now: clock,
  });
}

function request(cookie: string | null, path = "/queue?status=new") {
  return new Request(`http://localhost:3003${path}`, cookie === null ? {} : { headers: { Cookie: cookie } });
}

function storedRow(token: string) {
  return db
    .select()
    .from(schema.portalSessions)
    .where(eq(schema.portalSessions.id, hashSessionToken(token)))
    .get();
}

async function thrown(promise: Promise<unknown>): Promise<Response> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
  throw new Error("expected a Response to be thrown");
}

beforeEach(() => {
  db = migratedDatabase();
  clock = start;
  auth = createPortalAuth({
    portal: "mash",
    env: parseEnv({ NODE_ENV: "test" }),
    db,
    now: () => clock,
    log: () => {},
  });
});

describe("getUser", () => {
  it("returns the signed-in user, with the stored id rather than the cookie's token", async () => {
    const token = signedIn();
    const user = await auth.getUser(request(`mash_session=${token}`));
    expect(user).toEqual({ sessionId: hashSessionToken(token), ...manager, authenticatedAt: start });
    expect(user?.sessionId).not.toBe(token);
  });

  it("stores only a hash of the token", () => {
    const token = signedIn();
    const rows = db.select().from(schema.portalSessions).all();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("makes tokens of at least 128 random bits that never repeat", () => {
    const tokens = new Set(Array.from({ length: 50 }, () => signedIn()));
    expect(tokens.size).toBe(50);
    for (const token of tokens) expect(Buffer.from(token, "base64url").length).toBeGreaterThanOrEqual(16);
  });

  it.each([
    ["no cookie", () => null],
    ["an unknown token of the right shape", () => `mash_session=${"A".repeat(43)}`],
    ["a malformed token", () => "mash_session=not-a-token"],
    [
      "a tampered token",
      () => {
        const token = signedIn();
        const last = token.at(-1) === "A" ? "B" : "A";
        return `mash_session=${token.slice(0, -1)}${last}`;
      },
    ],
    ["the token under another portal's cookie name", () => `lado_session=${signedIn()}`],
    ["another portal's session", () => `mash_session=${signedIn(manager, "lado")}`],
  ])("is null for %s", async (_label, cookie) => {
    expect(await auth.getUser(request(cookie()))).toBeNull();
  });

  it("keeps when they last gave their password, and null when the issuer did not say", async () => {
    const authenticatedAt = new Date("2026-03-02T08:58:30Z");
    const known = createSession(db, {
      portal: "mash",
      user: manager,
      authenticatedAt,
      issuerSessionId: null,
      idToken: "h.p.s",
      now: clock,
    });
    expect((await auth.getUser(request(`mash_session=${known}`)))?.authenticatedAt).toEqual(authenticatedAt);
    const unknown = createSession(db, {
      portal: "mash",
      user: manager,
      authenticatedAt: null,
      issuerSessionId: null,
      idToken: "h.p.s",
      now: clock,
    });
    expect((await auth.getUser(request(`mash_session=${unknown}`)))?.authenticatedAt).toBeNull();
  });

  it("reads a session stored before authenticatedAt was kept as not known (null)", async () => {
    const token = signedIn();
    // The user JSON exactly as older releases wrote it: the claims and nothing else.
    db.update(schema.portalSessions)
      .set({ user: { ...manager } })
      .where(eq(schema.portalSessions.id, hashSessionToken(token)))
      .run();
    expect(await auth.getUser(request(`mash_session=${token}`))).toEqual({
      sessionId: hashSessionToken(token),
      ...manager,
      authenticatedAt: null,
    });
  });

  it("drops roles the suite no longer has", async () => {
    const token = signedIn({ ...manager, roles: ["mash:manager", "retired:role" as never] });
    expect((await auth.getUser(request(`mash_session=${token}`)))?.roles).toEqual(["mash:manager"]);
  });
});

describe("session expiry", () => {
  it("survives 29 idle minutes", async () => {
    const token = signedIn();
    at(29);
    expect(await auth.getUser(request(`mash_session=${token}`))).not.toBeNull();
  });

  it("ends after 31 idle minutes and deletes the row", async () => {
    const token = signedIn();
    at(31);
    expect(await auth.getUser(request(`mash_session=${token}`))).toBeNull();
    expect(storedRow(token)).toBeUndefined();
  });

  it("counts idle time from the last request, not from sign-in", async () => {
    const token = signedIn();
    at(29);
    await auth.getUser(request(`mash_session=${token}`));
    at(58);
    expect(await auth.getUser(request(`mash_session=${token}`))).not.toBeNull();
    at(89);
    expect(await auth.getUser(request(`mash_session=${token}`))).toBeNull();
  });

  it("ends at 12 hours however busy the person is", async () => {
    const token = signedIn();
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      at(minutes);
      expect(await auth.getUser(request(`mash_session=${token}`)), `at ${minutes} minutes`).not.toBeNull();
    }
    at(12 * 60);
    expect(await auth.getUser(request(`mash_session=${token}`))).toBeNull();
    expect(storedRow(token)).toBeUndefined();
  });

  it("follows SESSION_IDLE_MINUTES and SESSION_ABSOLUTE_HOURS", async () => {
    const strict = createPortalAuth({
      portal: "mash",
      env: parseEnv({ NODE_ENV: "test", SESSION_IDLE_MINUTES: "5", SESSION_ABSOLUTE_HOURS: "1" }),
      db,
      now: () => clock,
      log: () => {},
    });
    const token = signedIn();
    at(4);
    expect(await strict.getUser(request(`mash_session=${token}`))).not.toBeNull();
    at(10);
    expect(await strict.getUser(request(`mash_session=${token}`))).toBeNull();
  });

  it("writes last-seen at most once a minute", async () => {
    const token = signedIn();
    clock = new Date(start.getTime() + TOUCH_INTERVAL_MS - 1);
    await auth.getUser(request(`mash_session=${token}`));
    expect(storedRow(token)?.lastSeenAt).toEqual(start);
    clock = new Date(start.getTime() + TOUCH_INTERVAL_MS);
    await auth.getUser(request(`mash_session=${token}`));
    expect(storedRow(token)?.lastSeenAt).toEqual(clock);
  });
});

describe("requireUser and requireRole", () => {
  it("sends someone who is not signed in to sign in, remembering the page", async () => {
    const response = await thrown(auth.requireUser(request(null, "/items/abc?tab=notes")));
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(
      `/auth/sign-in?returnTo=${encodeURIComponent("/items/abc?tab=notes")}`,
    );
  });

  it("remembers the page, not React Router's data URL", async () => {
    const response = await thrown(
      auth.requireUser(request(null, "/queue.data?status=new&_routes=routes%2Fqueue")),
    );
    expect(response.headers.get("Location")).toBe(
      `/auth/sign-in?returnTo=${encodeURIComponent("/queue?status=new")}`,
    );
    const root = await thrown(auth.requireUser(request(null, "/_root.data")));
    expect(root.headers.get("Location")).toBe(`/auth/sign-in?returnTo=${encodeURIComponent("/")}`);
  });

  it("returns the user who has one of the roles", async () => {
    const token = signedIn();
    const user = await auth.requireRole(request(`mash_session=${token}`), [
      "mash:practitioner",
      "mash:manager",
    ]);
    expect(user.subject).toBe(manager.subject);
  });

  it("answers 403 to a signed-in user without any of the roles", async () => {
    const token = signedIn({ ...manager, roles: ["professional"] });
    const response = await thrown(auth.requireRole(request(`mash_session=${token}`), ["mash:manager"]));
    expect(response.status).toBe(403);
    expect(await response.text()).toBe("You do not have access to this service");
  });

  it("sends someone not signed in to sign in before checking roles", async () => {
    const response = await thrown(auth.requireRole(request(null), ["mash:manager"]));
    expect(response.status).toBe(302);
  });
});

describe("deleteSessionsForLogout", () => {
  it("ends the sessions of one issuer session at one portal", () => {
    const a = signedIn(manager, "mash", "sid-a");
    const b = signedIn(manager, "mash", "sid-b");
    const elsewhere = signedIn(manager, "lado", "sid-a");
    expect(deleteSessionsForLogout(db, "mash", { sid: "sid-a", sub: manager.subject })).toBe(1);
    expect(storedRow(a)).toBeUndefined();
    expect(storedRow(b)).toBeDefined();
    expect(storedRow(elsewhere)).toBeDefined();
  });

  it("ends every session of a subject when no sid is given", () => {
    signedIn(manager, "mash", "sid-a");
    signedIn(manager, "mash", "sid-b");
    const other = signedIn({ ...manager, subject: "someone-else" }, "mash", "sid-c");
    expect(deleteSessionsForLogout(db, "mash", { sub: manager.subject })).toBe(2);
    expect(storedRow(other)).toBeDefined();
  });

  it("refuses to run without a sid or sub rather than ending everyone's session", () => {
    signedIn();
    expect(() => deleteSessionsForLogout(db, "mash", {})).toThrow();
    expect(db.select().from(schema.portalSessions).all()).toHaveLength(1);
  });
});
