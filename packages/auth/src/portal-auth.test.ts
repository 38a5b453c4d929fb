import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Env, parseEnv } from "@portal/config";
import { type Db, eq, schema } from "@portal/db";
import { DEMO_PASSWORD, demoPersonas, seedDemoPersonas, startIdentityServer } from "@portal/identity";
import { generateKeyPair, SignJWT } from "jose";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { BACKCHANNEL_LOGOUT_EVENT } from "./backchannel.ts";
import { type AuthLogLine, createPortalAuth, type PortalAuth } from "./portal-auth.ts";
import { hashSessionToken } from "./sessions.ts";
import { type Navigation, readForm, TestBrowser } from "./testing/browser.ts";
import { migratedDatabase } from "./testing/database.ts";
import { type PortalServer, startPortalServer } from "./testing/portal-server.ts";

const MANAGER = "mash.manager@council.example.org";
const LADO_OFFICER = "lado@council.example.org";

let directory: string;
let db: Db;
let env: Env;
let issuer: { url: string; close(): Promise<void> };
let mashServer: PortalServer;
let ladoServer: PortalServer;
let mash: PortalAuth;
let lado: PortalAuth;
const logged: AuthLogLine[] = [];

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), "portal-auth-"));
  db = migratedDatabase(join(directory, "portal.db"));
  await seedDemoPersonas(db);
  // The portals listen first: the issuer registers their callback and logout URLs at start-up.
  mashServer = await startPortalServer();
  ladoServer = await startPortalServer();
  const started = await startIdentityServer({
    db,
    env: parseEnv({ NODE_ENV: "test", MASH_URL: mashServer.url, LADO_URL: ladoServer.url }),
    log: () => {},
  });
  issuer = started;
  env = started.env;
  const log = (line: AuthLogLine) => logged.push(line);
  mash = createPortalAuth({ portal: "mash", env, db, log });
  lado = createPortalAuth({ portal: "lado", env, db, log });
  mashServer.mount(mash);
  ladoServer.mount(lado);
});

afterAll(async () => {
  await Promise.all([issuer?.close(), mashServer?.close(), ladoServer?.close()]);
  db?.$client.close();
  rmSync(directory, { recursive: true, force: true });
});

const isCallback = (url: URL) => url.pathname === "/auth/callback";

/**
 * Starts signing in at a portal and, if the issuer shows its sign-in page, fills it in as the
 * persona. Stops before the callback when asked, so the test can decide what to do with it.
 */
async function signIn(
  browser: TestBrowser,
  portal: PortalServer,
  email: string,
  options: { stopBeforeCallback?: boolean; returnTo?: string } = {},
): Promise<Navigation> {
  const stop = options.stopBeforeCallback ? isCallback : undefined;
  const start = `${portal.url}/auth/sign-in?returnTo=${encodeURIComponent(options.returnTo ?? "/whoami")}`;
  const toIssuer = await browser.navigate(start, {}, stop);
  if (toIssuer.stoppedBefore || !toIssuer.final.url.startsWith(issuer.url)) return toIssuer;
  const page = toIssuer.final;
  expect(page.response.status).toBe(200);
  const form = readForm(await page.response.text(), page.url);
  return browser.navigate(
    form.action,
    { method: "POST", form: { email, password: DEMO_PASSWORD }, from: page.url },
    stop,
  );
}

/** Signs in at the issuer and returns the callback URL it sends the browser to, unvisited. */
async function callbackUrl(browser: TestBrowser, portal: PortalServer, email: string): Promise<string> {
  const { stoppedBefore } = await signIn(browser, portal, email, { stopBeforeCallback: true });
  if (!stoppedBefore) throw new Error("The issuer did not send the browser back to the callback");
  return stoppedBefore;
}

async function whoami(browser: TestBrowser, portal: PortalServer) {
  return (await (await browser.request(`${portal.url}/whoami`)).json()) as { email: string } | null;
}

function sessionRow(browser: TestBrowser, portal: PortalServer, portalName: "mash" | "lado") {
  const token = browser.cookie(portal.url, `${portalName}_session`);
  if (!token) return undefined;
  return db
    .select()
    .from(schema.portalSessions)
    .where(eq(schema.portalSessions.id, hashSessionToken(token)))
    .get();
}

/** The ID token's payload, read without checking (the callback already did). */
function idTokenPayload(idToken: string | undefined): Record<string, unknown> {
  return JSON.parse(Buffer.from((idToken ?? "").split(".")[1] ?? "", "base64url").toString("utf8"));
}

