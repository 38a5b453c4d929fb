import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { appUrl, type Env, issuerUrl } from "@portal/config";
import type { Db } from "@portal/db";
import type Provider from "oidc-provider";
import { type Clock, deleteExpiredPayloads } from "./adapter.ts";
import { serveAssets } from "./assets.ts";
import { portalOrigins } from "./clients.ts";
import { healthCheck } from "./health.ts";
import { interactionRoutes } from "./interactions.tsx";
import { loadOrCreateKeys } from "./keys.ts";
import { jsonLog, type Log } from "./log.ts";
import { createProvider } from "./provider.tsx";
import { securityHeaders } from "./security-headers.ts";

export interface IdentityServerOptions {
  /** A migrated database (applyMigrations). */
  db: Db;
  env: Env;
  /** The adapter's clock for expiring stored rows; real time unless a test needs otherwise. */
  now?: Clock;
  log?: Log;
}

export interface RunningIdentityServer {
  /** The issuer URL. */
  url: string;
  close(): Promise<void>;
}

export interface IdentityServer {
  provider: Provider;
  /** A Node request listener, for mounting in another server. */
  handler: RequestListener;
  listen(port: number, host?: string): Promise<RunningIdentityServer>;
}

const SWEEP_INTERVAL_MS = 60 * 60 * 1000;

/** The issuer as a Node request handler, with its sign-in pages, assets and health check. */
export async function createIdentityServer({
  db,
  env,
  now,
  log = jsonLog,
}: IdentityServerOptions): Promise<IdentityServer> {
  const provider = createProvider({ db, env, keys: loadOrCreateKeys(db), log, now });
  const https = new URL(issuerUrl(env)).protocol === "https:";
  provider.use(securityHeaders({ formTargets: portalOrigins(env), https }));
  provider.use(healthCheck(db));
  provider.use(serveAssets);
  provider.use(interactionRoutes({ provider, db, homeUrl: appUrl(env, "public"), log }));
  const handler = provider.callback();

  return {
    provider,
    handler,
    async listen(port, host) {
      const server = createServer(handler);
      await listenOn(server, port, host);
      return serve(server, issuerUrl(env), db, now);
    },
  };
}

/**
 * Starts the issuer on `port` of `host` (defaults: a free port of 127.0.0.1), for tests in any
 * package. Unless `env` names an issuer, the issuer URL is http://host:port of the port actually
 * bound, so it is known before oidc-provider (which needs it) is created. Returns the env the
 * issuer used, so a caller can derive client ids and URLs from the same values, or restart the
 * issuer on the same port and URL by passing that env and port back.
 */
export async function startIdentityServer(
  options: IdentityServerOptions & { host?: string; port?: number },
): Promise<RunningIdentityServer & { env: Env; provider: Provider }> {
  const host = options.host ?? "127.0.0.1";
  let handler: RequestListener | undefined;
  const server = createServer((req, res) => handler?.(req, res));
  await listenOn(server, options.port ?? 0, host);
  const { port } = server.address() as AddressInfo;
  const env: Env =
    options.env.IDENTITY_ISSUER || options.env.IDENTITY_URL
      ? options.env
      : { ...options.env, IDENTITY_PORT: port, IDENTITY_ISSUER: `http://${host}:${port}` };
  const identity = await createIdentityServer({ ...options, env });
  handler = identity.handler;
  return { ...serve(server, issuerUrl(env), options.db, options.now), env, provider: identity.provider };
}

function listenOn(server: Server, port: number, host: string | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

function serve(server: Server, url: string, db: Db, now: Clock | undefined): RunningIdentityServer {
  deleteExpiredPayloads(db, now);
  const sweep = setInterval(() => deleteExpiredPayloads(db, now), SWEEP_INTERVAL_MS);
  sweep.unref();
  return {
    url,
    close: () =>
      new Promise((resolve, reject) => {
        clearInterval(sweep);
        server.close((error) => (error ? reject(error) : resolve()));
        // Browsers and fetch keep connections alive; without this, close waits for them to time out.
        server.closeAllConnections();
      }),
  };
}
