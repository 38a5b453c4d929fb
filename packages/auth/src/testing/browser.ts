/**
 * A browser for integration tests: a cookie jar with browser rules that matter here (cookies are
 * per host, never per port, and respect Path and expiry) and the headers a browser adds to form
 * posts (Origin, Sec-Fetch-Site). Redirects are followed one hop at a time so tests can stop at a
 * hop, such as the callback URL, and use it again.
 */
interface StoredCookie {
  name: string;
  value: string;
  host: string;
  path: string;
}

export interface Hop {
  url: string;
  response: Response;
}

export interface Navigation {
  hops: Hop[];
  final: Hop;
  stoppedBefore: string | undefined;
}

export interface RequestOptions {
  method?: string;
  form?: Record<string, string>;
  /** The page a form was posted from: sets Origin and Sec-Fetch-Site as a browser would. */
  from?: string;
}

const MAX_REDIRECTS = 20;

export class TestBrowser {
  private cookies: StoredCookie[] = [];

  /** One request, no redirect following. `from` is the page a form was posted from. */
  async request(url: string, init: RequestOptions = {}): Promise<Response> {
    const target = new URL(url);
    const headers = new Headers();
    const cookie = this.cookieHeader(target);
    if (cookie) headers.set("Cookie", cookie);
    let body: URLSearchParams | undefined;
    if (init.form) {
      body = new URLSearchParams(init.form);
      headers.set("Content-Type", "application/x-www-form-urlencoded");
    }
    if (init.from) {
      const from = new URL(init.from);
      headers.set("Origin", from.origin);
      headers.set("Sec-Fetch-Site", from.origin === target.origin ? "same-origin" : "same-site");
    }
    const response = await fetch(target, { method: init.method ?? "GET", headers, body, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) this.store(target, line);
    return response;
  }

  /**
   * Requests `url` and follows redirects. Stops before requesting a redirect target that
   * `stopBefore` matches, so a test can hold on to, say, the callback URL.
   */
  async navigate(
    url: string,
    init: RequestOptions = {},
    stopBefore?: (url: URL) => boolean,
  ): Promise<Navigation> {
    const hops: Hop[] = [];
    let current = url;
    let response = await this.request(current, init);
    hops.push({ url: current, response });
    while (response.status >= 300 && response.status < 400) {
      if (hops.length > MAX_REDIRECTS) throw new Error(`Too many redirects from ${url}`);
      current = new URL(response.headers.get("Location") ?? "", current).href;
      if (stopBefore?.(new URL(current))) return { hops, final: hops.at(-1)!, stoppedBefore: current };
      response = await this.request(current);
      hops.push({ url: current, response });
    }
    return { hops, final: hops.at(-1)!, stoppedBefore: undefined };
  }

  /** Puts a cookie in the jar as if a server had set it (for tests that play an attacker). */
  setCookie(url: string, name: string, value: string) {
    this.store(new URL(url), `${name}=${value}; Path=/`);
  }

  cookie(url: string, name: string): string | undefined {
    const host = new URL(url).hostname;
    return this.cookies.find((cookie) => cookie.host === host && cookie.name === name)?.value;
  }

  private cookieHeader(url: URL): string {
    return this.cookies
      .filter((cookie) => cookie.host === url.hostname && pathMatches(url.pathname, cookie.path))
      .map((cookie) => `${cookie.name}=${cookie.value}`)
      .join("; ");
  }

  private store(url: URL, line: string) {
    const [pair = "", ...attributes] = line.split(";").map((part) => part.trim());
    const separator = pair.indexOf("=");
    const name = pair.slice(0, separator);
    const value = pair.slice(separator + 1);
    let path = "/";
    let expired = false;
    for (const attribute of attributes) {
      const [key = "", attributeValue = ""] = attribute.split("=");
      const lower = key.toLowerCase();
      if (lower === "path") path = attributeValue;
      if (lower === "max-age" && Number(attributeValue) <= 0) expired = true;
      if (lower === "expires" && Date.parse(attributeValue) <= Date.now()) expired = true;
    }
    this.cookies = this.cookies.filter(
      (cookie) => !(cookie.host === url.hostname && cookie.name === name && cookie.path === path),
    );
    if (!expired) this.cookies.push({ name, value, host: url.hostname, path });
  }
}

function pathMatches(requestPath: string, cookiePath: string): boolean {
  return (
    requestPath === cookiePath ||
    (requestPath.startsWith(cookiePath) &&
      (cookiePath.endsWith("/") || requestPath[cookiePath.length] === "/"))
  );
}

/** The action and fields of the first form on a page, with HTML entities in values decoded. */
export function readForm(html: string, pageUrl: string): { action: string; fields: Record<string, string> } {
  const form = /<form\b([^>]*)>([\s\S]*?)<\/form>/i.exec(html);
  if (!form) throw new Error(`No form on ${pageUrl}`);
  const action = attribute(form[1] ?? "", "action") ?? pageUrl;
  const fields: Record<string, string> = {};
  for (const input of (form[2] ?? "").matchAll(/<input\b([^>]*)>/gi)) {
    const name = attribute(input[1] ?? "", "name");
    if (name) fields[name] = attribute(input[1] ?? "", "value") ?? "";
  }
  return { action: new URL(action, pageUrl).href, fields };
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}="([^"]*)"`, "i").exec(tag);
  return match?.[1] === undefined ? undefined : decodeEntities(match[1]);
}

function decodeEntities(text: string): string {
  return text
    .replaceAll("&quot;", '"')
    .replaceAll("&#x27;", "'")
    .replaceAll("&#39;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
}
