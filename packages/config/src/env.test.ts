import { describe, expect, it } from "vitest";
import { appUrl, attachmentsDir, ConfigError, issuerUrl, parseEnv } from "./env.ts";

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
