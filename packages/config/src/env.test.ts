import { describe, expect, it } from "vitest";
import {
  appUrl,
  attachmentsDir,
  ConfigError,
  issuerUrl,
  parseEnv,
  parseWorkingDays,
  parseWorkingHours,
} from "./env.ts";

describe("parseEnv", () => {
  it("applies the embedded defaults", () => {
    const env = parseEnv({});
    expect(env.DATABASE_PATH).toBe("./data/portal.db");
    expect(env.DEMO_MODE).toBe(false);
    expect(appUrl(env, "mash")).toBe("http://localhost:3003");
    expect(issuerUrl(env)).toBe("http://localhost:3000");
  });

  it("names every bad variable in one readable error", () => {
    let error: unknown;
    try {
      parseEnv({ MASH_PORT: "eighty", DEMO_MODE: "maybe", ROLE_MAP: "{not json" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain("MASH_PORT");
    expect(message).toContain("DEMO_MODE: must be 1 or 0");
    expect(message).toContain("ROLE_MAP: must be a JSON object");
  });

  it("refuses demo mode in production", () => {
    expect(() =>
      parseEnv({
        NODE_ENV: "production",
        DEMO_MODE: "1",
        IDENTITY_ISSUER: "https://idp.example.gov.uk",
        OIDC_CLIENT_SECRET: "a".repeat(32),
      }),
    ).toThrow(/DEMO_MODE: demo mode is refused in production/);
  });

  it("refuses an http issuer that is not on loopback", () => {
    expect(() => parseEnv({ IDENTITY_ISSUER: "http://idp.example.gov.uk" })).toThrow(/IDENTITY_ISSUER/);
    expect(() =>
      parseEnv({
        NODE_ENV: "production",
        IDENTITY_ISSUER: "http://idp.example.gov.uk",
        OIDC_CLIENT_SECRET: "a".repeat(32),
      }),
    ).toThrow(/must use https in production/);
  });

  it("accepts a production configuration for a council's identity provider", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      IDENTITY_ISSUER: "https://login.microsoftonline.com/tenant/v2.0",
      OIDC_CLIENT_SECRET: "s".repeat(40),
      RESUME_TOKEN_SECRET: "r".repeat(40),
      NOTIFY_API_KEY: NOTIFY_KEY,
      ROLE_MAP: '{"0b1c-group":"mash:manager","staff":["mash:practitioner"]}',
      MASH_URL: "https://mash.council.gov.uk/",
    });
    expect(env.ROLE_MAP).toEqual({ "0b1c-group": "mash:manager", staff: ["mash:practitioner"] });
    expect(appUrl(env, "mash")).toBe("https://mash.council.gov.uk");
  });

  it("requires a client credential in production", () => {
    expect(() => parseEnv({ NODE_ENV: "production", IDENTITY_ISSUER: "https://idp.example.gov.uk" })).toThrow(
      /OIDC_CLIENT_SECRET/,
    );
  });

  it("configures saved forms, resume links and attachments", () => {
    const env = parseEnv({});
    expect(env.DRAFT_TTL_DAYS).toBe(30);
    expect(env.ATTACHMENT_MAX_BYTES).toBe(10 * 1024 * 1024);
    expect(env.RESUME_TOKEN_SECRET).toBeUndefined();
    expect(attachmentsDir(env)).toBe("data/attachments");
    expect(attachmentsDir(parseEnv({ DATABASE_PATH: "/var/lib/portal/portal.db" }))).toBe(
      "/var/lib/portal/attachments",
    );
    expect(attachmentsDir(parseEnv({ ATTACHMENTS_DIR: "/srv/files" }))).toBe("/srv/files");
    const custom = parseEnv({ DRAFT_TTL_DAYS: "7", ATTACHMENT_MAX_BYTES: "2048" });
    expect([custom.DRAFT_TTL_DAYS, custom.ATTACHMENT_MAX_BYTES]).toEqual([7, 2048]);
    expect(() => parseEnv({ DRAFT_TTL_DAYS: "0" })).toThrow(/DRAFT_TTL_DAYS/);
    expect(() => parseEnv({ RESUME_TOKEN_SECRET: "short" })).toThrow(
      /RESUME_TOKEN_SECRET: must be at least 32/,
    );
  });

  it("requires a resume-link secret in production", () => {
    expect(() =>
      parseEnv({
        NODE_ENV: "production",
        IDENTITY_ISSUER: "https://idp.example.gov.uk",
        OIDC_CLIENT_SECRET: "a".repeat(32),
      }),
    ).toThrow(/RESUME_TOKEN_SECRET: set a secret/);
  });
});

