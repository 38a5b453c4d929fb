import { describe, expect, it } from "vitest";
import { commands, refusalField } from "./commands.ts";

const actor = { subject: "lado-1", name: "Dana Clarke" };
const now = new Date("2026-06-30T12:00:00Z");

const post = (entries: Record<string, string | string[]>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(entries))
    for (const v of Array.isArray(value) ? value : [value]) form.append(name, v);
  return form;
};

describe("LADO case commands", () => {
  it("assigns the person posting, never someone the form names", () => {
    expect(
      commands.parse(post({ intent: "assign", "assign-to": "me", assignee: "someone-else" }), { actor, now }),
    ).toMatchObject({
      ok: true,
      command: { type: "assign", assignee: actor },
    });
  });

  it("needs a route for a concern below the threshold, and none when it is met", () => {
    expect(
      commands.parse(
        post({
          intent: "record-consideration",
          "record-consideration-threshold": "below",
          "record-consideration-reason": "Low level",
        }),
        { actor, now },
      ),
    ).toMatchObject({
      ok: false,
      errors: [{ field: "record-consideration-route", message: "Select what happens to the concern" }],
    });
    expect(
      commands.parse(
        post({
          intent: "record-consideration",
          "record-consideration-threshold": "met",
          "record-consideration-route": "nonsense",
          "record-consideration-reason": " Harm alleged ",
        }),
        { actor, now },
      ),
    ).toMatchObject({
      ok: true,
      command: { type: "record-consideration", threshold: "met", reason: "Harm alleged" },
    });
  });

  it("arranges a meeting at a London time with an attendee per name, an agency without names still invited", () => {
    const parsed = commands.parse(
      post({
        intent: "schedule-meeting",
        "schedule-meeting-kind": "strategy",
        "schedule-meeting-date-day": "2",
        "schedule-meeting-date-month": "7",
        "schedule-meeting-date-year": "2026",
        "schedule-meeting-time": "10am",
        "schedule-meeting-agencies": ["police", "childrens-social-care"],
        "schedule-meeting-names-police": "DC Rivers, DS Holt",
        "schedule-meeting-names-employer": "Ignored: not ticked",
      }),
      { actor, now },
    );
    expect(parsed).toMatchObject({
      ok: true,
      command: {
        type: "schedule-meeting",
        kind: "strategy",
        scheduledFor: new Date("2026-07-02T09:00:00Z"),
        attendees: [
          { agency: "police", name: "DC Rivers" },
          { agency: "police", name: "DS Holt" },
          { agency: "childrens-social-care", name: "" },
        ],
      },
    });
  });

  it("gives every missing part of a meeting its own message, all at once, in page order", () => {
    const parsed = commands.parse(
      post({
        intent: "schedule-meeting",
        "schedule-meeting-date-day": "31",
        "schedule-meeting-date-month": "2",
        "schedule-meeting-date-year": "2027",
        "schedule-meeting-time": "25:00",
      }),
      { actor, now },
    );
    expect(parsed).toMatchObject({
      ok: false,
      errors: [
        { field: "schedule-meeting-kind", message: "Select the kind of meeting" },
        { field: "schedule-meeting-date-day", message: "The date of the meeting must be a real date" },
        { field: "schedule-meeting-time", message: "Enter the time of the meeting, like 2:30pm or 14:30" },
        { field: "schedule-meeting-agencies", message: "Select who is invited" },
      ],
    });
  });

  const recorded = {
    intent: "record-meeting",
    "record-meeting-id": "meeting-1",
    "record-meeting-agencies": ["lado", "police"],
    "record-meeting-names-lado": "Dana Clarke",
    "record-meeting-names-police": "DC Rivers",
    "record-meeting-minutes": "Police to interview the child.",
  };

  it("records a meeting with the actions typed, skipping empty rows", () => {
    const parsed = commands.parse(
      post({
        ...recorded,
        "record-meeting-action-2": "Suspend pending enquiries",
        "record-meeting-owner-2": "Head teacher",
        "record-meeting-due-2-day": "9",
        "record-meeting-due-2-month": "7",
        "record-meeting-due-2-year": "2026",
        "record-meeting-next-review-day": "30",
        "record-meeting-next-review-month": "7",
        "record-meeting-next-review-year": "2026",
      }),
      { actor, now },
    );
    expect(parsed).toMatchObject({
      ok: true,
      command: {
        type: "record-meeting",
        meetingId: "meeting-1",
        attendees: [
          { agency: "lado", name: "Dana Clarke" },
          { agency: "police", name: "DC Rivers" },
        ],
        actions: [
          {
            action: "Suspend pending enquiries",
            owner: "Head teacher",
            dueAt: new Date("2026-07-08T23:00:00Z"),
          },
        ],
        nextReviewAt: new Date("2026-07-29T23:00:00Z"),
      },
    });
  });

  it("refuses a half-written action and an attending agency with nobody named", () => {
    const parsed = commands.parse(
      post({ ...recorded, "record-meeting-names-police": " , ", "record-meeting-owner-1": "Head teacher" }),
      { actor, now },
    );
    expect(parsed).toMatchObject({
      ok: false,
      errors: [
        { field: "record-meeting-names-police", message: "Enter who attended for this agency" },
        { field: "record-meeting-action-1", message: "Enter action 1" },
        { field: "record-meeting-due-1-day", message: "Enter the date action 1 is due" },
      ],
    });
  });

  it("keeps an outcome to the five KCSIE categories", () => {
    expect(
      commands.parse(
        post({ intent: "record-outcome", "record-outcome-category": "proven", "record-outcome-reason": "x" }),
        { actor, now },
      ),
    ).toMatchObject({ ok: false, errors: [{ field: "record-outcome-category" }] });
    expect(
      commands.parse(
        post({
          intent: "record-outcome",
          "record-outcome-category": "unsubstantiated",
          "record-outcome-reason": "x",
        }),
        { actor, now },
      ),
    ).toMatchObject({ ok: true, command: { type: "record-outcome", category: "unsubstantiated" } });
  });

  it("puts a workflow refusal beside the field it concerns", () => {
    expect(refusalField("record-outcome", "reason-required")).toBe("record-outcome-reason");
    expect(refusalField("record-outcome", "enquiries-open")).toBe("record-outcome-category");
    expect(refusalField("record-meeting", "text-required")).toBe("record-meeting-minutes");
    expect(refusalField("close", "feedback-required")).toBe("close-submit");
    expect(refusalField("schedule-meeting", "meeting-required")).toBe("schedule-meeting-kind");
  });
});
