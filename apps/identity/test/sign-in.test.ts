import { request } from "node:http";
import type { Env } from "@portal/config";
import type { Db } from "@portal/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, seedDemoPersonas, startIdentityServer } from "../src/index.ts";
import {
  authorizationUrl,
  CookieJar,
  element,
  exchangeCode,
  follow,
  formAction,
  inputAttributes,
  jwtParts,
  migratedDb,
  pkce,
  postForm,
  signInAt,
  testEnv,
  verifiedByIssuer,
} from "./helpers.ts";

const DSL = { email: "dsl@school.example.org", password: DEMO_PASSWORD };

let db: Db;
let env: Env;
let issuer: string;
let close: () => Promise<void>;
const logged: Record<string, unknown>[] = [];

beforeAll(async () => {
  db = migratedDb();
  await seedDemoPersonas(db);
  const server = await startIdentityServer({ db, env: testEnv(), log: (entry) => logged.push(entry) });
  ({ env, close } = server);
  issuer = server.url;
});

afterAll(() => close());

/** Opens the sign-in page of a fresh authorization request. */
async function signInPage(jar: CookieJar): Promise<{ html: string; action: string; response: Response }> {
  const { response } = await follow(
    jar,
    issuer,
    authorizationUrl(env, issuer, "professionals", { code_challenge: pkce().challenge }),
  );
  const html = await response.text();
  return { html, action: formAction(html, issuer), response };
}

const errorSummary = (html: string) => /<div [^>]*class="govuk-error-summary".*?<\/ul>/s.exec(html)?.[0];

describe("discovery", () => {
  it("publishes code flow with S256 PKCE and back-channel logout", async () => {
    const response = await fetch(`${issuer}/.well-known/openid-configuration`);
    const discovery = await response.json();
    expect(discovery).toMatchObject({
      issuer,
      code_challenge_methods_supported: ["S256"],
      response_types_supported: ["code"],
      backchannel_logout_supported: true,
      backchannel_logout_session_supported: true,
      end_session_endpoint: `${issuer}/session/end`,
      token_endpoint_auth_methods_supported: ["client_secret_basic"],
    });
    expect(discovery.scopes_supported).toEqual(
      expect.arrayContaining(["openid", "email", "profile", "suite"]),
    );
  });
});

