import { createPrivateKey } from "node:crypto";
import { appUrl, clientSecret, type Env, isLoopbackUrl, issuerUrl, type PortalName } from "@portal/config";
import { createRemoteJWKSet, importPKCS8, type JWTVerifyGetKey } from "jose";
import * as oidc from "openid-client";

/** The portal's registration at the identity provider, as both sides must agree on it. */
export interface ClientRegistration {
  issuer: string;
  clientId: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
  scope: string;
}

export function clientRegistration(env: Env, portal: PortalName): ClientRegistration {
  const base = appUrl(env, portal);
  return {
    issuer: issuerUrl(env),
    clientId: `${env.OIDC_CLIENT_ID_PREFIX}${portal}`,
    redirectUri: `${base}/auth/callback`,
    postLogoutRedirectUri: `${base}/auth/signed-out`,
    scope: env.OIDC_SCOPES,
  };
}

/** The discovered issuer, ready for openid-client calls, plus its keys for logout tokens. */
export interface IssuerClient {
  config: oidc.Configuration;
  jwks: JWTVerifyGetKey;
}

const discovered = new Map<string, Promise<IssuerClient>>();

/**
 * Discovers the issuer once per process and client. A failed discovery (issuer not up yet) is
 * forgotten so the next request tries again instead of failing until a restart.
 */
export function issuerClient(env: Env, portal: PortalName): Promise<IssuerClient> {
  const registration = clientRegistration(env, portal);
  const key = JSON.stringify([
    registration.issuer,
    registration.clientId,
    Boolean(env.OIDC_CLIENT_PRIVATE_KEY),
  ]);
  let pending = discovered.get(key);
  if (!pending) {
    pending = discover(env, registration);
    discovered.set(key, pending);
    pending.catch(() => discovered.delete(key));
  }
  return pending;
}

async function discover(env: Env, registration: ClientRegistration): Promise<IssuerClient> {
  const config = await oidc.discovery(
    new URL(registration.issuer),
    registration.clientId,
    undefined,
    await clientAuthentication(env),
    { execute: insecureHttpAllowed(env, registration.issuer) ? [oidc.allowInsecureRequests] : [] },
  );
  const jwksUri = config.serverMetadata().jwks_uri;
  if (!jwksUri) throw new Error(`The identity provider at ${registration.issuer} publishes no jwks_uri`);
  return { config, jwks: createRemoteJWKSet(new URL(jwksUri)) };
}

/**
 * Plain http to the issuer only for the embedded issuer on this machine in development and tests.
 * Anything else over http is refused here even if configuration let it through, because tokens
 * and client secrets would cross the network readable.
 */
export function insecureHttpAllowed(env: Env, issuer: string): boolean {
  if (new URL(issuer).protocol === "https:") return false;
  if (isLoopbackUrl(issuer) && env.NODE_ENV !== "production") return true;
  throw new Error(
    `Refusing the identity provider at ${issuer}: use https (http is for localhost in development)`,
  );
}

/**
 * private_key_jwt when a private key is configured (GOV.UK One Login requires it; Keycloak and
 * Entra ID support it), otherwise the client secret sent with HTTP Basic.
 */
export async function clientAuthentication(env: Env): Promise<oidc.ClientAuth> {
  if (env.OIDC_CLIENT_PRIVATE_KEY) {
    // Keys often arrive through .env files and secret stores with their newlines written as "\n".
    const pem = env.OIDC_CLIENT_PRIVATE_KEY.replaceAll("\\n", "\n");
    return oidc.PrivateKeyJwt(await importPKCS8(pem, signingAlgorithm(pem)));
  }
  const secret = clientSecret(env);
  if (!secret)
    throw new Error(
      "Set OIDC_CLIENT_SECRET or OIDC_CLIENT_PRIVATE_KEY to sign in with the identity provider",
    );
  return oidc.ClientSecretBasic(secret);
}

/** The JWS algorithm that fits the key, so operators configure a key and nothing else. */
export function signingAlgorithm(pem: string): string {
  const key = createPrivateKey(pem);
  switch (key.asymmetricKeyType) {
    case "rsa":
      return "RS256";
    case "rsa-pss":
      return "PS256";
    case "ed25519":
      return "EdDSA";
    case "ec": {
      const curve = key.asymmetricKeyDetails?.namedCurve;
      if (curve === "prime256v1") return "ES256";
      if (curve === "secp384r1") return "ES384";
      if (curve === "secp521r1") return "ES512";
      throw new Error(`OIDC_CLIENT_PRIVATE_KEY uses the unsupported curve ${curve}`);
    }
    default:
      throw new Error(`OIDC_CLIENT_PRIVATE_KEY is a ${key.asymmetricKeyType} key; use RSA, EC or Ed25519`);
  }
}
