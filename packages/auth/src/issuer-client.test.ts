import { generateKeyPairSync } from "node:crypto";
import { parseEnv } from "@portal/config";
import { decodeProtectedHeader, importSPKI, jwtVerify } from "jose";
import type { ServerMetadata } from "openid-client";
import { describe, expect, it } from "vitest";
import {
  clientAuthentication,
  clientRegistration,
  insecureHttpAllowed,
  signingAlgorithm,
} from "./issuer-client.ts";

const server = {
  issuer: "https://idp.example.gov.uk",
  token_endpoint: "https://idp.example.gov.uk/token",
} as ServerMetadata;

function pemPair(type: "rsa" | "ec" | "ed25519", namedCurve?: string) {
  const options =
    type === "rsa" ? { modulusLength: 2048 } : type === "ec" ? { namedCurve: namedCurve ?? "P-256" } : {};
  // biome-ignore lint/suspicious/noExplicitAny: node's overloads need a literal key type
  const { privateKey, publicKey } = generateKeyPairSync(type as any, {
    ...options,
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  }) as unknown as { privateKey: string; publicKey: string };
  return { privateKey, publicKey };
}

describe("clientRegistration", () => {
  it("matches what the embedded issuer registers", () => {
    expect(clientRegistration(parseEnv({ NODE_ENV: "test" }), "mash")).toEqual({
      issuer: "http://localhost:3000",
      clientId: "suite-mash",
      redirectUri: "http://localhost:3003/auth/callback",
      postLogoutRedirectUri: "http://localhost:3003/auth/signed-out",
      scope: "openid email profile suite",
    });
  });

  it("follows the portal URL, client id prefix and scopes a council sets", () => {
    const env = parseEnv({
      NODE_ENV: "test",
      LADO_URL: "https://lado.council.gov.uk/",
      IDENTITY_ISSUER: "https://login.microsoftonline.com/tenant-id/v2.0",
      OIDC_CLIENT_ID_PREFIX: "county-",
      OIDC_SCOPES: "openid email profile",
    });
    expect(clientRegistration(env, "lado")).toEqual({
      issuer: "https://login.microsoftonline.com/tenant-id/v2.0",
      clientId: "county-lado",
      redirectUri: "https://lado.council.gov.uk/auth/callback",
      postLogoutRedirectUri: "https://lado.council.gov.uk/auth/signed-out",
      scope: "openid email profile",
    });
  });
});

describe("insecureHttpAllowed", () => {
  it.each([
    ["https anywhere", "test", "https://idp.example.gov.uk", false],
    ["http on localhost in development", "development", "http://localhost:3000", true],
    ["http on 127.0.0.1 in tests", "test", "http://127.0.0.1:41234", true],
  ] as const)("%s", (_label, nodeEnv, issuer, expected) => {
    expect(insecureHttpAllowed(parseEnv({ NODE_ENV: nodeEnv }), issuer)).toBe(expected);
  });

  it.each([
    ["http on localhost in production", "production", "http://localhost:3000"],
    ["http to another machine", "development", "http://idp.example.gov.uk"],
  ] as const)("refuses %s", (_label, nodeEnv, issuer) => {
    const env = parseEnv({ NODE_ENV: "test" });
    expect(() => insecureHttpAllowed({ ...env, NODE_ENV: nodeEnv }, issuer)).toThrow(/use https/);
  });
});

describe("signingAlgorithm", () => {
  it.each([
    ["an RSA key", () => pemPair("rsa"), "RS256"],
    ["a P-256 key", () => pemPair("ec", "P-256"), "ES256"],
    ["a P-384 key", () => pemPair("ec", "P-384"), "ES384"],
    ["an Ed25519 key", () => pemPair("ed25519"), "EdDSA"],
  ])("picks the algorithm for %s", (_label, pair, expected) => {
    expect(signingAlgorithm(pair().privateKey)).toBe(expected);
  });
});

describe("clientAuthentication", () => {
  it("sends the client secret with HTTP Basic by default", async () => {
    const env = parseEnv({ NODE_ENV: "test", OIDC_CLIENT_SECRET: "a-secret-of-enough-length" });
    const body = new URLSearchParams();
    const headers = new Headers();
    await (await clientAuthentication(env))(server, { client_id: "suite-mash" }, body, headers);
    const [scheme, credentials] = (headers.get("Authorization") ?? "").split(" ");
    expect(scheme).toBe("Basic");
    // RFC 6749 section 2.3.1: each half is form-encoded before the Base64.
    const [id, secret] = Buffer.from(credentials ?? "", "base64")
      .toString()
      .split(":")
      .map(decodeURIComponent);
    expect([id, secret]).toEqual(["suite-mash", "a-secret-of-enough-length"]);
    expect(body.has("client_secret")).toBe(false);
  });

  it("signs a private_key_jwt assertion when a private key is configured", async () => {
    const { privateKey, publicKey } = pemPair("ec");
    // As it arrives from a .env file: one line with escaped newlines.
    const env = parseEnv({ NODE_ENV: "test", OIDC_CLIENT_PRIVATE_KEY: privateKey.replaceAll("\n", "\\n") });
    const body = new URLSearchParams();
    const headers = new Headers();
    await (await clientAuthentication(env))(server, { client_id: "suite-mash" }, body, headers);
    expect(headers.get("Authorization")).toBeNull();
    expect(body.get("client_assertion_type")).toBe("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
    const assertion = body.get("client_assertion") ?? "";
    expect(decodeProtectedHeader(assertion).alg).toBe("ES256");
    const { payload } = await jwtVerify(assertion, await importSPKI(publicKey, "ES256"), {
      issuer: "suite-mash",
      subject: "suite-mash",
      audience: server.issuer,
    });
    expect(payload.jti).toEqual(expect.any(String));
  });

  it("refuses to start without a secret or key in production", async () => {
    const env = { ...parseEnv({ NODE_ENV: "test" }), NODE_ENV: "production" as const };
    await expect(clientAuthentication(env)).rejects.toThrow(/OIDC_CLIENT_SECRET or OIDC_CLIENT_PRIVATE_KEY/);
  });
});
