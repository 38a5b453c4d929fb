import { createHash, createPublicKey, randomBytes, verify } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { appUrl, clientSecret, type Env, type PortalName, parseEnv } from "@portal/config";
import { applyMigrations, type Db, openDatabase } from "@portal/db";
import { clientIdFor } from "../src/clients.ts";

export function tempDatabasePath(): string {
  return join(mkdtempSync(join(tmpdir(), "identity-")), "portal.db");
}

export function migratedDb(path = tempDatabasePath()): Db {
  const db = openDatabase(path);
  applyMigrations(db);
  return db;
}

export function testEnv(overrides: Record<string, string> = {}): Env {
  return parseEnv({ NODE_ENV: "test", ...overrides });
}

interface StoredCookie {
  name: string;
  value: string;
  path: string;
}

/**
 * Just enough of a browser's cookie store: cookies keyed by name and path, sent to matching paths,
 * removed when the server expires them. Ports are ignored, as browsers do.
 */
export class CookieJar {
  private cookies = new Map<string, StoredCookie>();

  store(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = header.split(";").map((part) => part.trim());
      const split = pair.indexOf("=");
      const name = pair.slice(0, split);
      const value = pair.slice(split + 1);
      let path = "/";
      let expired = value === "";
      for (const attribute of attributes) {
        const [key = "", attributeValue = ""] = attribute.split("=");
        if (key.toLowerCase() === "path") path = attributeValue;
        if (key.toLowerCase() === "expires" && Date.parse(attributeValue) <= Date.now()) expired = true;
        if (key.toLowerCase() === "max-age" && Number(attributeValue) <= 0) expired = true;
      }
      const key = `${name};${path}`;
      if (expired) this.cookies.delete(key);
      else this.cookies.set(key, { name, value, path });
    }
  }

  header(url: string): string {
    const { pathname } = new URL(url);
    return [...this.cookies.values()]
      .filter(
        (cookie) =>
          pathname === cookie.path ||
          pathname.startsWith(cookie.path.endsWith("/") ? cookie.path : `${cookie.path}/`),
      )
      .map((cookie) => `${cookie.name}=${cookie.value}`)
      .join("; ");
  }

  names(): string[] {
    return [...this.cookies.values()].map((cookie) => cookie.name);
  }
}

/** A fetch that never follows redirects and carries the jar's cookies both ways. */
export async function browserFetch(jar: CookieJar, url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const cookie = jar.header(url);
  if (cookie) headers.set("cookie", cookie);
  const response = await fetch(url, { ...init, headers, redirect: "manual" });
  jar.store(response);
  return response;
}

export interface Hop {
  url: string;
  status: number;
}

/**
 * Follows redirects within the issuer, as a browser would, and stops at the first response that is
 * not a redirect or at a redirect leaving the issuer (to a portal). Returns every hop taken.
 */
export async function follow(
  jar: CookieJar,
  issuer: string,
  url: string,
  init: RequestInit = {},
): Promise<{ response: Response; hops: Hop[]; location: string | undefined }> {
  const hops: Hop[] = [];
  let response = await browserFetch(jar, url, init);
  hops.push({ url, status: response.status });
  while (response.status >= 300 && response.status < 400) {
    const location = new URL(response.headers.get("location") ?? "", url).href;
    if (!location.startsWith(`${issuer}/`)) return { response, hops, location };
    await response.body?.cancel();
    response = await browserFetch(jar, location);
    hops.push({ url: location, status: response.status });
  }
  return { response, hops, location: undefined };
}

export function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
}

export function authorizationUrl(
  env: Env,
  issuer: string,
  portal: PortalName,
  params: Record<string, string | undefined> = {},
): string {
  const url = new URL(`${issuer}/auth`);
  const defaults: Record<string, string | undefined> = {
    client_id: clientIdFor(env, portal),
    redirect_uri: `${appUrl(env, portal)}/auth/callback`,
    response_type: "code",
    scope: "openid email profile suite",
    state: randomBytes(8).toString("hex"),
    nonce: randomBytes(8).toString("hex"),
    code_challenge_method: "S256",
  };
  for (const [key, value] of Object.entries({ ...defaults, ...params })) {
    if (value !== undefined) url.searchParams.set(key, value);
  }
  return url.href;
}