const NOTIFY_KEY = "council_live-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0";

describe("GOV.UK Notify and the outbox", () => {
  const production = {
    NODE_ENV: "production",
    IDENTITY_ISSUER: "https://idp.example.gov.uk",
    OIDC_CLIENT_SECRET: "a".repeat(32),
    RESUME_TOKEN_SECRET: "r".repeat(40),
  };

  it("defaults to Notify's API, no key, no template ids and a 5-second poll", () => {
    const env = parseEnv({});
    expect(env.NOTIFY_API_KEY).toBeUndefined();
    expect(env.NOTIFY_BASE_URL).toBe("https://api.notifications.service.gov.uk");
    expect(env.NOTIFY_TEMPLATE_IDS).toEqual({});
    expect(env.OUTBOX_POLL_SECONDS).toBe(5);
  });

  it("reads each variable", () => {
    const env = parseEnv({
      NOTIFY_API_KEY: NOTIFY_KEY,
      NOTIFY_BASE_URL: "http://127.0.0.1:4999",
      NOTIFY_TEMPLATE_IDS: '{"receipt":"f33517ff-2a88-4f6e-b855-c550268ce08a"}',
      OUTBOX_POLL_SECONDS: "30",
    });
    expect(env.NOTIFY_API_KEY).toBe(NOTIFY_KEY);
    expect(env.NOTIFY_BASE_URL).toBe("http://127.0.0.1:4999");
    expect(env.NOTIFY_TEMPLATE_IDS).toEqual({ receipt: "f33517ff-2a88-4f6e-b855-c550268ce08a" });
    expect(env.OUTBOX_POLL_SECONDS).toBe(30);
  });

  it("requires a Notify API key in production", () => {
    expect(() => parseEnv(production)).toThrow(/NOTIFY_API_KEY: set a GOV.UK Notify API key in production/);
    expect(parseEnv({ ...production, NOTIFY_API_KEY: NOTIFY_KEY }).NOTIFY_API_KEY).toBe(NOTIFY_KEY);
  });

  it.each([
    ["NOTIFY_API_KEY", "not-a-key", "NOTIFY_API_KEY: must be a GOV.UK Notify API key"],
    [
      "NOTIFY_API_KEY",
      "26785a09-ab16-4eb0-8407-a37497a57506",
      "NOTIFY_API_KEY: must be a GOV.UK Notify API key",
    ],
    ["NOTIFY_BASE_URL", "api.notifications.service.gov.uk", "NOTIFY_BASE_URL: must be an absolute URL"],
    [
      "NOTIFY_BASE_URL",
      "http://notify.example.gov.uk",
      "NOTIFY_BASE_URL: GOV.UK Notify must be reached over https",
    ],
    ["NOTIFY_TEMPLATE_IDS", "{receipt}", "NOTIFY_TEMPLATE_IDS: must be a JSON object of template ids"],
    [
      "NOTIFY_TEMPLATE_IDS",
      '{"receipt":"template-1"}',
      "NOTIFY_TEMPLATE_IDS: must be a JSON object of template ids",
    ],
    [
      "NOTIFY_TEMPLATE_IDS",
      '["f33517ff-2a88-4f6e-b855-c550268ce08a"]',
      "NOTIFY_TEMPLATE_IDS: must be a JSON object",
    ],
    ["OUTBOX_POLL_SECONDS", "0", "OUTBOX_POLL_SECONDS: must be a whole number of seconds, 1 or more"],
    ["OUTBOX_POLL_SECONDS", "2.5", "OUTBOX_POLL_SECONDS: must be a whole number of seconds, 1 or more"],
    ["OUTBOX_POLL_SECONDS", "soon", "OUTBOX_POLL_SECONDS: must be a whole number of seconds, 1 or more"],
  ])("refuses %s=%j with a clear message", (name, value, message) => {
    expect(() => parseEnv({ [name]: value })).toThrow(message);
  });

  it("never repeats a rejected API key in the error", () => {
    const almost = `${NOTIFY_KEY.slice(0, -1)}z`;
    expect(() => parseEnv({ NOTIFY_API_KEY: almost })).toThrow(ConfigError);
    try {
      parseEnv({ NOTIFY_API_KEY: almost });
    } catch (error) {
      expect((error as Error).message).not.toContain(almost.slice(-36));
    }
  });
});

