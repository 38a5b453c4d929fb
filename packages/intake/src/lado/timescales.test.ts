import { describe, expect, it } from "vitest";
import { createSlaCalendar } from "../sla/index.ts";
import { caseIn, heldStrategyMeeting, MONDAY_10AM, receivedCase } from "./test-support.ts";
import {
  addCalendarMonths,
  caseDeadlines,
  firstReviewDue,
  kcsieDashboard,
  kcsieTargetDates,
  kcsieTargets,
} from "./timescales.ts";
import type { LadoCase, LadoOutcomeCategory } from "./types.ts";

const calendar = createSlaCalendar();
const officer = { subject: "sub-lado", name: "Dana Clarke" };

describe("initial consideration", () => {
  it.each([
    ["Monday 09:30", "2026-11-23T09:30:00Z", "2026-11-24T09:30:00Z"],
    ["Friday 15:00, over the weekend", "2026-11-20T15:00:00Z", "2026-11-23T15:00:00Z"],
    ["Saturday 10:00", "2026-11-21T10:00:00Z", "2026-11-23T17:00:00Z"],
    ["Friday 18:00, after hours", "2026-11-20T18:00:00Z", "2026-11-23T17:00:00Z"],
    ["Thursday before Christmas, over the bank holidays", "2026-12-24T12:00:00Z", "2026-12-29T12:00:00Z"],
  ])("received %s is due one working day later", (_when, received, due) => {
    const deadlines = caseDeadlines(receivedCase({ receivedAt: new Date(received) }), calendar);
    expect(deadlines.considerationBy).toEqual(new Date(due));
  });

  it("is owed no longer once decided", () => {
    expect(caseDeadlines(caseIn("management"), calendar).considerationBy).toBeNull();
    expect(caseDeadlines(caseIn("below-threshold"), calendar)).toEqual({
      considerationBy: null,
      firstReviewBy: null,
      nextReviewBy: null,
    });
  });
});

describe("review meetings", () => {
  it("the first is due 28 days after the first strategy meeting was held", () => {
    const managed = caseIn("management");
    expect(firstReviewDue(managed)).toEqual(new Date("2026-12-18T14:00:00Z"));
    expect(caseDeadlines(managed, calendar).firstReviewBy).toEqual(new Date("2026-12-18T14:00:00Z"));
  });

  it("counts from the earliest recorded strategy meeting, not an unrecorded or later one", () => {
    const managed: LadoCase = {
      ...caseIn("management"),
      meetings: [
        heldStrategyMeeting({ id: "later", scheduledFor: new Date("2026-11-27T10:00:00Z") }),
        heldStrategyMeeting({
          id: "not-held",
          scheduledFor: new Date("2026-11-01T10:00:00Z"),
          recordedAt: null,
        }),
        heldStrategyMeeting({ id: "first", scheduledFor: new Date("2026-11-19T10:00:00Z") }),
      ],
    };
    expect(firstReviewDue(managed)).toEqual(new Date("2026-12-17T10:00:00Z"));
  });

  it("is not due before a strategy meeting is recorded", () => {
    const managed = { ...caseIn("management"), meetings: [heldStrategyMeeting({ recordedAt: null })] };
    expect(caseDeadlines(managed, calendar)).toEqual({
      considerationBy: null,
      firstReviewBy: null,
      nextReviewBy: null,
    });
  });

  it("once a review is recorded, the next review is the one the latest meeting set", () => {
    const managed: LadoCase = {
      ...caseIn("management"),
      meetings: [
        heldStrategyMeeting({ nextReviewAt: new Date("2026-12-18T10:00:00Z") }),
        heldStrategyMeeting({
          id: "review-1",
          kind: "review",
          scheduledFor: new Date("2026-12-18T10:00:00Z"),
          recordedAt: new Date("2026-12-18T12:00:00Z"),
          nextReviewAt: new Date("2027-01-15T10:00:00Z"),
        }),
      ],
    };
    expect(caseDeadlines(managed, calendar)).toEqual({
      considerationBy: null,
      firstReviewBy: null,
      nextReviewBy: new Date("2027-01-15T10:00:00Z"),
    });
  });

  it("nothing is owed after the outcome or on a closed case", () => {
    expect(caseDeadlines(caseIn("outcome"), calendar)).toEqual({
      considerationBy: null,
      firstReviewBy: null,
      nextReviewBy: null,
    });
    expect(caseDeadlines(caseIn("closed"), calendar)).toEqual({
      considerationBy: null,
      firstReviewBy: null,
      nextReviewBy: null,
    });
  });
});

describe("calendar months", () => {
  it.each([
    ["2026-01-15T10:00:00Z", 1, "2026-02-15T10:00:00Z"],
    ["2026-01-31T10:00:00Z", 1, "2026-02-28T10:00:00Z"],
    ["2028-01-31T10:00:00Z", 1, "2028-02-29T10:00:00Z"],
    ["2026-11-30T10:00:00Z", 3, "2027-02-28T10:00:00Z"],
    ["2026-12-31T10:00:00Z", 12, "2027-12-31T10:00:00Z"],
    ["2028-02-29T10:00:00Z", 12, "2029-02-28T10:00:00Z"],
  ])("%s + %i months is %s", (from, months, to) => {
    expect(addCalendarMonths(new Date(from), months)).toEqual(new Date(to));
  });
});

const RECEIVED = new Date("2026-01-31T10:00:00Z");

