import { createLocalJWKSet, exportJWK, generateKeyPair, type JWTPayload, SignJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { BACKCHANNEL_LOGOUT_EVENT, LogoutTokenError, verifyLogoutToken } from "./backchannel.ts";

const ISSUER = "http://localhost:3000";
const CLIENT = "suite-mash";
const now = new Date("2026-03-02T09:00:00Z");
const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

let issuerKey: CryptoKey;
let strangerKey: CryptoKey;
let jwks: ReturnType<typeof createLocalJWKSet>;

beforeAll(async () => {
  const issuer = await generateKeyPair("RS256");
  const stranger = await generateKeyPair("RS256");
  issuerKey = issuer.privateKey;
  strangerKey = stranger.privateKey;
  jwks = createLocalJWKSet({ keys: [{ ...(await exportJWK(issuer.publicKey)), kid: "k1", alg: "RS256" }] });
});

const validClaims = (): JWTPayload => ({
  iss: ISSUER,
  aud: CLIENT,
  iat: seconds(now),
  exp: seconds(now) + 120,
  jti: "jti-1",
  sub: "user-1",
  sid: "sid-1",
  events: { [BACKCHANNEL_LOGOUT_EVENT]: {} },
});

function sign(claims: JWTPayload, key = issuerKey, header: Record<string, string> = {}) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "RS256", kid: "k1", typ: "logout+jwt", ...header })
    .sign(key);
}

const verify = (token: string) => verifyLogoutToken(token, { issuer: ISSUER, clientId: CLIENT, jwks, now });

describe("verifyLogoutToken", () => {
  it("accepts a token from the issuer and names the session and subject", async () => {
    expect(await verify(await sign(validClaims()))).toEqual({ sid: "sid-1", sub: "user-1" });
  });

  it("accepts a token naming only a subject, or only a session", async () => {
    const { sid: _sid, ...withoutSid } = validClaims();
    expect(await verify(await sign(withoutSid))).toEqual({ sub: "user-1" });
    const { sub: _sub, ...withoutSub } = validClaims();
    expect(await verify(await sign(withoutSub))).toEqual({ sid: "sid-1" });
  });

  it("accepts an audience list that includes this client", async () => {
    expect(await verify(await sign({ ...validClaims(), aud: ["other", CLIENT] }))).toEqual({
      sid: "sid-1",
      sub: "user-1",
    });
  });

  it.each<[string, () => JWTPayload]>([
    ["another issuer", () => ({ ...validClaims(), iss: "https://evil.example" })],
    ["another client's audience", () => ({ ...validClaims(), aud: "suite-lado" })],
    ["no iat", () => ({ ...validClaims(), iat: undefined })],
    ["an old iat", () => ({ ...validClaims(), iat: seconds(now) - 3600, exp: undefined })],
    ["an expired token", () => ({ ...validClaims(), iat: seconds(now) - 300, exp: seconds(now) - 200 })],
    ["no events", () => ({ ...validClaims(), events: undefined })],
    [
      "the wrong event",
      () => ({ ...validClaims(), events: { "http://schemas.openid.net/event/other": {} } }),
    ],
    [
      "an event that is not an object",
      () => ({ ...validClaims(), events: { [BACKCHANNEL_LOGOUT_EVENT]: "yes" } }),
    ],
    ["a nonce (an ID token passed off as a logout token)", () => ({ ...validClaims(), nonce: "n" })],
    ["neither sid nor sub", () => ({ ...validClaims(), sid: undefined, sub: undefined })],
  ])("refuses %s", async (_label, claims) => {
    await expect(verify(await sign(claims()))).rejects.toBeInstanceOf(LogoutTokenError);
  });

  it("refuses a token signed with a key that is not the issuer's", async () => {
    await expect(verify(await sign(validClaims(), strangerKey))).rejects.toBeInstanceOf(LogoutTokenError);
  });

  it("refuses an unsigned token", async () => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const unsigned = `${encode({ alg: "none" })}.${encode(validClaims())}.`;
    await expect(verify(unsigned)).rejects.toBeInstanceOf(LogoutTokenError);
  });

  it("refuses something that is not a JWT", async () => {
    await expect(verify("not-a-token")).rejects.toBeInstanceOf(LogoutTokenError);
  });
});
