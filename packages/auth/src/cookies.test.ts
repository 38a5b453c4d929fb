import { describe, expect, it } from "vitest";
import { clearCookie, portalCookies, readCookie, serializeCookie } from "./cookies.ts";

describe("portalCookies", () => {
  it.each([
    ["http://localhost:3003", "mash_session", "mash_sign_in", false],
    ["http://127.0.0.1:3004", "lado_session", "lado_sign_in", false],
    ["https://mash.council.gov.uk", "__Host-mash_session", "__Host-mash_sign_in", true],
  ])("names the cookies for %s", (url, session, signIn, secure) => {
    const portal = session.includes("lado") ? "lado" : "mash";
    expect(portalCookies(portal, url)).toEqual({
      session: { name: session, secure },
      signIn: { name: signIn, secure },
    });
  });
});

describe("serializeCookie", () => {
  it("over http: HttpOnly, SameSite=Lax, Path=/, no Secure, no Domain, browser-session lifetime", () => {
    const { session } = portalCookies("mash", "http://localhost:3003");
    expect(serializeCookie(session, "abc")).toBe("mash_session=abc; Path=/; HttpOnly; SameSite=Lax");
  });

  it("over https: a __Host- cookie that is Secure and has no Domain", () => {
    const { session } = portalCookies("providers", "https://providers.council.gov.uk");
    const cookie = serializeCookie(session, "abc");
    expect(cookie).toBe("__Host-providers_session=abc; Path=/; HttpOnly; SameSite=Lax; Secure");
    expect(cookie).not.toMatch(/Domain=/i);
  });

  it("gives the sign-in cookie a lifetime and clears with Max-Age=0", () => {
    const { signIn } = portalCookies("mash", "http://localhost:3003");
    expect(serializeCookie(signIn, "state", 600)).toBe(
      "mash_sign_in=state; Path=/; HttpOnly; SameSite=Lax; Max-Age=600",
    );
    expect(clearCookie(signIn)).toBe("mash_sign_in=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0");
  });
});

describe("readCookie", () => {
  const request = (cookie?: string) =>
    new Request("http://localhost:3003/", cookie === undefined ? {} : { headers: { Cookie: cookie } });

  it.each([
    ["no Cookie header", undefined, null],
    ["the named cookie among others", "lado_session=l; mash_session=m; other=o", "m"],
    ["a value containing =", "mash_session=a=b", "a=b"],
    ["the first when a name repeats", "mash_session=first; mash_session=second", "first"],
    ["not a cookie whose name merely ends the same", "xmash_session=x", null],
    ["an empty value", "mash_session=", ""],
    ["a malformed pair is skipped", "garbage; mash_session=m", "m"],
  ])("%s", (_label, cookie, expected) => {
    expect(readCookie(request(cookie), "mash_session")).toBe(expected);
  });
});