describe("SLA settings", () => {
  it("defaults to Monday to Friday, 09:00–17:00, Red 4 hours, Amber 1 day, Green 3 days, due soon 2 hours", () => {
    const env = parseEnv({});
    expect({
      days: env.SLA_WORKING_DAYS,
      hours: env.SLA_WORKING_HOURS,
      red: env.SLA_RED_HOURS,
      amber: env.SLA_AMBER_WORKING_DAYS,
      green: env.SLA_GREEN_WORKING_DAYS,
      dueSoon: env.SLA_DUE_SOON_MINUTES,
    }).toEqual({
      days: [1, 2, 3, 4, 5],
      hours: { startMinutes: 540, endMinutes: 1020 },
      red: 4,
      amber: 1,
      green: 3,
      dueSoon: 120,
    });
  });

  it("reads each variable", () => {
    const env = parseEnv({
      SLA_WORKING_DAYS: "Mon,Tue,Thu",
      SLA_WORKING_HOURS: "08:30-17:30",
      SLA_RED_HOURS: "2.5",
      SLA_AMBER_WORKING_DAYS: "2",
      SLA_GREEN_WORKING_DAYS: "5",
      SLA_DUE_SOON_MINUTES: "0",
    });
    expect(env.SLA_WORKING_DAYS).toEqual([1, 2, 4]);
    expect(env.SLA_WORKING_HOURS).toEqual({ startMinutes: 510, endMinutes: 1050 });
    expect([env.SLA_RED_HOURS, env.SLA_AMBER_WORKING_DAYS, env.SLA_GREEN_WORKING_DAYS]).toEqual([2.5, 2, 5]);
    expect(env.SLA_DUE_SOON_MINUTES).toBe(0);
  });

  it.each([
    ["SLA_WORKING_DAYS", "Mon-Fro", 'SLA_WORKING_DAYS: working days "Mon-Fro": "Fro" is not a day'],
    ["SLA_WORKING_DAYS", "Fri-Mon", 'the range "Fri-Mon" runs backwards'],
    [
      "SLA_WORKING_HOURS",
      "9am-5pm",
      'SLA_WORKING_HOURS: working hours "9am-5pm": write a 24-hour start and end',
    ],
    ["SLA_WORKING_HOURS", "17:00-09:00", "the working day must end after it starts"],
    ["SLA_RED_HOURS", "four", "SLA_RED_HOURS: must be a number of hours greater than 0"],
    ["SLA_RED_HOURS", "0", "SLA_RED_HOURS: must be a number of hours greater than 0"],
    [
      "SLA_AMBER_WORKING_DAYS",
      "-1",
      "SLA_AMBER_WORKING_DAYS: must be a number of working days greater than 0",
    ],
    [
      "SLA_GREEN_WORKING_DAYS",
      "x",
      "SLA_GREEN_WORKING_DAYS: must be a number of working days greater than 0",
    ],
    ["SLA_DUE_SOON_MINUTES", "1.5", "SLA_DUE_SOON_MINUTES: must be a whole number of minutes, 0 or more"],
    ["SLA_DUE_SOON_MINUTES", "-5", "SLA_DUE_SOON_MINUTES: must be a whole number of minutes, 0 or more"],
  ])("refuses %s=%j with a clear message", (name, value, message) => {
    expect(() => parseEnv({ [name]: value })).toThrow(message);
  });
});