function lastRefusal(): string | undefined {
  return logged.filter((line) => line.level === "warn").at(-1)?.reason;
}

describe("signing in against the real issuer", () => {
  it("goes to the issuer with PKCE, state and nonce, and binds the state to this browser", async () => {
    const browser = new TestBrowser();
    const response = await browser.request(`${mashServer.url}/auth/sign-in?returnTo=%2Fqueue`);
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get("Location") ?? "");
    expect(location.origin).toBe(issuer.url);
    const query = location.searchParams;
    expect(query.get("client_id")).toBe("suite-mash");
    expect(query.get("redirect_uri")).toBe(`${mashServer.url}/auth/callback`);
    expect(query.get("response_type")).toBe("code");
    expect(query.get("scope")).toBe("openid email profile suite");
    expect(query.get("code_challenge_method")).toBe("S256");
    expect(query.get("code_challenge")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(query.get("nonce")).toBeTruthy();
    const state = query.get("state") ?? "";
    const setCookie = response.headers.getSetCookie();
    expect(setCookie).toEqual([`mash_sign_in=${state}; Path=/; HttpOnly; SameSite=Lax; Max-Age=600`]);
    const attempt = db.select().from(schema.loginAttempts).where(eq(schema.loginAttempts.state, state)).get();
    expect(attempt).toMatchObject({ portal: "mash", returnTo: "/queue", nonce: query.get("nonce") });
  });

  it("never stores an unsafe returnTo", async () => {
    const browser = new TestBrowser();
    const response = await browser.request(
      `${mashServer.url}/auth/sign-in?returnTo=${encodeURIComponent("//evil.example")}`,
    );
    const state = new URL(response.headers.get("Location") ?? "").searchParams.get("state") ?? "";
    const attempt = db.select().from(schema.loginAttempts).where(eq(schema.loginAttempts.state, state)).get();
    expect(attempt?.returnTo).toBe("/");
  });

  it("signs a persona in: issuer sign-in page, callback, session, back to the page they wanted", async () => {
    const browser = new TestBrowser();
    const { hops, final } = await signIn(browser, mashServer, MANAGER, { returnTo: "/whoami?tab=notes" });

    const callback = hops.find((hop) => isCallback(new URL(hop.url)));
    expect(callback?.response.status).toBe(302);
    expect(callback?.response.headers.get("Location")).toBe("/whoami?tab=notes");
    const cookies = callback?.response.headers.getSetCookie() ?? [];
    expect(cookies).toContainEqual(
      expect.stringMatching(/^mash_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax$/),
    );
    expect(cookies).toContain("mash_sign_in=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0");

    expect(final.url).toBe(`${mashServer.url}/whoami?tab=notes`);
    const user = await final.response.json();
    const persona = demoPersonas.find((candidate) => candidate.email === MANAGER);
    expect(user).toMatchObject({
      email: MANAGER,
      name: persona?.name,
      organisation: persona?.organisation,
      organisationType: persona?.organisationType,
      roles: ["mash:practitioner", "mash:manager"],
    });
    const row = sessionRow(browser, mashServer, "mash");
    expect(row?.subject).toBe(user.subject);
    expect(row?.issuerSessionId).toEqual(expect.any(String));
    expect(user.sessionId).toBe(row?.id);
  });

  it("signs the same person in at a second portal without asking again (single sign-on)", async () => {
    const browser = new TestBrowser();
    await signIn(browser, mashServer, LADO_OFFICER);
    const atLado = await browser.navigate(`${ladoServer.url}/auth/sign-in?returnTo=%2Fwhoami`);
    expect(atLado.hops.some((hop) => hop.url.includes("/interaction/"))).toBe(false);
    expect(atLado.final.url).toBe(`${ladoServer.url}/whoami`);
    expect(await atLado.final.response.json()).toMatchObject({
      email: LADO_OFFICER,
      roles: ["lado:officer"],
    });
    // oidc-provider gives each client its own sid for the one issuer session.
    expect(sessionRow(browser, ladoServer, "lado")?.issuerSessionId).toEqual(expect.any(String));
  });
});