describe("authorization code flow", () => {
  it("signs in through the form and returns an ID token carrying the suite's claims and sid", async () => {
    const jar = new CookieJar();
    const { code, verifier, sawSignInPage, callback } = await signInAt(
      jar,
      env,
      issuer,
      "professionals",
      DSL,
    );
    expect(sawSignInPage).toBe(true);
    expect(`${callback.origin}${callback.pathname}`).toBe("http://localhost:3002/auth/callback");
    expect(callback.searchParams.get("iss")).toBe(issuer);

    const tokens = await exchangeCode(env, issuer, "professionals", code, verifier);
    expect(await verifiedByIssuer(tokens.id_token, issuer)).toBe(true);
    const { payload } = jwtParts(tokens.id_token);
    expect(payload).toMatchObject({
      iss: issuer,
      aud: "suite-professionals",
      email: "dsl@school.example.org",
      email_verified: true,
      name: "Sam Taylor",
      organisation: "Greenfield Primary School",
      organisation_type: "school",
      roles: ["professional", "safeguarding:lead"],
    });
    expect(payload.sid).toEqual(expect.any(String));
    expect(payload.nonce).toEqual(expect.any(String));

    const userinfo = await fetch(`${issuer}/me`, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(await userinfo.json()).toMatchObject({
      sub: payload.sub,
      email: "dsl@school.example.org",
      organisation_type: "school",
      roles: ["professional", "safeguarding:lead"],
    });
  });

  it("refuses an authorization request without a code challenge", async () => {
    const { location } = await follow(new CookieJar(), issuer, authorizationUrl(env, issuer, "mash"));
    const callback = new URL(location ?? "");
    expect(callback.searchParams.get("error")).toBe("invalid_request");
    expect(callback.searchParams.get("error_description")).toMatch(/code_challenge/);
  });

  it("refuses a code exchanged without the right verifier", async () => {
    const { code } = await signInAt(new CookieJar(), env, issuer, "mash", DSL);
    await expect(exchangeCode(env, issuer, "mash", code, pkce().verifier)).rejects.toThrow(/invalid_grant/);
  });

  it("sends a person signed in at one portal through another without any page (single sign-on)", async () => {
    const jar = new CookieJar();
    await signInAt(jar, env, issuer, "professionals", DSL);
    const { code, verifier, sawSignInPage, callback } = await signInAt(jar, env, issuer, "lado", {
      email: "",
      password: "",
    });
    expect(sawSignInPage).toBe(false);
    expect(callback.pathname).toBe("/auth/callback");
    const { payload } = jwtParts((await exchangeCode(env, issuer, "lado", code, verifier)).id_token);
    expect(payload).toMatchObject({ aud: "suite-lado", email: "dsl@school.example.org" });
  });
});

describe("signing in again (prompt=login)", () => {
  it("puts auth_time, the moment the password was given, in every ID token", async () => {
    const before = Math.floor(Date.now() / 1000);
    const { code, verifier } = await signInAt(new CookieJar(), env, issuer, "providers", DSL);
    const { payload } = jwtParts((await exchangeCode(env, issuer, "providers", code, verifier)).id_token);
    expect(payload.auth_time).toEqual(expect.any(Number));
    expect(payload.auth_time).toBeGreaterThanOrEqual(before - 1);
    expect(payload.auth_time).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) + 1);
  });

  it.each([
    ["prompt=login", { prompt: "login" }],
    ["max_age=0", { max_age: "0" }],
    ["both, as the portals send them", { prompt: "login", max_age: "0" }],
  ])("shows the sign-in form again to someone with a live issuer session for %s", async (_label, params) => {
    const jar = new CookieJar();
    const first = await signInAt(jar, env, issuer, "providers", DSL);
    const { payload: firstToken } = jwtParts(
      (await exchangeCode(env, issuer, "providers", first.code, first.verifier)).id_token,
    );
    // Without asking, the live session passes straight through (single sign-on)…
    const { location: passedThrough } = await follow(
      jar,
      issuer,
      authorizationUrl(env, issuer, "providers", { code_challenge: pkce().challenge }),
    );
    expect(new URL(passedThrough ?? "").searchParams.get("code")).toBeTruthy();

    // …but a fresh sign-in is asked for with the form, saying why.
    const { verifier, challenge } = pkce();
    const { response, location } = await follow(
      jar,
      issuer,
      authorizationUrl(env, issuer, "providers", { code_challenge: challenge, ...params }),
    );
    expect(location).toBeUndefined();
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("<title>Sign in again – Council referral services</title>");
    expect(element(html, "h1", "Sign in again")).toEqual({ class: "govuk-heading-l" });
    expect(inputAttributes(html, "password")).toMatchObject({ type: "password" });

    // Wait for the clock to tick over a second, so the new auth_time is visibly later.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const done = await follow(jar, issuer, formAction(html, issuer), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(DSL),
    });
    const code = new URL(done.location ?? "").searchParams.get("code") ?? "";
    const { payload } = jwtParts((await exchangeCode(env, issuer, "providers", code, verifier)).id_token);
    expect(payload.sub).toBe(firstToken.sub);
    expect(payload.auth_time).toEqual(expect.any(Number));
    expect(payload.auth_time).toBeGreaterThan(firstToken.auth_time as number);
  });

  it("still says a wrong password is wrong when signing in again", async () => {
    const jar = new CookieJar();
    await signInAt(jar, env, issuer, "providers", DSL);
    const { response } = await follow(
      jar,
      issuer,
      authorizationUrl(env, issuer, "providers", { code_challenge: pkce().challenge, prompt: "login" }),
    );
    const html = await response.text();
    const wrong = await postForm(jar, formAction(html, issuer), { email: DSL.email, password: "nope-nope" });
    expect(wrong.status).toBe(401);
    const wrongHtml = await wrong.text();
    expect(wrongHtml).toContain("<title>Error: Sign in again – Council referral services</title>");
    expect(errorSummary(wrongHtml)).toContain("Enter a correct email address and password");
  });

  it("is the ordinary sign-in page for someone not signed in at all", async () => {
    const { response } = await follow(
      new CookieJar(),
      issuer,
      authorizationUrl(env, issuer, "providers", { code_challenge: pkce().challenge, prompt: "login" }),
    );
    const html = await response.text();
    expect(element(html, "h1", "Sign in")).toEqual({ class: "govuk-heading-l" });
  });
});

