import { describe, expect, it } from "vitest";
import { dateLeftEmpty, minutesOfDay, readWhen } from "./when.ts";

const messages = {
  required: "Enter the date",
  invalid: "The date must be a real date",
  time: "Enter the time",
};

describe("minutesOfDay", () => {
  it.each([
    ["14:30", 870],
    ["9.05", 545],
    ["09:00", 540],
    ["2:30pm", 870],
    ["2 pm", 840],
    ["12am", 0],
    ["12pm", 720],
    ["12:15am", 15],
    ["midday", 720],
    ["Midnight", 0],
  ])("reads %s", (text, minutes) => {
    expect(minutesOfDay(text)).toBe(minutes);
  });

  it.each(["", "14", "25:00", "13pm", "0am", "9:60", "half past two", "14:3"])("refuses %j", (text) => {
    expect(minutesOfDay(text)).toBeNull();
  });
});

describe("readWhen", () => {
  const typed = (day: string, month: string, year: string, time?: string) => ({
    "when-day": day,
    "when-month": month,
    "when-year": year,
    ...(time === undefined ? {} : { "when-time": time }),
  });

  it("reads a date and time as London clock time", () => {
    expect(readWhen(typed("15", "7", "2026", "2:30pm"), "when", messages, "when-time")).toEqual(
      new Date("2026-07-15T13:30:00Z"),
    );
    expect(readWhen(typed("3", "12", "2026"), "when", messages)).toEqual(new Date("2026-12-03T00:00:00Z"));
  });

  it("says which part is wrong, keyed to the day input and the time field", () => {
    expect(readWhen(typed("", "", "", ""), "when", messages, "when-time")).toEqual({
      errors: [
        { field: "when-day", message: "Enter the date" },
        { field: "when-time", message: "Enter the time" },
      ],
    });
    expect(readWhen(typed("30", "2", "2026", "10:00"), "when", messages, "when-time")).toEqual({
      errors: [{ field: "when-day", message: "The date must be a real date" }],
    });
    expect(readWhen(typed("1", "2", "26"), "when", messages)).toEqual({
      errors: [{ field: "when-day", message: "The date must be a real date" }],
    });
  });

  it("tells an empty optional date from a partly typed one", () => {
    expect(dateLeftEmpty(typed("", " ", ""), "when")).toBe(true);
    expect(dateLeftEmpty(typed("", "4", ""), "when")).toBe(false);
  });
});