describe("signing in afresh (?fresh=1, for rejecting an order)", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("asks the issuer for prompt=login and max_age=0, keeping returnTo", async () => {
    const browser = new TestBrowser();
    const response = await browser.request(
      `${mashServer.url}/auth/sign-in?fresh=1&returnTo=%2Forders%2F7%2Freject`,
    );
    expect(response.status).toBe(302);
    const query = new URL(response.headers.get("Location") ?? "").searchParams;
    expect(query.get("prompt")).toBe("login");
    expect(query.get("max_age")).toBe("0");
    expect(query.get("code_challenge_method")).toBe("S256");
    const state = query.get("state") ?? "";
    expect(state).toMatch(/^fresh\./);
    const attempt = db.select().from(schema.loginAttempts).where(eq(schema.loginAttempts.state, state)).get();
    expect(attempt).toMatchObject({ portal: "mash", returnTo: "/orders/7/reject" });
  });

  it.each(["", "?fresh=0", "?fresh=true"])("asks for neither on an ordinary sign-in (%s)", async (query) => {
    const response = await new TestBrowser().request(`${mashServer.url}/auth/sign-in${query}`);
    const params = new URL(response.headers.get("Location") ?? "").searchParams;
    expect(params.has("prompt")).toBe(false);
    expect(params.has("max_age")).toBe(false);
    expect(params.get("state")).not.toMatch(/^fresh\./);
  });

  it("keeps the ID token's auth_time as the session's authenticatedAt", async () => {
    const browser = new TestBrowser();
    const before = Date.now();
    const { final } = await signIn(browser, mashServer, MANAGER);
    const user = await final.response.json();
    const authTime = idTokenPayload(sessionRow(browser, mashServer, "mash")?.idToken).auth_time;
    expect(authTime).toEqual(expect.any(Number));
    expect(user.authenticatedAt).toBe(new Date((authTime as number) * 1000).toISOString());
    expect(Date.parse(user.authenticatedAt)).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 - 1000);
    const viaGetUser = await mash.getUser(
      new Request(`${mashServer.url}/`, {
        headers: { Cookie: `mash_session=${browser.cookie(mashServer.url, "mash_session")}` },
      }),
    );
    expect(viaGetUser?.authenticatedAt).toEqual(new Date((authTime as number) * 1000));
  });

  it("asks for the password again despite a live issuer session, and the new session says when", async () => {
    const browser = new TestBrowser();
    await signIn(browser, mashServer, MANAGER);
    const firstAuthTime = idTokenPayload(sessionRow(browser, mashServer, "mash")?.idToken)
      .auth_time as number;
    // Single sign-on would pass straight through; a fresh sign-in must show the form. Let the
    // clock tick past a second so the new auth_time is visibly later.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const toIssuer = await browser.navigate(
      `${mashServer.url}/auth/sign-in?fresh=1&returnTo=${encodeURIComponent("/whoami?order=7")}`,
    );
    expect(toIssuer.final.url).toMatch(new RegExp(`^${issuer.url}/interaction/`));
    expect(toIssuer.final.response.status).toBe(200);
    const page = await toIssuer.final.response.text();
    expect(page).toContain("Sign in again");
    const form = readForm(page, toIssuer.final.url);
    const done = await browser.navigate(form.action, {
      method: "POST",
      form: { email: MANAGER, password: DEMO_PASSWORD },
      from: toIssuer.final.url,
    });
    expect(done.final.url).toBe(`${mashServer.url}/whoami?order=7`);
    const user = await done.final.response.json();
    const authTime = idTokenPayload(sessionRow(browser, mashServer, "mash")?.idToken).auth_time as number;
    expect(authTime).toBeGreaterThan(firstAuthTime);
    expect(user).toMatchObject({ email: MANAGER, authenticatedAt: new Date(authTime * 1000).toISOString() });
  });

  it("refuses a fresh sign-in whose auth_time is old (an issuer that ignored prompt=login)", async () => {
    const browser = new TestBrowser();
    await signIn(browser, mashServer, MANAGER);
    const sessionBefore = sessionRow(browser, mashServer, "mash");
    // Five minutes on, the issuer session is still live…
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 5 * 60_000 });
    const start = await browser.request(`${mashServer.url}/auth/sign-in?fresh=1&returnTo=%2Fwhoami`);
    // …and the issuer behaves as if it never saw prompt=login or max_age=0.
    const ignoring = new URL(start.headers.get("Location") ?? "");
    ignoring.searchParams.delete("prompt");
    ignoring.searchParams.delete("max_age");
    const { stoppedBefore, hops } = await browser.navigate(ignoring.href, {}, isCallback);
    expect(hops.some((hop) => hop.url.includes("/interaction/"))).toBe(false);
    const response = await browser.request(stoppedBefore ?? "");
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/problem signing you in/);
    expect(lastRefusal()).toBe("response_check_failed:OAUTH_JWT_TIMESTAMP_CHECK_FAILED");
    // The old session is left as it was: still not a recent sign-in.
    expect(sessionRow(browser, mashServer, "mash")?.id).toBe(sessionBefore?.id);
  });
});