describe("parseWorkingDays", () => {
  it.each([
    ["Mon-Fri", [1, 2, 3, 4, 5]],
    ["Mon,Tue,Thu", [1, 2, 4]],
    ["Mon-Sat", [1, 2, 3, 4, 5, 6]],
    ["Sun", [7]],
    ["mon - wed, fri", [1, 2, 3, 5]],
    ["Monday-Friday", [1, 2, 3, 4, 5]],
    ["Sat,Mon-Fri,Tue", [1, 2, 3, 4, 5, 6]],
  ])("reads %j as %j", (text, days) => {
    expect(parseWorkingDays(text)).toEqual(days);
  });

  it.each([
    ["", "no days given"],
    ["  ", "no days given"],
    ["Mon-Fro", '"Fro" is not a day'],
    ["Mo-Fr", '"Mo" is not a day'],
    ["Fri-Mon", 'the range "Fri-Mon" runs backwards'],
    ["Mon,,Fri", "an empty entry between commas"],
    ["Mon-Wed-Fri", '"Mon-Wed-Fri" is neither a day nor a range'],
    ["1-5", '"1" is not a day'],
  ])("refuses %j: %s", (text, message) => {
    expect(() => parseWorkingDays(text)).toThrow(message);
  });
});

describe("parseWorkingHours", () => {
  it.each([
    ["09:00-17:00", 540, 1020],
    ["08:30-17:30", 510, 1050],
    ["9:00 - 17:00", 540, 1020],
    ["00:00-24:00", 0, 1440],
  ])("reads %j", (text, startMinutes, endMinutes) => {
    expect(parseWorkingHours(text)).toEqual({ startMinutes, endMinutes });
  });

  it.each([
    ["17:00-09:00", "must end after it starts"],
    ["09:00-09:00", "must end after it starts"],
    ["9-5", "write a 24-hour start and end, for example 09:00-17:00"],
    ["09:00", "write a 24-hour start and end"],
    ["09:60-17:00", "write a 24-hour start and end"],
    ["09:00-25:00", "write a 24-hour start and end"],
    ["09:00-24:30", "write a 24-hour start and end"],
  ])("refuses %j: %s", (text, message) => {
    expect(() => parseWorkingHours(text)).toThrow(message);
  });
});

describe("Operation Encompass settings", () => {
  it("reads the school day start and the school contacts", () => {
    const env = parseEnv({
      SCHOOL_DAY_START: "08:45",
      SCHOOL_CONTACTS: '[{"name":"Greenfield Primary School","email":"dsl@school.example.org"}]',
    });
    expect(env.SCHOOL_DAY_START).toBe(8 * 60 + 45);
    expect(env.SCHOOL_CONTACTS).toEqual([
      { name: "Greenfield Primary School", email: "dsl@school.example.org" },
    ]);
    expect(parseEnv({}).SCHOOL_DAY_START).toBe(510);
  });

  it.each([
    ["SCHOOL_DAY_START", "8.30"],
    ["SCHOOL_CONTACTS", '[{"name":"A school"}]'],
    ["SCHOOL_CONTACTS", "not json"],
  ])("refuses %s=%s, naming it", (name, value) => {
    expect(() => parseEnv({ [name]: value })).toThrow(name);
  });
});

describe("providers portal settings", () => {
  it("defaults to periods from Monday 6 April 2026 and three query teams", () => {
    const env = parseEnv({});
    expect(env.INVOICE_PERIOD_ANCHOR).toBe("2026-04-06");
    expect(env.PROVIDER_QUERY_TEAMS).toEqual([
      "Brokerage",
      "Provider payments",
      "Contracts and commissioning",
    ]);
  });

  it("reads a team list, dropping blanks", () => {
    expect(parseEnv({ PROVIDER_QUERY_TEAMS: " Brokerage , ,Finance " }).PROVIDER_QUERY_TEAMS).toEqual([
      "Brokerage",
      "Finance",
    ]);
  });

  it.each(["2026-04-07", "06/04/2026", "monday"])("refuses %s as an anchor: it must be a Monday", (value) => {
    expect(() => parseEnv({ INVOICE_PERIOD_ANCHOR: value })).toThrow(
      "INVOICE_PERIOD_ANCHOR: must be a Monday written YYYY-MM-DD",
    );
  });
});
