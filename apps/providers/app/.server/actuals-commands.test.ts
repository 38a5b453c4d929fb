import type { PlannedVisit } from "@portal/commissioning";
import { describe, expect, it } from "vitest";
import { NEW_VISIT, slotIntent, visitFields } from "../components/actuals/fields.ts";
import {
  declaredTooLarge,
  parseVisit,
  readActualsFile,
  visitRefusalField,
  type WeekContext,
  weekChoice,
  weekSlots,
} from "./actuals-commands.ts";

const at = (iso: string) => new Date(iso);

const MONDAY_CALL: PlannedVisit = {
  id: "order-1:2026-11-16:08:00",
  orderId: "order-1",
  version: 1,
  date: "2026-11-16",
  start: "08:00",
  startsAt: at("2026-11-16T08:00:00Z"),
  minutes: 30,
  carers: 1,
};

const LATE_CALL: PlannedVisit = {
  ...MONDAY_CALL,
  id: "order-1:2026-11-17:23:50",
  date: "2026-11-17",
  start: "23:50",
  startsAt: at("2026-11-17T23:50:00Z"),
};

const context = (overrides: Partial<WeekContext> = {}): WeekContext => ({
  orderId: "order-1",
  monday: "2026-11-16",
  planned: [MONDAY_CALL, LATE_CALL],
  recorded: [],
  now: at("2026-11-23T09:00:00Z"),
  ...overrides,
});

function post(intent: string, fields: Record<string, string>): FormData {
  const form = new FormData();
  form.set("intent", intent);
  const f = visitFields(intent) as Record<string, string>;
  for (const [key, value] of Object.entries(fields)) form.set(f[key] ?? key, value);
  return form;
}

const MONDAY = slotIntent({ date: "2026-11-16", claimedStart: "08:00" });

describe("the week a page shows", () => {
  const now = at("2026-11-25T12:00:00Z"); // Wednesday 25 November 2026

  it.each([
    [null, "2026-11-16", "2026-11-09", "2026-11-23", false],
    ["2026-11-18", "2026-11-16", "2026-11-09", "2026-11-23", false],
    ["2026-11-23", "2026-11-23", "2026-11-16", null, true],
    ["2026-12-07", "2026-11-23", "2026-11-16", null, true],
    ["2026-02-30", "2026-11-16", "2026-11-09", "2026-11-23", false],
    ["rubbish", "2026-11-16", "2026-11-09", "2026-11-23", false],
  ])("reads week=%s as the week of %s", (param, monday, previous, next, current) => {
    expect(weekChoice(param, now)).toEqual({ monday, previous, next, current });
  });

  it("takes the week in London: 00:30 on a BST Monday is already the new week", () => {
    expect(weekChoice(null, at("2026-08-09T23:30:00Z")).monday).toBe("2026-08-03");
  });
});