describe("refusing a callback", () => {
  it("refuses a state that is not the one this browser started", async () => {
    const browser = new TestBrowser();
    const tampered = new URL(await callbackUrl(browser, mashServer, MANAGER));
    tampered.searchParams.set("state", "a-state-this-browser-never-saw");
    const response = await browser.request(tampered.href);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/problem signing you in/);
    expect(lastRefusal()).toBe("state_not_from_this_browser");
    expect(browser.cookie(mashServer.url, "mash_session")).toBeUndefined();
  });

  it("refuses a callback without a state", async () => {
    const browser = new TestBrowser();
    const response = await browser.request(`${mashServer.url}/auth/callback?code=abc`);
    expect(response.status).toBe(400);
    expect(lastRefusal()).toBe("missing_state");
  });

  it("refuses another browser's callback (login cross-site request forgery)", async () => {
    const attacker = new TestBrowser();
    const victim = new TestBrowser();
    const attackersCallback = await callbackUrl(attacker, mashServer, MANAGER);
    // The victim has a sign-in of their own under way, then is lured to the attacker's callback.
    await victim.request(`${mashServer.url}/auth/sign-in?returnTo=%2F`);
    const response = await victim.request(attackersCallback);
    expect(response.status).toBe(400);
    expect(lastRefusal()).toBe("state_not_from_this_browser");
    expect(victim.cookie(mashServer.url, "mash_session")).toBeUndefined();
  });

  it("refuses a state that was never issued even when the cookie matches it", async () => {
    const browser = new TestBrowser();
    browser.setCookie(mashServer.url, "mash_sign_in", "made-up-state");
    const response = await browser.request(`${mashServer.url}/auth/callback?code=abc&state=made-up-state`);
    expect(response.status).toBe(400);
    expect(lastRefusal()).toBe("unknown_expired_or_used_state");
  });

  it("refuses an ID token whose nonce is not the one this sign-in sent", async () => {
    const browser = new TestBrowser();
    const url = await callbackUrl(browser, mashServer, MANAGER);
    const state = new URL(url).searchParams.get("state") ?? "";
    db.update(schema.loginAttempts)
      .set({ nonce: "not-the-nonce-sent" })
      .where(eq(schema.loginAttempts.state, state))
      .run();
    const sessionsBefore = db.select().from(schema.portalSessions).all().length;
    const response = await browser.request(url);
    expect(response.status).toBe(400);
    expect(lastRefusal()).toBe("response_check_failed:OAUTH_JWT_CLAIM_COMPARISON_FAILED");
    expect(db.select().from(schema.portalSessions).all()).toHaveLength(sessionsBefore);
  });

  it("refuses a replayed callback URL: the attempt and the code are single use", async () => {
    const browser = new TestBrowser();
    const url = await callbackUrl(browser, mashServer, MANAGER);
    const state = new URL(url).searchParams.get("state") ?? "";
    expect((await browser.request(url)).status).toBe(302);
    const sessionsAfterSignIn = db.select().from(schema.portalSessions).all().length;

    // Even with the sign-in cookie put back, as an attacker holding the URL and cookie would.
    browser.setCookie(mashServer.url, "mash_sign_in", state);
    const replay = await browser.request(url);
    expect(replay.status).toBe(400);
    expect(lastRefusal()).toBe("unknown_expired_or_used_state");
    expect(db.select().from(schema.portalSessions).all()).toHaveLength(sessionsAfterSignIn);
  });

  it("refuses an error response from the issuer", async () => {
    const browser = new TestBrowser();
    const start = await browser.request(`${mashServer.url}/auth/sign-in`);
    const state = new URL(start.headers.get("Location") ?? "").searchParams.get("state") ?? "";
    const query = new URLSearchParams({ error: "access_denied", state, iss: issuer.url });
    const response = await browser.request(`${mashServer.url}/auth/callback?${query}`);
    expect(response.status).toBe(400);
    expect(lastRefusal()).toBe("issuer_error:access_denied");
  });
});

