import type { Env } from "@portal/config";
import { createSlaCalendar, type SlaCalendar } from "./calendar.ts";
import { DEFAULT_SLA_POLICY, type SlaPolicy } from "./policy.ts";

/**
 * The calendar and policy the SLA_* variables describe. The environment is already checked (parseEnv
 * turned the day and hour texts into numbers); settings without a variable keep their defaults.
 */
export function slaFromEnv(env: Env): { calendar: SlaCalendar; policy: SlaPolicy } {
  const calendar = createSlaCalendar({
    pattern: { days: env.SLA_WORKING_DAYS, ...env.SLA_WORKING_HOURS },
  });
  const policy: SlaPolicy = {
    ...DEFAULT_SLA_POLICY,
    checkWorkingHours: { ...DEFAULT_SLA_POLICY.checkWorkingHours },
    redHours: env.SLA_RED_HOURS,
    amberWorkingDays: env.SLA_AMBER_WORKING_DAYS,
    greenWorkingDays: env.SLA_GREEN_WORKING_DAYS,
    dueSoonMinutes: env.SLA_DUE_SOON_MINUTES,
  };
  return { calendar, policy };
}
