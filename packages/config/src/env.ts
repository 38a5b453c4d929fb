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

/** Day names accepted in SLA_WORKING_DAYS, in ISO order (index + 1 = ISO weekday, 1 = Monday). */
const DAY_NAMES = [
  ["mon", "monday"],
  ["tue", "tuesday"],
  ["wed", "wednesday"],
  ["thu", "thursday"],
  ["fri", "friday"],
  ["sat", "saturday"],
  ["sun", "sunday"],
] as const;

const DAYS_HINT = "write days as Mon, Tue, Wed, Thu, Fri, Sat or Sun, for example Mon-Fri or Mon,Tue,Thu";

function weekday(name: string, text: string): number {
  const word = name.trim().toLowerCase();
  const index = DAY_NAMES.findIndex((names) => (names as readonly string[]).includes(word));
  if (index === -1) throw new Error(`working days "${text}": "${name.trim()}" is not a day; ${DAYS_HINT}`);
  return index + 1;
}

/**
 * Working days such as "Mon-Fri", "Mon,Tue,Thu" or "Mon-Sat" as ISO weekdays (1 = Monday … 7 = Sunday),
 * ascending and without repeats. A range must run forwards within a week ("Sat-Mon" is refused rather
 * than guessed at: write "Mon,Sat,Sun").
 */
export function parseWorkingDays(text: string): number[] {
  if (!text.trim()) throw new Error(`working days "${text}": no days given; ${DAYS_HINT}`);
  const days = new Set<number>();
  for (const item of text.split(",")) {
    if (!item.trim()) throw new Error(`working days "${text}": an empty entry between commas; ${DAYS_HINT}`);
    const ends = item.split("-");
    if (ends.length > 2) {
      throw new Error(`working days "${text}": "${item.trim()}" is neither a day nor a range; ${DAYS_HINT}`);
    }
    const first = weekday(ends[0] ?? "", text);
    const last = ends.length === 2 ? weekday(ends[1] ?? "", text) : first;
    if (last < first) {
      throw new Error(`working days "${text}": the range "${item.trim()}" runs backwards; ${DAYS_HINT}`);
    }
    for (let day = first; day <= last; day++) days.add(day);
  }
  return [...days].sort((a, b) => a - b);
}

const HOURS_PATTERN = /^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$/;

function clockMinutes(hours: string, minutes: string): number | null {
  const h = Number(hours);
  const m = Number(minutes);
  if (m > 59 || h > 24 || (h === 24 && m !== 0)) return null;
  return h * 60 + m;
}

/**
 * Working hours such as "09:00-17:00" as minutes after local midnight. 24-hour clock, "24:00" allowed
 * as an end. A day must end after it starts: overnight shifts are not a working pattern.
 */
export function parseWorkingHours(text: string): { startMinutes: number; endMinutes: number } {
  const match = HOURS_PATTERN.exec(text);
  const start = match ? clockMinutes(match[1] ?? "", match[2] ?? "") : null;
  const end = match ? clockMinutes(match[3] ?? "", match[4] ?? "") : null;
  if (start === null || end === null) {
    throw new Error(`working hours "${text}": write a 24-hour start and end, for example 09:00-17:00`);
  }
  if (end <= start) throw new Error(`working hours "${text}": the working day must end after it starts`);
  return { startMinutes: start, endMinutes: end };
}

/** A zod string transformed by a parser that throws, the parser's message becoming the issue. */
const parsed = <T>(fallback: string, parse: (text: string) => T) =>
  z
    .string()
    .default(fallback)
    .transform((text, ctx) => {
      try {
        return parse(text);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
        return z.NEVER;
      }
    });

/** A duration such as 4 hours or 1.5 working days; the message replaces zod's "expected number". */
const positiveNumber = (fallback: number, message: string) =>
  z.coerce.number({ error: message }).positive(message).default(fallback);

/** Two UUIDs (service id, secret key) after a key name and a hyphen; see @portal/notify's parser. */
const UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const NOTIFY_API_KEY_PATTERN = new RegExp(`^(?:.+-)?${UUID_PATTERN}-${UUID_PATTERN}$`, "i");