describe("signing out", () => {
  it("refuses a sign-out posted from another site and keeps the session", async () => {
    const browser = new TestBrowser();
    await signIn(browser, mashServer, MANAGER);
    const response = await browser.request(`${mashServer.url}/auth/sign-out`, {
      method: "POST",
      from: "https://evil.example/page",
    });
    expect(response.status).toBe(403);
    expect(sessionRow(browser, mashServer, "mash")).toBeDefined();
  });

  it("ends the portal session, the issuer session, and through back-channel logout the other portals'", async () => {
    const browser = new TestBrowser();
    await signIn(browser, mashServer, MANAGER);
    await browser.navigate(`${ladoServer.url}/auth/sign-in?returnTo=%2Fwhoami`);
    const mashSession = sessionRow(browser, mashServer, "mash");
    const ladoSession = sessionRow(browser, ladoServer, "lado");
    expect(mashSession && ladoSession).toBeTruthy();
    // Another person's session at lado must survive.
    const colleague = new TestBrowser();
    await signIn(colleague, ladoServer, LADO_OFFICER);

    const signOut = await browser.request(`${mashServer.url}/auth/sign-out`, {
      method: "POST",
      from: `${mashServer.url}/queue`,
    });
    expect(signOut.status).toBe(303);
    expect(signOut.headers.getSetCookie()).toEqual([
      "mash_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0",
    ]);
    const endSession = new URL(signOut.headers.get("Location") ?? "");
    expect(endSession.origin).toBe(issuer.url);
    expect(endSession.searchParams.get("id_token_hint")).toBe(mashSession?.idToken);
    expect(endSession.searchParams.get("post_logout_redirect_uri")).toBe(`${mashServer.url}/auth/signed-out`);
    expect(endSession.searchParams.get("client_id")).toBe("suite-mash");
    expect(
      db.select().from(schema.portalSessions).where(eq(schema.portalSessions.id, mashSession!.id)).get(),
    ).toBeUndefined();

    // The issuer asks "sign out of all services?"; the person confirms.
    const confirm = await browser.navigate(endSession.href);
    const form = readForm(await confirm.final.response.text(), confirm.final.url);
    const done = await browser.navigate(form.action, {
      method: "POST",
      form: { ...form.fields, logout: "yes" },
      from: confirm.final.url,
    });
    expect(done.final.url).toBe(`${mashServer.url}/auth/signed-out`);

    expect(
      db.select().from(schema.portalSessions).where(eq(schema.portalSessions.id, ladoSession!.id)).get(),
    ).toBeUndefined();
    expect(await whoami(browser, ladoServer)).toBeNull();
    expect(await whoami(colleague, ladoServer)).toMatchObject({ email: LADO_OFFICER });
    expect(logged).toContainEqual({
      level: "info",
      event: "backchannel_logout",
      portal: "lado",
      sessionsEnded: 1,
    });
  });
});

describe("back-channel logout tokens", () => {
  async function postLogoutToken(token: string) {
    return fetch(`${ladoServer.url}/auth/backchannel-logout`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ logout_token: token }),
    });
  }

  it("refuses a logout token signed with a key that is not the issuer's", async () => {
    const browser = new TestBrowser();
    await signIn(browser, ladoServer, LADO_OFFICER);
    const session = sessionRow(browser, ladoServer, "lado");
    const { privateKey } = await generateKeyPair("RS256");
    const forged = await new SignJWT({
      sid: session?.issuerSessionId ?? "",
      sub: session?.subject ?? "",
      jti: "forged-1",
      events: { [BACKCHANNEL_LOGOUT_EVENT]: {} },
    })
      .setProtectedHeader({ alg: "RS256", typ: "logout+jwt" })
      .setIssuer(issuer.url)
      .setAudience("suite-lado")
      .setIssuedAt()
      .setExpirationTime("2m")
      .sign(privateKey);
    const response = await postLogoutToken(forged);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalid_request" });
    expect(sessionRow(browser, ladoServer, "lado")).toBeDefined();
  });

  it("refuses the issuer's own ID token passed off as a logout token", async () => {
    const browser = new TestBrowser();
    await signIn(browser, ladoServer, LADO_OFFICER);
    const idToken = sessionRow(browser, ladoServer, "lado")?.idToken ?? "";
    const response = await postLogoutToken(idToken);
    expect(response.status).toBe(400);
    expect(sessionRow(browser, ladoServer, "lado")).toBeDefined();
  });

  it("refuses a request without a logout token", async () => {
    const response = await fetch(`${ladoServer.url}/auth/backchannel-logout`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "",
    });
    expect(response.status).toBe(400);
  });
});
