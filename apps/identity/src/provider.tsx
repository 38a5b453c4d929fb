import { appUrl, type Env, issuerUrl } from "@portal/config";
import type { Db } from "@portal/db";
import Provider, { type Grant, interactionPolicy, type KoaContextWithOIDC } from "oidc-provider";
import { findAccount } from "./accounts.ts";
import { type Clock, SqliteAdapter } from "./adapter.ts";
import { backchannelLogoutUris, portalClients } from "./clients.ts";
import type { IssuerKeys } from "./keys.ts";
import type { Log } from "./log.ts";
import { renderPage } from "./views/layout.tsx";
import { ProblemPage } from "./views/problem.tsx";
import { SignedOutPage, SignOutPage } from "./views/sign-out.tsx";

export interface ProviderOptions {
  db: Db;
  env: Env;
  keys: IssuerKeys;
  log: Log;
  now?: Clock | undefined;
}

/**
 * The portals are the suite's own first-party clients, so there is no consent screen: the grant
 * simply covers the OpenID scopes asked for. This is what lets a person already signed in at one
 * portal pass through the issuer to another without seeing a page.
 */
async function grantRequestedScopes(ctx: KoaContextWithOIDC): Promise<Grant> {
  const { client, session, account, provider, requestParamOIDCScopes } = ctx.oidc;
  // oidc-provider calls this only during an authorization request with a signed-in account.
  const clientId = client!.clientId;
  const accountId = account!.accountId;
  const grantId = session!.grantIdFor(clientId);
  const existing = grantId ? await provider.Grant.find(grantId) : undefined;
  const grant = existing?.accountId === accountId ? existing : new provider.Grant({ accountId, clientId });
  grant.addOIDCScope([...requestParamOIDCScopes].join(" "));
  await grant.save();
  return grant;
}

export function createProvider({ db, env, keys, log, now }: ProviderOptions): Provider {
  const issuer = issuerUrl(env);
  const https = new URL(issuer).protocol === "https:";
  const homeUrl = appUrl(env, "public");
  const sessionSeconds = env.SESSION_ABSOLUTE_HOURS * 60 * 60;
  const backchannelUris = backchannelLogoutUris(env);

  const policy = interactionPolicy.base();
  policy.remove("consent");

  const cookie = { httpOnly: true, sameSite: "lax", secure: https } as const;

  const provider = new Provider(issuer, {
    adapter: (model) => new SqliteAdapter(db, model, now),
    clients: portalClients(env),
    jwks: { keys: keys.signing },
    cookies: {
      keys: keys.cookies,
      // In development the portals run on other ports of the same host, and cookies are not
      // separated by port, so the issuer's cookie names carry a prefix no portal uses.
      names: { session: "idp_session", interaction: "idp_interaction", resume: "idp_interaction_resume" },
      long: cookie,
      short: cookie,
    },
    findAccount: async (_ctx, sub) => findAccount(db, sub),
    loadExistingGrant: grantRequestedScopes,
    scopes: ["openid"],
    claims: {
      openid: ["sub"],
      email: ["email", "email_verified"],
      profile: ["name"],
      suite: ["organisation", "organisation_type", "roles"],
    },
    // Put every granted claim in the ID token too, so a portal needs no userinfo call.
    conformIdTokenClaims: false,
    responseTypes: ["code"],
    clientAuthMethods: ["client_secret_basic"],
    pkce: { required: () => true },
    allowOmittingSingleRegisteredRedirectUri: false,
    interactions: { policy, url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      backchannelLogout: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => {
          ctx.type = "html";
          ctx.body = renderPage(<SignOutPage form={form} homeUrl={homeUrl} />);
        },
        postLogoutSuccessSource: async (ctx) => {
          ctx.type = "html";
          ctx.body = renderPage(<SignedOutPage homeUrl={homeUrl} />);
        },
      },
    },
    renderError: async (ctx, out) => {
      ctx.type = "html";
      ctx.body = renderPage(
        <ProblemPage
          heading="Sorry, there is a problem"
          advice="Go back to the service you were using and try again."
          detail={out.error_description}
          homeUrl={homeUrl}
        />,
      );
    },
    // The portals talk to the issuer from their servers only; no browser needs CORS.
    clientBasedCORS: () => false,
    // oidc-provider refuses outgoing requests to loopback and private addresses (SSRF defence).
    // Its only outgoing requests here are back-channel logouts to the portals' configured URIs,
    // which are exactly such addresses in development and inside a council's network.
    fetch: (url, options) => {
      if (!backchannelUris.has(url)) return fetch(url, options);
      const unguarded = { ...options };
      delete unguarded.dispatcher;
      return fetch(url, unguarded);
    },
    ttl: {
      AuthorizationCode: 60,
      AccessToken: 10 * 60,
      IdToken: 60 * 60,
      Interaction: 60 * 60,
      Session: sessionSeconds,
      Grant: sessionSeconds,
    },
  });

  // An https issuer served by this plain-http process means a TLS-terminating proxy is in front:
  // trust its X-Forwarded-* headers, or Koa would refuse to set the secure cookies.
  provider.proxy = https;

  provider.on("server_error", (_ctx, error) => {
    log({ level: "error", event: "server_error", error: error.name, message: error.message });
  });
  provider.on("backchannel.error", (_ctx, error, client) => {
    log({
      level: "warn",
      event: "backchannel_logout_failed",
      client: client.clientId,
      message: error.message,
    });
  });
  return provider;
}