describe("a planned call's form", () => {
  it("records what was delivered, claiming the minutes delivered", () => {
    const parsed = parseVisit(
      post(MONDAY, { start: "08:05", minutes: "35", carers: "1", status: "completed", reason: "" }),
      context(),
    );
    expect(parsed).toMatchObject({
      ok: true,
      intent: MONDAY,
      command: {
        orderId: "order-1",
        date: "2026-11-16",
        claimedStart: "08:00",
        claimedMinutes: 35,
        actualStart: at("2026-11-16T08:05:00Z"),
        actualMinutes: 35,
        carers: 1,
        status: "completed",
        reason: null,
        plannedVisitId: MONDAY_CALL.id,
      },
    });
  });

  it("takes a start just after midnight as the next day for a late call, in BST too", () => {
    const late = slotIntent({ date: LATE_CALL.date, claimedStart: LATE_CALL.start });
    const parsed = parseVisit(
      post(late, { start: "00:10", minutes: "30", carers: "1", status: "completed" }),
      context(),
    );
    expect(parsed.ok && parsed.command.actualStart).toEqual(at("2026-11-18T00:10:00Z"));
    const summer: PlannedVisit = {
      ...MONDAY_CALL,
      id: "order-1:2026-07-06:08:00",
      date: "2026-07-06",
      startsAt: at("2026-07-06T07:00:00Z"),
    };
    const july = parseVisit(
      post(slotIntent({ date: summer.date, claimedStart: summer.start }), {
        start: "08:00",
        minutes: "30",
        carers: "1",
        status: "completed",
      }),
      context({ monday: "2026-07-06", planned: [summer] }),
    );
    expect(july.ok && july.command.actualStart).toEqual(at("2026-07-06T07:00:00Z"));
  });

  it("keeps the reason for a visit not completed, and drops one left in the box for a completed visit", () => {
    const missed = parseVisit(
      post(MONDAY, { start: "08:00", minutes: "0", carers: "1", status: "missed", reason: " No answer " }),
      context(),
    );
    expect(missed).toMatchObject({
      ok: true,
      command: { status: "missed", reason: "No answer", actualMinutes: 0 },
    });
    const completed = parseVisit(
      post(MONDAY, { start: "08:00", minutes: "30", carers: "1", status: "completed", reason: "Old" }),
      context(),
    );
    expect(completed).toMatchObject({ ok: true, command: { reason: null } });
  });

  it("gives one message a field, in page order, each on its own field id", () => {
    const f = visitFields(MONDAY);
    const parsed = parseVisit(
      post(MONDAY, { start: "8am", minutes: "half an hour", carers: "0", status: "" }),
      context(),
    );
    expect(parsed).toEqual({
      ok: false,
      intent: MONDAY,
      errors: [
        {
          field: f.start,
          message: "Enter the start time as a 24-hour time with a colon, such as 08:05 or 17:30",
        },
        { field: f.minutes, message: "Enter the minutes as a whole number, such as 30" },
        { field: f.carers, message: "Enter the number of carers as a whole number from 1 to 9" },
        { field: f.status, message: "Select what happened at the visit" },
      ],
      values: expect.objectContaining({ [f.start]: "8am" }),
    });
  });

  it.each([
    [
      { start: "", minutes: "", carers: "", status: "completed" },
      "start",
      "Enter the time the visit started",
    ],
    [
      { start: "08:00", minutes: "", carers: "1", status: "completed" },
      "minutes",
      "Enter how many minutes the visit lasted",
    ],
    [
      { start: "08:00", minutes: "0", carers: "1", status: "completed" },
      "minutes",
      "A completed visit must last at least 1 minute",
    ],
    [
      { start: "08:00", minutes: "1501", carers: "1", status: "completed" },
      "minutes",
      "A visit must last 1500 minutes or less",
    ],
    [
      { start: "08:00", minutes: "30", carers: "", status: "completed" },
      "carers",
      "Enter how many carers made the visit",
    ],
    [
      { start: "08:00", minutes: "0", carers: "1", status: "refused", reason: "  " },
      "reason",
      "Enter why the visit was not completed",
    ],
  ])("refuses %o on the %s field", (fields, field, message) => {
    const parsed = parseVisit(post(MONDAY, fields), context());
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors[0]).toEqual({ field: visitFields(MONDAY)[field as "start"], message });
  });

  it("refuses a start still to come", () => {
    const parsed = parseVisit(
      post(MONDAY, { start: "08:00", minutes: "30", carers: "1", status: "completed" }),
      context({ now: at("2026-11-16T07:59:00Z") }),
    );
    expect(!parsed.ok && parsed.errors).toEqual([
      { field: visitFields(MONDAY).start, message: "The start time must be in the past" },
    ]);
  });

  it("treats a form for a call the week does not have as not from the page", () => {
    const other = slotIntent({ date: "2026-11-30", claimedStart: "08:00" });
    expect(parseVisit(post(other, { start: "08:00" }), context())).toEqual({
      ok: false,
      intent: null,
      errors: [],
      values: {},
    });
    expect(parseVisit(new FormData(), context()).intent).toBeNull();
  });

  it("offers a form for a visit recorded against no planned call, and corrects it in place", () => {
    const recorded = { date: "2026-11-19", claimedStart: "12:00", plannedVisitId: null };
    const slots = weekSlots(context({ recorded: [recorded] }));
    expect(slots.map(slotIntent)).toEqual([MONDAY, "record-2026-11-17-2350", "record-2026-11-19-1200"]);
    const parsed = parseVisit(
      post("record-2026-11-19-1200", { start: "12:10", minutes: "20", carers: "1", status: "completed" }),
      context({ recorded: [recorded] }),
    );
    expect(parsed).toMatchObject({
      ok: true,
      command: {
        date: "2026-11-19",
        claimedStart: "12:00",
        plannedVisitId: null,
        actualStart: at("2026-11-19T12:10:00Z"),
      },
    });
  });
});

