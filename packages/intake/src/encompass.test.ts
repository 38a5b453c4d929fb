import { createSqliteIntakeStore } from "@portal/db";
import { describe, expect, it } from "vitest";
import { encompassDue, encompassSchools } from "./encompass.ts";
import { openReferrals } from "./intake.ts";
import { createSlaCalendar } from "./sla/index.ts";
import type { Answers } from "./store.ts";
import { sendTestReferral, testIntake } from "./test-support.ts";
import { actor } from "./triage/test-support.ts";
import type { Actor } from "./triage/types.ts";

const calendar = createSlaCalendar();
const SCHOOL_START = 8 * 60 + 30;
const GREENFIELD = { name: "Greenfield Primary School", email: "dsl@school.example.org" };
const HILLSIDE = { name: "Hillside Academy", email: "safeguarding@hillside.example.org" };

describe("Operation Encompass: before the start of the next school day", () => {
  it.each([
    ["a Friday night incident, told by Monday's start", "2026-11-27T22:00:00Z", "2026-11-30T08:30:00Z"],
    // Summer bank holiday Monday 31 August 2026: Tuesday's start, in British Summer Time.
    ["before a bank holiday Monday, told by Tuesday's start", "2026-08-28T21:00:00Z", "2026-09-01T07:30:00Z"],
    ["early on a school day, told by that day's start", "2026-11-24T06:00:00Z", "2026-11-24T08:30:00Z"],
    ["during a school day, told by the next day's start", "2026-11-24T10:00:00Z", "2026-11-25T08:30:00Z"],
    // Christmas 2026: Friday 25 and the substitute Boxing Day on Monday 28.
    ["over Christmas, told by Tuesday 29th's start", "2026-12-24T20:00:00Z", "2026-12-29T08:30:00Z"],
  ])("%s", (_, reported, due) => {
    expect(encompassDue(new Date(reported), calendar, SCHOOL_START)).toEqual(new Date(due));
  });
});

const notification = (schools: string, needed = "yes"): Answers => ({
  "police-reference": "CP-2026-114578",
  "incident-date": "2026-11-27",
  "incident-time": "21:40",
  "incident-location": "1 Test Street, Exampleton",
  "children-present": "yes",
  "children-where": "On the landing",
  "voice-of-child": "She said she was scared.",
  people: [
    { person: { givenName: "Sam", familyName: "Example" }, "person-roles": ["victim"] },
    {
      person: { givenName: "Maya", familyName: "Example", dateOfBirth: "2017-04-12" },
      "person-roles": ["child-present"],
    },
  ],
  "encompass-notice-needed": needed,
  "encompass-schools": schools,
});

describe("the schools a notification names", () => {
  it("are found by name in the officer's words, and only when a notice is needed", () => {
    const contacts = [GREENFIELD, HILLSIDE];
    expect(
      encompassSchools("police-notification", notification("greenfield primary school: Maya"), contacts),
    ).toEqual([GREENFIELD]);
    expect(
      encompassSchools(
        "police-notification",
        notification("Greenfield Primary School, Hillside Academy"),
        contacts,
      ),
    ).toEqual([GREENFIELD, HILLSIDE]);
    expect(encompassSchools("police-notification", notification("Riverside Nursery"), contacts)).toEqual([]);
    expect(
      encompassSchools("police-notification", notification("Greenfield Primary School", "no"), contacts),
    ).toEqual([]);
    expect(
      encompassSchools("child-safeguarding-referral", notification("Greenfield Primary School"), contacts),
    ).toEqual([]);
  });
});

describe("a police notification naming a school", () => {
  const FRIDAY_10PM = new Date("2026-11-27T22:00:00Z");
  const officer = actor("officer@police.example.org");

  function send() {
    const h = testIntake({ SCHOOL_CONTACTS: JSON.stringify([GREENFIELD, HILLSIDE]) }, FRIDAY_10PM);
    const { itemId, reference } = sendTestReferral(h.intake, {
      service: "children",
      formId: "police-notification",
      formVersion: 1,
      answers: notification("Greenfield Primary School: Maya Example"),
      subjects: [{ name: "Maya Example", dateOfBirth: "2017-04-12", role: "incident-person" }],
      referrer: {
        subject: officer.subject,
        name: officer.name,
        organisation: "County Police",
        organisationType: "police",
        anonymous: false,
      },
      portal: "professionals",
      now: FRIDAY_10PM,
    });
    return { h, itemId, reference };
  }

  it("queues the school's notice, due before Monday's school day, with no child's name in the email", () => {
    const { h, itemId, reference } = send();
    const notices = createSqliteIntakeStore(h.db)
      .outbox.list({ limit: 10 })
      .filter((m) => m.template === "operation-encompass");
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      recipient: "dsl@school.example.org",
      personalisation: {
        reference,
        link: `http://localhost:3002/notices/${itemId}`,
        due: "Monday 30 November 2026 at 8:30am",
      },
    });
    expect(JSON.stringify(notices[0])).not.toContain("Maya");
  });

  it("shows the notice to that school's safeguarding lead only", () => {
    const { h, itemId } = send();
    const referrals = openReferrals(h.db, h.env);
    const now = new Date("2026-11-30T08:00:00Z");
    const dsl = actor("dsl@school.example.org");
    const notice = referrals.notice(dsl, itemId, "professionals", now);
    expect(notice).toMatchObject({
      school: "Greenfield Primary School",
      children: [{ name: "Maya Example", dateOfBirth: "2017-04-12" }],
      policeReference: "CP-2026-114578",
      incident: { date: "2026-11-27", time: "21:40", place: "1 Test Street, Exampleton" },
      childPresent: true,
      childSaid: "She said she was scared.",
      due: new Date("2026-11-30T08:30:00Z"),
    });
    const elsewhere: Actor = { ...dsl, organisation: "Riverside Nursery" };
    const notLead: Actor = { ...dsl, roles: ["professional"] };
    expect(referrals.notice(elsewhere, itemId, "professionals", now)).toBeNull();
    expect(referrals.notice(notLead, itemId, "professionals", now)).toBeNull();
    expect(referrals.notice(actor("gp@health.example.org"), itemId, "professionals", now)).toBeNull();
  });
});
