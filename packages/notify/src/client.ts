import { SignJWT } from "jose";
import { z } from "zod";
import { type NotifyCredentials, parseNotifyApiKey } from "./api-key.ts";

export const NOTIFY_BASE_URL = "https://api.notifications.service.gov.uk";

export interface NotifyClientOptions {
  /** `https://api.notifications.service.gov.uk`, or a stand-in in tests. A trailing slash is ignored. */
  baseUrl: string;
  /** `{key_name}-{service_id}-{secret_key}` as Notify's API integration page shows it. */
  apiKey: string;
  /** The fetch to use (tests, proxies); the global fetch by default. */
  fetch?: typeof fetch;
  /** Milliseconds to wait for Notify's whole answer before giving up (retryable); 10 seconds by default. */
  timeoutMs?: number;
  /** The clock for the token's `iat`; Notify refuses tokens more than 30 seconds from its own clock. */
  now?: () => Date;
}

/** Personalisation as Notify takes it: each placeholder in the template, by name. */
export type Personalisation = Record<string, string>;

export interface SendEmailRequest {
  templateId: string;
  emailAddress: string;
  personalisation: Personalisation;
  /** Our id for the message, shown in Notify's dashboard and returned in its callbacks. */
  reference: string;
}

export interface SendSmsRequest {
  templateId: string;
  phoneNumber: string;
  personalisation: Personalisation;
  reference: string;
}

/**
 * What happened to one request. `retry` says whether trying again later may succeed: rate limits (429),
 * Notify's own errors (5xx), network failures and timeouts may; any other refusal (400, 403) will not.
 */
export type NotifyResult =
  | { ok: true; id: string; reference: string | null }
  | { ok: false; retry: boolean; status: number | null; reason: string };

/**
 * Notify's 201 answer to POST /v2/notifications/{email,sms}. Only `id` and `reference` are used, so only
 * they are checked: the rest (content, uri, template, scheduled_for) may change without breaking sending.
 */
const createdNotification = z.object({
  id: z.guid(),
  reference: z.string().nullable().optional(),
});

/** Notify's error body: `{"status_code": 400, "errors": [{"error": "BadRequestError", "message": "…"}]}`. */
const errorBody = z.object({
  status_code: z.number().optional(),
  errors: z.array(z.object({ error: z.string(), message: z.string() })).min(1),
});

const DEFAULT_TIMEOUT_MS = 10_000;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** "BadRequestError: Can't send to this recipient using a team-only API key", or the bare status. */
function errorReason(status: number, text: string): string {
  const parsed = errorBody.safeParse(parseJson(text));
  if (!parsed.success) return `HTTP ${status} from GOV.UK Notify`;
  return parsed.data.errors.map((e) => `${e.error}: ${e.message}`).join("; ");
}

/** A network failure's code (ECONNREFUSED, ENOTFOUND) or name, never the request. */
function describeFailure(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  if (cause && typeof cause.code === "string") return cause.code;
  return error instanceof Error ? error.name : "unknown error";
}

/**
 * A client for GOV.UK Notify's v2 API (email and text messages). Every HTTP outcome comes back as a
 * NotifyResult; it throws only for a malformed API key, when it is created. It logs nothing: requests
 * carry addresses and personalisation, which must not reach the logs.
 */
export function createNotifyClient(options: NotifyClientOptions) {
  const credentials: NotifyCredentials = parseNotifyApiKey(options.apiKey);
  const secret = new TextEncoder().encode(credentials.secretKey);
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const doFetch = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const now = options.now ?? (() => new Date());

  /** A fresh token per request: Notify accepts a token only within 30 seconds of its `iat`. */
  const token = () =>
    new SignJWT({})
      .setProtectedHeader({ typ: "JWT", alg: "HS256" })
      .setIssuer(credentials.serviceId)
      .setIssuedAt(Math.floor(now().getTime() / 1000))
      .sign(secret);

  async function post(path: string, body: Record<string, unknown>): Promise<NotifyResult> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const timedOut = (): NotifyResult => ({
      ok: false,
      retry: true,
      status: null,
      reason: `No answer from GOV.UK Notify within ${timeoutMs} ms`,
    });
    try {
      let response: Response;
      try {
        response = await doFetch(`${baseUrl}${path}`, {
          method: "POST",
          headers: {
            Authorization: `Bearer ${await token()}`,
            "Content-Type": "application/json",
            Accept: "application/json",
            "User-Agent": "referral-portal-suite-notify",
          },
          body: JSON.stringify(body),
          redirect: "manual",
          signal: controller.signal,
        });
      } catch (error) {
        if (controller.signal.aborted) return timedOut();
        return {
          ok: false,
          retry: true,
          status: null,
          reason: `Could not reach GOV.UK Notify (${describeFailure(error)})`,
        };
      }
      const { status } = response;
      const accepted = status >= 200 && status < 300;
      let text: string;
      try {
        text = await response.text();
      } catch {
        // Headers arrived but the body did not. After a 2xx Notify has the message: do not send it again.
        if (accepted) return unreadableAcceptance(status);
        if (controller.signal.aborted) return timedOut();
        return { ok: false, retry: status === 429 || status >= 500, status, reason: `HTTP ${status}` };
      }
      if (accepted) {
        const parsed = createdNotification.safeParse(parseJson(text));
        if (!parsed.success) return unreadableAcceptance(status);
        return { ok: true, id: parsed.data.id, reference: parsed.data.reference ?? null };
      }
      return { ok: false, retry: status === 429 || status >= 500, status, reason: errorReason(status, text) };
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    /** The service id the client signs as (the JWT issuer); not secret. */
    serviceId: credentials.serviceId,

    /** POST /v2/notifications/email. */
    sendEmail(request: SendEmailRequest): Promise<NotifyResult> {
      return post("/v2/notifications/email", {
        template_id: request.templateId,
        email_address: request.emailAddress,
        personalisation: request.personalisation,
        reference: request.reference,
      });
    },

    /** POST /v2/notifications/sms. */
    sendSms(request: SendSmsRequest): Promise<NotifyResult> {
      return post("/v2/notifications/sms", {
        template_id: request.templateId,
        phone_number: request.phoneNumber,
        personalisation: request.personalisation,
        reference: request.reference,
      });
    },
  };
}

/**
 * A 2xx whose body is not Notify's answer. Notify took the request, so it has (or will) send the
 * message: trying again would send a second copy, so this is reported as not retryable. The message's
 * reference finds it in Notify's dashboard.
 */
function unreadableAcceptance(status: number): NotifyResult {
  return {
    ok: false,
    retry: false,
    status,
    reason: `GOV.UK Notify accepted the request (HTTP ${status}) but its answer could not be read; not sent again, to avoid a duplicate`,
  };
}

export type NotifyClient = ReturnType<typeof createNotifyClient>;
