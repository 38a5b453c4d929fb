import { describe, expect, it } from "vitest";
import { commandForm, commandParser, type Made, oneOf, requiredText, ticked } from "./command-forms.ts";

type Command =
  | { type: "note"; text: string; tags: string[] }
  | { type: "close" }
  | { type: "pick"; n: number };

const parser = commandParser<"note" | "close" | "pick", Command, { who: string }>(
  {
    note: commandForm(
      {
        "note-text": requiredText("Enter the note", "The note"),
        "note-tags": ticked(["a", "b"], "Select a real tag"),
      },
      (f) => ({ type: "note", text: f["note-text"], tags: f["note-tags"] }),
    ),
    close: commandForm({}, () => ({ type: "close" })),
    pick: commandForm(
      { "pick-n": oneOf(["1", "2", "3"], "Select a number") },
      (f, { who }): Made<Command> =>
        who === "manager"
          ? { type: "pick", n: Number(f["pick-n"]) }
          : { errors: [{ field: "pick-n", message: "Only a manager can pick" }] },
    ),
  },
  new Set(["note-tags"]),
);

const post = (entries: [string, string][]) => {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return form;
};

describe("commandParser", () => {
  it("makes the command from a valid post, keeping every ticked box", () => {
    const parsed = parser.parse(
      post([
        ["intent", "note"],
        ["note-text", "  hello  "],
        ["note-tags", "a"],
        ["note-tags", "b"],
      ]),
      { who: "x" },
    );
    expect(parsed).toMatchObject({
      ok: true,
      intent: "note",
      command: { type: "note", text: "hello", tags: ["a", "b"] },
    });
  });

  it("gives one message a field, in page order, and keeps what was typed", () => {
    const parsed = parser.parse(
      post([
        ["intent", "note"],
        ["note-tags", "z"],
      ]),
      { who: "x" },
    );
    expect(parsed).toEqual({
      ok: false,
      intent: "note",
      errors: [
        { field: "note-text", message: "Enter the note" },
        { field: "note-tags", message: "Select a real tag" },
      ],
      values: { "note-text": "", "note-tags": ["z"] },
    });
  });

  it("passes the command's own refusals through", () => {
    const parsed = parser.parse(
      post([
        ["intent", "pick"],
        ["pick-n", "2"],
      ]),
      { who: "worker" },
    );
    expect(parsed).toMatchObject({
      ok: false,
      errors: [{ field: "pick-n", message: "Only a manager can pick" }],
    });
    expect(
      parser.parse(
        post([
          ["intent", "pick"],
          ["pick-n", "2"],
        ]),
        { who: "manager" },
      ),
    ).toMatchObject({
      ok: true,
      command: { type: "pick", n: 2 },
    });
  });

  it("refuses an intent the page does not offer", () => {
    expect(parser.parse(post([["intent", "toString"]]), { who: "x" })).toMatchObject({
      ok: false,
      intent: null,
    });
    expect(parser.parse(post([]), { who: "x" })).toMatchObject({ ok: false, intent: null });
  });
});
