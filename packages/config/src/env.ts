import { dirname, join } from "node:path";
import { z } from "zod";

/** The six apps of the suite and their default ports (CONTRACTS.md). */
export const APPS = {
  identity: { port: 3000, portVar: "IDENTITY_PORT" },
  public: { port: 3001, portVar: "PUBLIC_PORT" },
  professionals: { port: 3002, portVar: "PROFESSIONALS_PORT" },
  mash: { port: 3003, portVar: "MASH_PORT" },
  lado: { port: 3004, portVar: "LADO_PORT" },
  providers: { port: 3005, portVar: "PROVIDERS_PORT" },
} as const;

export type AppName = keyof typeof APPS;
export type PortalName = Exclude<AppName, "identity">;
export const PORTALS = Object.keys(APPS).filter((a) => a !== "identity") as PortalName[];

const flag = z
  .enum(["0", "1", "true", "false"], { message: "must be 1 or 0" })
  .transform((v) => v === "1" || v === "true");

const port = (fallback: number) =>
  z.coerce
    .number()
    .int()
    .min(1, "must be a port number")
    .max(65535, "must be a port number")
    .default(fallback);

const url = z.url({ message: "must be an absolute URL, for example https://idp.example.gov.uk" });

const portUrls = Object.fromEntries(
  (Object.keys(APPS) as AppName[]).map((name) => [`${name.toUpperCase()}_URL`, url.optional()]),
) as Record<`${Uppercase<AppName>}_URL`, z.ZodOptional<typeof url>>;

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DEMO_MODE: flag.default(false),
  DATABASE_PATH: z.string().min(1, "must name a file").default("./data/portal.db"),
  IDENTITY_PORT: port(3000),
  PUBLIC_PORT: port(3001),
  PROFESSIONALS_PORT: port(3002),
  MASH_PORT: port(3003),
  LADO_PORT: port(3004),
  PROVIDERS_PORT: port(3005),
  /** Public base URL of each app when it differs from http://localhost:<port> (behind a proxy). */
  ...portUrls,
  IDENTITY_ISSUER: url.optional(),
  /** Client id for the portals at the issuer; each portal appends its own name (suite-mash). */
  OIDC_CLIENT_ID_PREFIX: z.string().min(1).default("suite-"),
  OIDC_CLIENT_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  /** PKCS#8 PEM private key for private_key_jwt client authentication instead of a secret. */
  OIDC_CLIENT_PRIVATE_KEY: z.string().optional(),
  OIDC_SCOPES: z.string().default("openid email profile suite"),
  /** Claim names at the council's identity provider. */
  CLAIM_ROLES: z.string().default("roles"),
  CLAIM_ORGANISATION: z.string().default("organisation"),
  CLAIM_ORGANISATION_TYPE: z.string().default("organisation_type"),
  /** JSON object: the IdP's role or group value → one or more of the suite's roles. */
  ROLE_MAP: z
    .string()
    .default("{}")
    .transform((text, ctx) => {
      try {
        return z.record(z.string(), z.union([z.string(), z.array(z.string())])).parse(JSON.parse(text));
      } catch {
        ctx.addIssue({
          code: "custom",
          message: 'must be a JSON object such as {"group-id":"mash:manager"}',
        });
        return z.NEVER;
      }
    }),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(12),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /** Days a saved form is kept after its last save ("save and come back"). */
  DRAFT_TTL_DAYS: z.coerce.number().int().min(1, "must be a whole number of days, 1 or more").default(30),
  /**
   * Key that signs "recover a form" links. Required in production; elsewhere, when unset, one is
   * generated once and kept in the database so links survive a restart.
   */
  RESUME_TOKEN_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** Largest file a person may attach, in bytes (default 10 MB). */
  ATTACHMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1, "must be a number of bytes, 1 or more")
    .default(10 * 1024 * 1024),
  /** Folder for attached files, named by content hash. Default: `attachments` beside DATABASE_PATH. */
  ATTACHMENTS_DIR: z.string().min(1, "must name a folder").optional(),
});

export type Env = z.infer<typeof envSchema>;

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

export function isLoopbackUrl(value: string): boolean {
  return LOOPBACK.has(new URL(value).hostname);
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Base URL of an app, from its *_URL override or its port on localhost. */
export function appUrl(env: Env, app: AppName): string {
  const override = env[`${app.toUpperCase()}_URL` as `${Uppercase<AppName>}_URL`];
  if (override) return override.replace(/\/$/, "");
  return `http://localhost:${env[APPS[app].portVar]}`;
}

export function issuerUrl(env: Env): string {
  return (env.IDENTITY_ISSUER ?? appUrl(env, "identity")).replace(/\/$/, "");
}

/**
 * Parses and checks the environment. Throws a ConfigError whose message names every bad
 * variable, so an operator can fix them all in one go.
 */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `- ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const env = result.data;
  const problems: string[] = [];
  if (env.NODE_ENV === "production") {
    if (env.DEMO_MODE) problems.push("- DEMO_MODE: demo mode is refused in production");
    const issuer = issuerUrl(env);
    if (new URL(issuer).protocol !== "https:" && !isLoopbackUrl(issuer)) {
      problems.push("- IDENTITY_ISSUER: an issuer must use https in production");
    }
    if (!env.OIDC_CLIENT_SECRET && !env.OIDC_CLIENT_PRIVATE_KEY) {
      problems.push("- OIDC_CLIENT_SECRET: set a client secret or OIDC_CLIENT_PRIVATE_KEY in production");
    }
    if (!env.RESUME_TOKEN_SECRET) {
      problems.push("- RESUME_TOKEN_SECRET: set a secret of at least 32 characters in production");
    }
  } else if (!isLoopbackUrl(issuerUrl(env)) && new URL(issuerUrl(env)).protocol !== "https:") {
    problems.push("- IDENTITY_ISSUER: an http issuer is allowed only on loopback; use https");
  }
  if (problems.length) throw new ConfigError(`Invalid configuration:\n${problems.join("\n")}`);
  return env;
}

/** Where attached files are kept: ATTACHMENTS_DIR, or an `attachments` folder beside the database. */
export function attachmentsDir(env: Env): string {
  if (env.ATTACHMENTS_DIR) return env.ATTACHMENTS_DIR;
  return join(dirname(env.DATABASE_PATH), "attachments");
}

let cached: Env | undefined;

/** The process environment, parsed once. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** The portals' client secret outside production, shared with the embedded issuer. */
const DEVELOPMENT_CLIENT_SECRET = "development-only-client-secret";

export function clientSecret(env: Env): string | undefined {
  if (env.OIDC_CLIENT_SECRET) return env.OIDC_CLIENT_SECRET;
  return env.NODE_ENV === "production" ? undefined : DEVELOPMENT_CLIENT_SECRET;
}