function resolved(category: LadoOutcomeCategory, decidedAt: Date, receivedAt = RECEIVED): LadoCase {
  return {
    ...caseIn("outcome"),
    receivedAt,
    outcome: { category, reason: "Reasons", decidedAt, decidedBy: officer },
  };
}

const MS = 1;
const plus = (iso: string, ms: number) => new Date(new Date(iso).getTime() + ms);

describe("KCSIE targets", () => {
  it("fall one week and one, three and twelve calendar months after receipt", () => {
    expect(kcsieTargetDates(RECEIVED)).toEqual({
      oneWeek: new Date("2026-02-07T10:00:00Z"),
      oneMonth: new Date("2026-02-28T10:00:00Z"),
      threeMonths: new Date("2026-04-30T10:00:00Z"),
      twelveMonths: new Date("2027-01-31T10:00:00Z"),
    });
  });

  it.each([
    ["false, at exactly one week", "false", plus("2026-02-07T10:00:00Z", 0), [true, true, true, true]],
    [
      "malicious, just after one week",
      "malicious",
      plus("2026-02-07T10:00:00Z", MS),
      [false, true, true, true],
    ],
    [
      "substantiated, at exactly one month",
      "substantiated",
      plus("2026-02-28T10:00:00Z", 0),
      [null, true, true, true],
    ],
    [
      "unsubstantiated, just after one month",
      "unsubstantiated",
      plus("2026-02-28T10:00:00Z", MS),
      [null, false, true, true],
    ],
    [
      "unfounded, at exactly three months",
      "unfounded",
      plus("2026-04-30T10:00:00Z", 0),
      [null, false, true, true],
    ],
    [
      "substantiated, just after three months",
      "substantiated",
      plus("2026-04-30T10:00:00Z", MS),
      [null, false, false, true],
    ],
    [
      "substantiated, at exactly twelve months",
      "substantiated",
      plus("2027-01-31T10:00:00Z", 0),
      [null, false, false, true],
    ],
    [
      "false, just after twelve months",
      "false",
      plus("2027-01-31T10:00:00Z", MS),
      [false, false, false, false],
    ],
  ] as const)("%s", (_name, category, decidedAt, [oneWeek, oneMonth, threeMonths, twelveMonths]) => {
    expect(kcsieTargets(resolved(category, decidedAt))).toEqual({
      oneWeek,
      oneMonth,
      threeMonths,
      twelveMonths,
    });
  });

  it("do not apply to a case with no outcome", () => {
    expect(kcsieTargets(caseIn("management"))).toBeNull();
    expect(kcsieTargets(caseIn("below-threshold"))).toBeNull();
  });
});

describe("the KCSIE dashboard", () => {
  const NOW = new Date("2026-06-01T10:00:00Z");
  const open = (receivedAt: string): LadoCase => ({
    ...caseIn("management"),
    receivedAt: new Date(receivedAt),
  });
  const cases: LadoCase[] = [
    resolved("false", new Date("2026-02-03T10:00:00Z")), // 3 days
    resolved("malicious", new Date("2026-02-20T10:00:00Z")), // under a month, over a week
    resolved("substantiated", new Date("2026-02-27T10:00:00Z")), // under a month
    resolved("unsubstantiated", new Date("2026-04-01T10:00:00Z")), // under three months
    resolved("unfounded", new Date("2026-05-15T10:00:00Z")), // over three months
    open("2026-05-20T10:00:00Z"), // 12 days: within every target
    open("2026-04-15T10:00:00Z"), // past a month
    open("2026-01-15T10:00:00Z"), // past three months
    { ...caseIn("consideration"), receivedAt: new Date("2026-02-01T10:00:00Z") }, // undecided, past three months
    { ...caseIn("below-threshold"), receivedAt: new Date("2025-01-01T10:00:00Z") }, // not counted
    { ...caseIn("closed"), stage: "closed", outcome: null, receivedAt: new Date("2025-01-01T10:00:00Z") }, // closed below threshold
  ];

  it("gives the count and share within each target, and open cases already past each", () => {
    expect(kcsieDashboard(cases, NOW)).toEqual({
      resolved: 5,
      targets: {
        oneWeek: { cases: 2, within: 1, share: 0.5 },
        oneMonth: { cases: 5, within: 3, share: 0.6 },
        threeMonths: { cases: 5, within: 4, share: 0.8 },
        twelveMonths: { cases: 5, within: 5, share: 1 },
      },
      open: 4,
      openPastTarget: { oneMonth: 3, threeMonths: 2, twelveMonths: 0 },
    });
  });

  it("has no shares without resolved cases", () => {
    expect(kcsieDashboard([], MONDAY_10AM)).toEqual({
      resolved: 0,
      targets: {
        oneWeek: { cases: 0, within: 0, share: null },
        oneMonth: { cases: 0, within: 0, share: null },
        threeMonths: { cases: 0, within: 0, share: null },
        twelveMonths: { cases: 0, within: 0, share: null },
      },
      open: 0,
      openPastTarget: { oneMonth: 0, threeMonths: 0, twelveMonths: 0 },
    });
  });

  it("counts an open case past a target only after the target's moment", () => {
    const atOneMonth = open("2026-01-31T10:00:00Z");
    expect(kcsieDashboard([atOneMonth], new Date("2026-02-28T10:00:00Z")).openPastTarget.oneMonth).toBe(0);
    expect(kcsieDashboard([atOneMonth], plus("2026-02-28T10:00:00Z", MS)).openPastTarget.oneMonth).toBe(1);
  });
});
