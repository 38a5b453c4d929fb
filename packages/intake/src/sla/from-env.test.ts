import { parseEnv } from "@portal/config";
import { describe, expect, it } from "vitest";
import { DEFAULT_WORKING_PATTERN } from "./calendar.ts";
import { slaFromEnv } from "./from-env.ts";
import { DEFAULT_SLA_POLICY, ragDeadline } from "./policy.ts";

const at = (iso: string) => new Date(iso);

describe("slaFromEnv", () => {
  it("gives the default calendar and policy when nothing is set", () => {
    const { calendar, policy } = slaFromEnv(parseEnv({ NODE_ENV: "test" }));
    expect(calendar.pattern).toEqual(DEFAULT_WORKING_PATTERN);
    expect(policy).toEqual(DEFAULT_SLA_POLICY);
    expect(calendar.isWorkingDay("2026-12-28")).toBe(false);
  });

  it("follows the SLA_* variables", () => {
    const { calendar, policy } = slaFromEnv(
      parseEnv({
        NODE_ENV: "test",
        SLA_WORKING_DAYS: "Mon-Sat",
        SLA_WORKING_HOURS: "08:00-18:00",
        SLA_RED_HOURS: "6",
        SLA_AMBER_WORKING_DAYS: "2",
        SLA_GREEN_WORKING_DAYS: "5",
        SLA_DUE_SOON_MINUTES: "60",
      }),
    );
    expect(calendar.pattern).toEqual({ days: [1, 2, 3, 4, 5, 6], startMinutes: 480, endMinutes: 1080 });
    expect(policy).toMatchObject({
      redHours: 6,
      amberWorkingDays: 2,
      greenWorkingDays: 5,
      dueSoonMinutes: 60,
    });
    expect(policy.blueWorkingDays).toBe(DEFAULT_SLA_POLICY.blueWorkingDays);
    // Saturday 17:00 + 2 working days of 10 hours: Saturday 1 h, then Monday and Tuesday to 17:00.
    expect(ragDeadline("amber", at("2026-11-07T17:00:00Z"), calendar, policy)).toEqual(
      at("2026-11-10T17:00:00Z"),
    );
    expect(ragDeadline("red", at("2026-11-07T17:00:00Z"), calendar, policy)).toEqual(
      at("2026-11-07T23:00:00Z"),
    );
  });

  it("hands out a policy of its own, leaving the defaults alone", () => {
    const { policy } = slaFromEnv(parseEnv({ NODE_ENV: "test" }));
    policy.checkWorkingHours.green = 16;
    expect(DEFAULT_SLA_POLICY.checkWorkingHours.green).toBe(8);
  });
});