function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

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
  /** Days of the week the front door works, for SLA clocks: "Mon-Fri", "Mon,Tue,Thu". */
  SLA_WORKING_DAYS: parsed("Mon-Fri", parseWorkingDays),
  /** Working hours of those days in England (Europe/London), "09:00-17:00". */
  SLA_WORKING_HOURS: parsed("09:00-17:00", parseWorkingHours),
  /** Hours a Red rating allows for a decision, counted day and night. */
  SLA_RED_HOURS: positiveNumber(4, "must be a number of hours greater than 0"),
  SLA_AMBER_WORKING_DAYS: positiveNumber(1, "must be a number of working days greater than 0"),
  SLA_GREEN_WORKING_DAYS: positiveNumber(3, "must be a number of working days greater than 0"),
  /** Elapsed minutes before a deadline from which queues show an item as due soon. */
  SLA_DUE_SOON_MINUTES: z.coerce
    .number({ error: "must be a whole number of minutes, 0 or more" })
    .int("must be a whole number of minutes, 0 or more")
    .min(0, "must be a whole number of minutes, 0 or more")
    .default(120),
  /** When the school day starts (England's local time): Operation Encompass notices are due before it. */
  SCHOOL_DAY_START: z
    .string()
    .default("08:30")
    .transform((text, ctx) => {
      const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
      if (match) return Number(match[1]) * 60 + Number(match[2]);
      ctx.addIssue({ code: "custom", message: "must be a time on the 24-hour clock, such as 08:30" });
      return z.NEVER;
    }),
  /**
   * JSON list of schools and the address their Operation Encompass key adult reads, such as
   * [{"name":"Greenfield Primary School","email":"dsl@school.example.org"}].
   */
  SCHOOL_CONTACTS: z
    .string()
    .default("[]")
    .transform((text, ctx) => {
      try {
        return z.array(z.object({ name: z.string().min(1), email: z.email() })).parse(JSON.parse(text));
      } catch {
        ctx.addIssue({ code: "custom", message: 'must be a JSON list such as [{"name":"…","email":"…"}]' });
        return z.NEVER;
      }
    }),
  /**
   * GOV.UK Notify API key (`{key_name}-{service_id}-{secret_key}`) for the emails the outbox sends.
   * Required in production. Elsewhere, when unset, messages stay queued (demo mode never sends).
   */
  NOTIFY_API_KEY: z
    .string()
    .regex(NOTIFY_API_KEY_PATTERN, "must be a GOV.UK Notify API key: key name, service id and secret key")
    .optional(),
  NOTIFY_BASE_URL: url.default("https://api.notifications.service.gov.uk"),
  /** JSON object: the suite's template name → the Notify template id (a UUID) it sends as. */
  NOTIFY_TEMPLATE_IDS: z
    .string()
    .default("{}")
    .transform((text, ctx) => {
      const parsed = z.record(z.string(), z.guid()).safeParse(parseJsonOrUndefined(text));
      if (!parsed.success) {
        ctx.addIssue({
          code: "custom",
          message:
            'must be a JSON object of template ids such as {"receipt":"f33517ff-2a88-4f6e-b855-c550268ce08a"}',
        });
        return z.NEVER;
      }
      return parsed.data;
    }),
  /**
   * The Monday the providers' 4-weekly invoice periods are counted from (period 1 starts on it).
   * Default: 6 April 2026, the first Monday of the 2026/27 financial year.
   */
  INVOICE_PERIOD_ANCHOR: z
    .string()
    .default("2026-04-06")
    .refine(
      (text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T12:00:00Z`).getUTCDay() === 1,
      "must be a Monday written YYYY-MM-DD, such as 2026-04-06",
    ),
  /** The council teams a care provider may send a query to, separated by commas. */
  PROVIDER_QUERY_TEAMS: z
    .string()
    .default("Brokerage,Provider payments,Contracts and commissioning")
    .transform((text) =>
      text
        .split(",")
        .map((team) => team.trim())
        .filter((team) => team !== ""),
    ),
  /** Seconds between the outbox worker's looks for messages that are due. */
  OUTBOX_POLL_SECONDS: z.coerce
    .number({ error: "must be a whole number of seconds, 1 or more" })
    .int("must be a whole number of seconds, 1 or more")
    .min(1, "must be a whole number of seconds, 1 or more")
    .default(5),
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
    if (!env.NOTIFY_API_KEY) {
      problems.push("- NOTIFY_API_KEY: set a GOV.UK Notify API key in production, or no email is ever sent");
    }
  } else if (!isLoopbackUrl(issuerUrl(env)) && new URL(issuerUrl(env)).protocol !== "https:") {
    problems.push("- IDENTITY_ISSUER: an http issuer is allowed only on loopback; use https");
  }
  const notify = new URL(env.NOTIFY_BASE_URL);
  if (notify.protocol !== "https:" && !isLoopbackUrl(env.NOTIFY_BASE_URL)) {
    problems.push("- NOTIFY_BASE_URL: GOV.UK Notify must be reached over https (http only on loopback)");
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
