import { describe, expect, it } from "vitest";
import { minutesOfDay, readDate, readWhen } from "./when.ts";

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

describe("readWhen and readDate", () => {
  const now = new Date("2026-11-23T12:00:00Z");
  const typed = (day: string, month: string, year: string, time = "") => ({
    "when-day": day,
    "when-month": month,
    "when-year": year,
    "when-time": time,
  });
  const read = (values: Record<string, string>) => readWhen(values, "when", messages, "when-time", now);

  it("reads a date and time as London clock time", () => {
    expect(read(typed("15", "7", "2026", "2:30pm"))).toEqual(new Date("2026-07-15T13:30:00Z"));
    expect(read(typed("15", "1", "2027", "14:30"))).toEqual(new Date("2027-01-15T14:30:00Z"));
  });

  it("says which part is wrong, keyed to the part at fault and the time field", () => {
    expect(read(typed("", "", ""))).toEqual({
      errors: [
        { field: "when-day", message: "Enter the date" },
        { field: "when-time", message: "Enter the time" },
      ],
    });
    expect(read(typed("30", "2", "2026", "10:00"))).toEqual({
      errors: [{ field: "when-day", message: "The date must be a real date" }],
    });
    expect(read(typed("1", "x", "2026", "10:00"))).toEqual({
      errors: [{ field: "when-month", message: "The date must be a real date" }],
    });
  });

  it("reads an empty optional date as none, and applies a rule", () => {
    const options = { required: false, errors: { invalid: "Invalid", rule: "Must be in the past" } } as const;
    expect(readDate(typed("", " ", ""), "when", options, now)).toEqual({ date: null });
    expect(readDate(typed("3", "4", "1990"), "when", { ...options, rule: "past" }, now)).toEqual({
      date: "1990-04-03",
    });
    expect(readDate(typed("24", "11", "2026"), "when", { ...options, rule: "past" }, now)).toEqual({
      errors: [{ field: "when-day", message: "Must be in the past" }],
    });
  });
});