/** The sign-in form's action, read from the page as a browser would. */
export function formAction(html: string, issuer: string): string {
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error("no form on the page");
  return new URL(action.replaceAll("&amp;", "&"), issuer).href;
}

export function postForm(jar: CookieJar, url: string, fields: Record<string, string>): Promise<Response> {
  return browserFetch(jar, url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields),
  });
}

export interface TokenResponse {
  id_token: string;
  access_token: string;
  token_type: string;
}

export async function exchangeCode(
  env: Env,
  issuer: string,
  portal: PortalName,
  code: string,
  verifier: string,
): Promise<TokenResponse> {
  const basic = Buffer.from(`${clientIdFor(env, portal)}:${clientSecret(env)}`).toString("base64");
  const response = await fetch(`${issuer}/token`, {
    method: "POST",
    headers: { authorization: `Basic ${basic}`, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code,
      code_verifier: verifier,
      redirect_uri: `${appUrl(env, portal)}/auth/callback`,
    }),
  });
  if (response.status !== 200)
    throw new Error(`token endpoint said ${response.status}: ${await response.text()}`);
  return (await response.json()) as TokenResponse;
}

export function jwtParts(jwt: string): { header: Record<string, unknown>; payload: Record<string, unknown> } {
  const [header = "", payload = ""] = jwt.split(".");
  return {
    header: JSON.parse(Buffer.from(header, "base64url").toString("utf8")),
    payload: JSON.parse(Buffer.from(payload, "base64url").toString("utf8")),
  };
}

/** Checks an RS256 JWT's signature against the issuer's published keys. */
export async function verifiedByIssuer(jwt: string, issuer: string): Promise<boolean> {
  const { keys } = (await (await fetch(`${issuer}/jwks`)).json()) as { keys: { kid: string }[] };
  const { header } = jwtParts(jwt);
  const jwk = keys.find((key) => key.kid === header.kid);
  if (!jwk) return false;
  const [head, body, signature = ""] = jwt.split(".");
  return verify(
    "sha256",
    Buffer.from(`${head}.${body}`),
    createPublicKey({ key: jwk, format: "jwk" }),
    Buffer.from(signature, "base64url"),
  );
}

/**
 * Runs the authorization code flow for one portal: authorize, sign in if the issuer asks, and
 * return the code, the PKCE verifier and whether a sign-in page was shown.
 */
export async function signInAt(
  jar: CookieJar,
  env: Env,
  issuer: string,
  portal: PortalName,
  credentials: { email: string; password: string },
): Promise<{ code: string; verifier: string; sawSignInPage: boolean; callback: URL }> {
  const { verifier, challenge } = pkce();
  let { response, location } = await follow(
    jar,
    issuer,
    authorizationUrl(env, issuer, portal, { code_challenge: challenge }),
  );
  const sawSignInPage = response.status === 200;
  if (sawSignInPage) {
    const page = await response.text();
    ({ response, location } = await follow(jar, issuer, formAction(page, issuer), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(credentials),
    }));
  }
  if (!location) throw new Error(`expected a redirect to the portal, got ${response.status}`);
  const callback = new URL(location);
  const code = callback.searchParams.get("code");
  if (!code) throw new Error(`no code in ${location}`);
  return { code, verifier, sawSignInPage, callback };
}

function attributeMap(tag: string): Record<string, string> {
  return Object.fromEntries(
    [...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name = "", value = ""]) => [name.toLowerCase(), value]),
  );
}

/** The attributes of the <input> with this id, names lower-cased as a browser reads them. */
export function inputAttributes(html: string, id: string): Record<string, string> {
  return attributeMap(new RegExp(`<input [^>]*id="${id}"[^>]*>`).exec(html)?.[0] ?? "");
}

/** The attributes of the first <tag> whose whole text is `text`, or undefined if there is none. */
export function element(html: string, tag: string, text: string): Record<string, string> | undefined {
  const match = new RegExp(`<${tag}( [^>]*)?>${text}</${tag}>`).exec(html);
  return match ? attributeMap(match[1] ?? "") : undefined;
}
