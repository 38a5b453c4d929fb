import { decodeProtectedHeader, jwtVerify } from "jose";
import { delay, HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { isNotifyApiKey, parseNotifyApiKey } from "./api-key.ts";
import { createNotifyClient } from "./client.ts";

const BASE = "https://notify.test";
const SERVICE_ID = "26785a09-ab16-4eb0-8407-a37497a57506";
const SECRET = "3d844edf-8d35-48ac-975b-e847b4f122b0";
const API_KEY = `my-test-key-${SERVICE_ID}-${SECRET}`;
const NOTIFICATION_ID = "740e5834-3a29-46b4-9a6f-16142fde533a";
const TEMPLATE_ID = "f33517ff-2a88-4f6e-b855-c550268ce08a";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Notify's 201 answer to a sent email, in its documented shape. */
function created(reference: string | null) {
  return {
    id: NOTIFICATION_ID,
    reference,
    content: { subject: "Your form is saved", body: "…", from_email: "portal@notifications.service.gov.uk" },
    uri: `${BASE}/v2/notifications/${NOTIFICATION_ID}`,
    template: { id: TEMPLATE_ID, version: 3, uri: `${BASE}/services/${SERVICE_ID}/templates/${TEMPLATE_ID}` },
    scheduled_for: null,
  };
}

const notifyError = (status: number, error: string, message: string) =>
  HttpResponse.json({ status_code: status, errors: [{ error, message }] }, { status });

const client = (timeoutMs?: number) =>
  createNotifyClient({ baseUrl: `${BASE}/`, apiKey: API_KEY, ...(timeoutMs ? { timeoutMs } : {}) });

const email = {
  templateId: TEMPLATE_ID,
  emailAddress: "sam@example.org",
  personalisation: { link: "https://public.example.gov.uk/resume/abc", expires: "2 December 2026" },
  reference: "outbox-1",
};

describe("parseNotifyApiKey", () => {
  it("reads the service id and secret from the end, whatever hyphens the key name has", () => {
    expect(parseNotifyApiKey(API_KEY)).toEqual({
      keyName: "my-test-key",
      serviceId: SERVICE_ID,
      secretKey: SECRET,
    });
    expect(parseNotifyApiKey(`live_key-${SERVICE_ID}-${SECRET}`).keyName).toBe("live_key");
  });

  it.each([
    ["too short", "my-key-1234"],
    ["a name but one UUID", `key-${SECRET}`],
    ["no separator before the UUIDs", `key${SERVICE_ID}-${SECRET}`],
    ["not hexadecimal", `key-${SERVICE_ID}-zzzzzzzz-8d35-48ac-975b-e847b4f122b0`],
  ])("refuses a key that is %s, without repeating it", (_, key) => {
    expect(isNotifyApiKey(key)).toBe(false);
    expect(() => createNotifyClient({ baseUrl: BASE, apiKey: key })).toThrow(/key name, the service id/);
    try {
      parseNotifyApiKey(key);
    } catch (error) {
      expect((error as Error).message).not.toContain(key);
    }
  });
});

describe("sendEmail", () => {
  it("posts Notify's JSON with a JWT signed by the secret, issued by the service, just now", async () => {
    let seen: { auth: string | null; body: unknown; contentType: string | null } | undefined;
    server.use(
      http.post(`${BASE}/v2/notifications/email`, async ({ request }) => {
        seen = {
          auth: request.headers.get("authorization"),
          body: await request.json(),
          contentType: request.headers.get("content-type"),
        };
        return HttpResponse.json(created("outbox-1"), { status: 201 });
      }),
    );
    const before = Math.floor(Date.now() / 1000);
    const result = await client().sendEmail(email);
    expect(result).toEqual({ ok: true, id: NOTIFICATION_ID, reference: "outbox-1" });
    expect(seen?.contentType).toBe("application/json");
    expect(seen?.body).toEqual({
      template_id: TEMPLATE_ID,
      email_address: "sam@example.org",
      personalisation: email.personalisation,
      reference: "outbox-1",
    });
    const token = seen?.auth?.replace(/^Bearer /, "") ?? "";
    expect(decodeProtectedHeader(token)).toEqual({ typ: "JWT", alg: "HS256" });
    const { payload } = await jwtVerify(token, new TextEncoder().encode(SECRET), { algorithms: ["HS256"] });
    expect(payload.iss).toBe(SERVICE_ID);
    expect(payload.iat).toBeGreaterThanOrEqual(before);
    expect(payload.iat).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000));
    await expect(jwtVerify(token, new TextEncoder().encode(SERVICE_ID))).rejects.toThrow();
  });

  it.each([
    [429, "RateLimitError", "Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds"],
    [429, "TooManyRequestsError", "Exceeded send limits (250000) for today"],
    [500, "Exception", "Internal server error"],
    [503, "ServiceUnavailable", "Service unavailable"],
  ])("reports %i as worth retrying", async (status, error, message) => {
    server.use(http.post(`${BASE}/v2/notifications/email`, () => notifyError(status, error, message)));
    expect(await client().sendEmail(email)).toEqual({
      ok: false,
      retry: true,
      status,
      reason: `${error}: ${message}`,
    });
  });

  it("reports a 502 without Notify's error body as retryable with the status", async () => {
    server.use(
      http.post(
        `${BASE}/v2/notifications/email`,
        () => new HttpResponse("<html>Bad gateway</html>", { status: 502 }),
      ),
    );
    expect(await client().sendEmail(email)).toEqual({
      ok: false,
      retry: true,
      status: 502,
      reason: "HTTP 502 from GOV.UK Notify",
    });
  });

  it.each([
    [400, "BadRequestError", "Can't send to this recipient using a team-only API key"],
    [400, "ValidationError", "email_address Not a valid email address"],
    [403, "AuthError", "Invalid token: API key not found"],
  ])("reports %i %s as permanent, with Notify's reason", async (status, error, message) => {
    server.use(http.post(`${BASE}/v2/notifications/email`, () => notifyError(status, error, message)));
    expect(await client().sendEmail(email)).toEqual({
      ok: false,
      retry: false,
      status,
      reason: `${error}: ${message}`,
    });
  });

  it("joins several errors into one reason", async () => {
    server.use(
      http.post(`${BASE}/v2/notifications/email`, () =>
        HttpResponse.json(
          {
            status_code: 400,
            errors: [
              { error: "BadRequestError", message: "Missing personalisation: link" },
              { error: "ValidationError", message: "reference is not a string" },
            ],
          },
          { status: 400 },
        ),
      ),
    );
    const result = await client().sendEmail(email);
    expect(result).toMatchObject({
      ok: false,
      retry: false,
      reason: "BadRequestError: Missing personalisation: link; ValidationError: reference is not a string",
    });
  });

  it("gives up on a slow answer after timeoutMs, as retryable", async () => {
    server.use(
      http.post(`${BASE}/v2/notifications/email`, async () => {
        await delay(2_000);
        return HttpResponse.json(created("outbox-1"), { status: 201 });
      }),
    );
    const started = Date.now();
    expect(await client(50).sendEmail(email)).toEqual({
      ok: false,
      retry: true,
      status: null,
      reason: "No answer from GOV.UK Notify within 50 ms",
    });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it("reports a network failure as retryable, without throwing", async () => {
    server.use(http.post(`${BASE}/v2/notifications/email`, () => HttpResponse.error()));
    const result = await client().sendEmail(email);
    expect(result).toMatchObject({ ok: false, retry: true, status: null });
    expect(result.ok === false && result.reason).toMatch(/^Could not reach GOV.UK Notify/);
  });

  // A 201 means Notify took the message and will deliver it. If its answer cannot be read, sending again
  // would deliver a second copy, so this is not retried: the outbox records it as failed with the reason,
  // and the reference (the outbox id) finds it in Notify's dashboard.
  it.each([
    ["not JSON", "<html>ok</html>"],
    ["JSON without an id", JSON.stringify({ reference: "outbox-1" })],
    ["an id that is not a UUID", JSON.stringify({ id: 42, reference: "outbox-1" })],
  ])("does not retry a 201 whose body is %s", async (_, body) => {
    server.use(
      http.post(
        `${BASE}/v2/notifications/email`,
        () => new HttpResponse(body, { status: 201, headers: { "Content-Type": "application/json" } }),
      ),
    );
    const result = await client().sendEmail(email);
    expect(result).toMatchObject({ ok: false, retry: false, status: 201 });
    expect(result.ok === false && result.reason).toMatch(/accepted the request .* to avoid a duplicate/);
  });

  it("never throws, even when fetch itself throws synchronously", async () => {
    const broken = createNotifyClient({
      baseUrl: BASE,
      apiKey: API_KEY,
      fetch: () => {
        throw new TypeError("boom");
      },
    });
    expect(await broken.sendEmail(email)).toEqual({
      ok: false,
      retry: true,
      status: null,
      reason: "Could not reach GOV.UK Notify (TypeError)",
    });
  });
});

describe("sendSms", () => {
  it("posts to /v2/notifications/sms with the phone number", async () => {
    let body: unknown;
    server.use(
      http.post(`${BASE}/v2/notifications/sms`, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(
          { ...created(null), content: { body: "…", from_number: "GOVUK" } },
          { status: 201 },
        );
      }),
    );
    const result = await client().sendSms({
      templateId: TEMPLATE_ID,
      phoneNumber: "07700900123",
      personalisation: { reference: "CSC-2611-4F7Q" },
      reference: "outbox-2",
    });
    expect(result).toEqual({ ok: true, id: NOTIFICATION_ID, reference: null });
    expect(body).toEqual({
      template_id: TEMPLATE_ID,
      phone_number: "07700900123",
      personalisation: { reference: "CSC-2611-4F7Q" },
      reference: "outbox-2",
    });
  });
});