describe("sign-in page", () => {
  it("is a GOV.UK page with labelled email and password fields and a Sign in button", async () => {
    const { html, response } = await signInPage(new CookieJar());
    expect(response.status).toBe(200);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en" class="govuk-template">/);
    expect(html).toContain("<title>Sign in – Council referral services</title>");
    expect(element(html, "a", "Skip to main content")).toMatchObject({
      href: "#main-content",
      class: "govuk-skip-link",
    });
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(element(html, "label", "Email address")).toEqual({ for: "email", class: "govuk-label" });
    expect(inputAttributes(html, "email")).toMatchObject({
      name: "email",
      type: "email",
      autocomplete: "username",
    });
    expect(element(html, "label", "Password")).toEqual({ for: "password", class: "govuk-label" });
    expect(inputAttributes(html, "password")).toMatchObject({
      name: "password",
      type: "password",
      autocomplete: "current-password",
    });
    expect(element(html, "button", "Sign in")).toEqual({
      type: "submit",
      class: "govuk-button",
      "data-module": "govuk-button",
    });
    expect(/<form [^>]*>/.exec(html)?.[0]).toMatch(/method="post"/);
    // No inline script: every <script> has a src.
    expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g)).toBeNull();
  });

  it("is served with strict security headers", async () => {
    const { response } = await signInPage(new CookieJar());
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("says the same thing for a wrong password and an unknown email, keeping the email but not the password", async () => {
    const jar = new CookieJar();
    const { action } = await signInPage(jar);
    const wrongPassword = await postForm(jar, action, { email: DSL.email, password: "not-the-password" });
    const wrongHtml = await wrongPassword.text();
    expect(wrongPassword.status).toBe(401);
    expect(wrongHtml).toContain("<title>Error: Sign in – Council referral services</title>");
    expect(errorSummary(wrongHtml)).toContain(
      '<a href="#email">Enter a correct email address and password</a>',
    );
    expect(wrongHtml).toContain("There is a problem");
    expect(wrongHtml).toContain(
      '<p id="email-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> Enter a correct email address and password</p>',
    );
    expect(inputAttributes(wrongHtml, "email")["aria-describedby"]).toBe("email-error");
    expect(inputAttributes(wrongHtml, "email").value).toBe(DSL.email);
    expect(inputAttributes(wrongHtml, "password").value).toBeUndefined();
    expect(wrongHtml).not.toContain("not-the-password");

    const unknown = await postForm(jar, action, {
      email: "nobody@school.example.org",
      password: DEMO_PASSWORD,
    });
    const unknownHtml = await unknown.text();
    expect(unknown.status).toBe(401);
    expect(errorSummary(unknownHtml)).toBe(errorSummary(wrongHtml));
    expect(unknownHtml.replace("nobody@school.example.org", DSL.email)).toBe(wrongHtml);
  });

  it("asks for each empty field by name", async () => {
    const jar = new CookieJar();
    const { action } = await signInPage(jar);
    const response = await postForm(jar, action, { email: "  ", password: "" });
    const html = await response.text();
    expect(response.status).toBe(400);
    expect(errorSummary(html)).toContain('<a href="#email">Enter your email address</a>');
    expect(errorSummary(html)).toContain('<a href="#password">Enter your password</a>');
    expect(inputAttributes(html, "password")).toMatchObject({
      class: "govuk-input govuk-password-input__input govuk-js-password-input-input govuk-input--error",
      "aria-describedby": "password-error",
    });
  });

  it("refuses a form posted from another site", async () => {
    const jar = new CookieJar();
    const { action } = await signInPage(jar);
    const response = await browserPost(jar, action, { "sec-fetch-site": "cross-site" });
    expect(response.status).toBe(403);
  });

  it("refuses a form without the interaction cookie, or for another interaction", async () => {
    const jar = new CookieJar();
    const { action } = await signInPage(jar);
    const noCookie = await postForm(new CookieJar(), action, DSL);
    expect(noCookie.status).toBe(400);
    expect(await noCookie.text()).toContain("Your sign-in has timed out");
    const otherJar = new CookieJar();
    const { action: otherAction } = await signInPage(otherJar);
    const swapped = await postForm(jar, otherAction, DSL);
    expect(swapped.status).toBe(400);
  });

  it("logs sign-in outcomes without any email or password", () => {
    const text = JSON.stringify(logged);
    expect(logged).toContainEqual({ level: "info", event: "sign_in", outcome: "success" });
    expect(logged).toContainEqual({ level: "info", event: "sign_in", outcome: "rejected" });
    expect(text).not.toMatch(/@|demo-password|not-the-password/);
  });

  async function browserPost(jar: CookieJar, url: string, headers: Record<string, string>) {
    return fetch(url, {
      method: "POST",
      redirect: "manual",
      headers: { cookie: jar.header(url), "content-type": "application/x-www-form-urlencoded", ...headers },
      body: new URLSearchParams(DSL),
    });
  }
});

describe("assets and health", () => {
  it("serves govuk-frontend's stylesheet, its fonts and this app's scripts", async () => {
    const css = await fetch(`${issuer}/assets/govuk-frontend.min.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
    const fontPath = /url\((\/assets\/fonts\/[^)]+\.woff2)\)/.exec(await css.text())?.[1];
    expect((await fetch(`${issuer}${fontPath}`)).status).toBe(200);
    expect((await fetch(`${issuer}/assets/govuk-frontend.min.js`)).status).toBe(200);
    expect((await fetch(`${issuer}/assets/identity/init.js`)).status).toBe(200);
    expect((await fetch(`${issuer}/assets/identity/body-classes.js`)).status).toBe(200);
    expect((await fetch(`${issuer}/assets/nothing-here.css`)).status).toBe(404);
  });

  it("never serves a file outside the asset folders", async () => {
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const url = new URL(issuer);
      request({ host: url.hostname, port: url.port, path: "/assets/../../package.json" }, (response) => {
        response.resume();
        resolve(response.statusCode);
      })
        .on("error", reject)
        .end();
    });
    expect(status).toBe(404);
  });

  it("answers /healthz", async () => {
    const response = await fetch(`${issuer}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });
});
