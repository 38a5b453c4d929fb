import { describe, expect, it } from "vitest";
import { createSlaCalendar } from "./calendar.ts";
import { checkDeadline, DEFAULT_SLA_POLICY, queueStatus, type Rag, ragDeadline } from "./policy.ts";

const at = (iso: string) => new Date(iso);
const calendar = createSlaCalendar();
const policy = DEFAULT_SLA_POLICY;

describe("ragDeadline", () => {
  it.each([
    ["red in hours: 4 elapsed hours", "red", "2026-11-02T10:00:00+00:00", "2026-11-02T14:00:00+00:00"],
    ["red late on Friday, past closing", "red", "2026-11-06T16:00:00+00:00", "2026-11-06T20:00:00+00:00"],
    ["red over a night", "red", "2026-11-02T22:00:00+00:00", "2026-11-03T02:00:00+00:00"],
    ["red over a weekend night", "red", "2026-11-07T23:00:00+00:00", "2026-11-08T03:00:00+00:00"],
    ["red on Christmas Day", "red", "2026-12-25T11:00:00+00:00", "2026-12-25T15:00:00+00:00"],
    // Four real hours, though the clocks show five.
    ["red over the clocks going forward", "red", "2026-03-29T00:30:00+00:00", "2026-03-29T05:30:00+01:00"],
    ["amber: a working day", "amber", "2026-11-06T15:00:00+00:00", "2026-11-09T15:00:00+00:00"],
    ["amber over Christmas", "amber", "2026-12-24T16:00:00+00:00", "2026-12-29T16:00:00+00:00"],
    ["green: three working days", "green", "2026-11-06T15:00:00+00:00", "2026-11-11T15:00:00+00:00"],
    ["green over Easter 2027", "green", "2027-03-25T10:00:00+00:00", "2027-04-01T10:00:00+01:00"],
    ["blue screened on a Saturday", "blue", "2026-11-07T10:00:00+00:00", "2026-11-11T17:00:00+00:00"],
  ] as const)("%s", (_label, rag, from, expected) => {
    expect(ragDeadline(rag, at(from), calendar, policy)).toEqual(at(expected));
  });

  it("follows the policy given", () => {
    const from = at("2026-11-02T10:00:00Z");
    const strict = { ...policy, redHours: 1, amberWorkingDays: 0.5 };
    expect(ragDeadline("red", from, calendar, strict)).toEqual(at("2026-11-02T11:00:00Z"));
    expect(ragDeadline("amber", from, calendar, strict)).toEqual(at("2026-11-02T14:00:00Z"));
  });
});

describe("checkDeadline", () => {
  it.each([
    ["red: 2 elapsed hours", "red", "2026-11-06T16:00:00+00:00", "2026-11-06T18:00:00+00:00"],
    ["red out of hours", "red", "2026-11-07T23:30:00+00:00", "2026-11-08T01:30:00+00:00"],
    ["not yet rated: as amber", null, "2026-11-06T15:00:00+00:00", "2026-11-09T11:00:00+00:00"],
    ["amber: 4 working hours", "amber", "2026-11-06T15:00:00+00:00", "2026-11-09T11:00:00+00:00"],
    ["green: 8 working hours", "green", "2026-11-06T15:00:00+00:00", "2026-11-09T15:00:00+00:00"],
    ["blue: 8 working hours", "blue", "2026-11-06T15:00:00+00:00", "2026-11-09T15:00:00+00:00"],
    ["amber over the clocks going back", "amber", "2026-10-23T16:00:00+01:00", "2026-10-26T12:00:00+00:00"],
  ] as const)("%s", (_label, rag: Rag | null, from, expected) => {
    expect(checkDeadline(rag, at(from), calendar, policy)).toEqual(at(expected));
  });
});

describe("queueStatus", () => {
  const dueAt = at("2026-11-02T12:00:00Z");

  it.each([
    ["a day before", "2026-11-01T12:00:00Z", "on-time"],
    ["a moment more than 2 hours before", "2026-11-02T09:59:59.999Z", "on-time"],
    ["exactly 2 hours before", "2026-11-02T10:00:00Z", "due-soon"],
    ["a minute before", "2026-11-02T11:59:00Z", "due-soon"],
    ["at the deadline", "2026-11-02T12:00:00Z", "due-soon"],
    ["a moment after", "2026-11-02T12:00:00.001Z", "overdue"],
    ["a week after", "2026-11-09T12:00:00Z", "overdue"],
  ])("%s → %s", (_label, now, expected) => {
    expect(queueStatus(dueAt, at(now), policy)).toBe(expected);
  });

  it("has no status without a deadline", () => {
    expect(queueStatus(null, at("2026-11-02T12:00:00Z"), policy)).toBe("no-deadline");
  });

  it("counts elapsed time, not working time, for due soon", () => {
    // One working hour is left, but 65 real hours: not yet due soon.
    const monday = at("2026-11-09T10:00:00Z");
    const friday = at("2026-11-06T16:00:00Z");
    expect(calendar.workingMinutesBetween(friday, monday)).toBe(120);
    expect(queueStatus(monday, friday, policy)).toBe("on-time");
  });

  it.each([
    [0, "2026-11-02T11:59:00Z", "on-time"],
    [0, "2026-11-02T12:00:00Z", "due-soon"],
    [30, "2026-11-02T11:30:00Z", "due-soon"],
    [30, "2026-11-02T11:29:00Z", "on-time"],
  ])("with dueSoonMinutes %i, at %s → %s", (dueSoonMinutes, now, expected) => {
    expect(queueStatus(dueAt, at(now), { ...policy, dueSoonMinutes })).toBe(expected);
  });
});

describe("DEFAULT_SLA_POLICY", () => {
  it("holds the documented defaults and cannot be changed by accident", () => {
    expect(DEFAULT_SLA_POLICY).toEqual({
      acknowledgeWorkingDays: 1,
      decisionWorkingDays: 1,
      redHours: 4,
      amberWorkingDays: 1,
      greenWorkingDays: 3,
      blueWorkingDays: 3,
      feedbackWorkingDays: 1,
      earlyHelpRespondWorkingHours: 24,
      earlyHelpAllocateWorkingHours: 48,
      checkWorkingHours: { red: 2, amber: 4, green: 8, blue: 8 },
      dueSoonMinutes: 120,
    });
    expect(Object.isFrozen(DEFAULT_SLA_POLICY)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SLA_POLICY.checkWorkingHours)).toBe(true);
  });
});