describe("the form for a visit that was not planned", () => {
  it("claims it at its own start on the day chosen", () => {
    const parsed = parseVisit(
      post(NEW_VISIT, {
        date: "2026-11-19",
        start: "14:00",
        minutes: "20",
        carers: "2",
        status: "completed",
      }),
      context(),
    );
    expect(parsed).toMatchObject({
      ok: true,
      command: {
        date: "2026-11-19",
        claimedStart: "14:00",
        actualStart: at("2026-11-19T14:00:00Z"),
        carers: 2,
        plannedVisitId: null,
      },
    });
  });

  it("names the planned call when one is at that time, so it is not recorded twice", () => {
    const parsed = parseVisit(
      post(NEW_VISIT, {
        date: "2026-11-16",
        start: "08:00",
        minutes: "30",
        carers: "1",
        status: "completed",
      }),
      context(),
    );
    expect(parsed.ok && parsed.command.plannedVisitId).toBe(MONDAY_CALL.id);
  });

  it("needs a day of the week shown", () => {
    const f = visitFields(NEW_VISIT);
    const parsed = parseVisit(
      post(NEW_VISIT, {
        date: "2026-11-30",
        start: "14:00",
        minutes: "20",
        carers: "1",
        status: "completed",
      }),
      context(),
    );
    expect(!parsed.ok && parsed.errors).toEqual([{ field: f.date, message: "Select the day of the visit" }]);
  });
});

describe("where a refusal from the service goes", () => {
  it.each([
    ["invalid", visitFields(MONDAY).start],
    ["overlap", visitFields(MONDAY).start],
    ["week-invoiced", `${MONDAY}-submit`],
  ] as const)("%s goes on %s", (code, field) => {
    expect(visitRefusalField(MONDAY, code)).toBe(field);
  });
});

describe("the call monitoring file", () => {
  const csv = (text: string, name = "visits.csv") => new File([text], name, { type: "text/csv" });

  it("reads a UTF-8 file, and one saved as Windows-1252", async () => {
    expect(await readActualsFile(csv("FileReference\r\nA"), 1000)).toEqual({
      ok: true,
      text: "FileReference\r\nA",
      name: "visits.csv",
    });
    const latin = new File([new Uint8Array([0x43, 0x61, 0x66, 0xe9])], "x.CSV");
    expect(await readActualsFile(latin, 1000)).toMatchObject({ ok: true, text: "Café" });
  });

  it.each([
    ["nothing chosen", null, "Select a call monitoring file"],
    ["an empty input", new File([], ""), "Select a call monitoring file"],
    ["an empty file", csv(""), "The selected file is empty"],
    ["a large file", csv("x".repeat(2048)), "The selected file must be smaller than 1KB"],
    ["a spreadsheet", csv("x", "visits.xlsx"), "The selected file must be a CSV file"],
    ["a binary file", csv("a\u0000b"), "The selected file must be a CSV file"],
    ["a text field", "text", "Select a call monitoring file"],
  ])("refuses %s", async (_what, value, message) => {
    expect(await readActualsFile(value as FormDataEntryValue | null, 1024)).toEqual({ ok: false, message });
  });

  it("refuses a request whose declared length is far above the limit before reading it", () => {
    const request = (length: string) =>
      new Request("http://x/actuals/upload", { method: "POST", headers: { "content-length": length } });
    expect(declaredTooLarge(request(String(5 * 1024 * 1024)), 1024 * 1024)).toBe(true);
    expect(declaredTooLarge(request(String(1024 * 1024 + 1000)), 1024 * 1024)).toBe(false);
  });
});
