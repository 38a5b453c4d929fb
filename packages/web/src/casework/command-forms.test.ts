import { describe, expect, it } from "vitest";
import { commandForm, commandParser, oneOf, requiredText, ticked } from "./command-forms.ts";

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
      (f): Command => ({ type: "note", text: f["note-text"], tags: f["note-tags"] }),
    ),
    close: commandForm({}, (): Command => ({ type: "close" })),
    pick: commandForm(
      { "pick-n": oneOf(["1", "2", "3"], "Select a number") },
      (f): Command => ({ type: "pick", n: Number(f["pick-n"]) }),
      {
        order: ["pick-n", "pick-why"],
        check: (values, { who }) => [
          ...(who === "manager" ? [] : [{ field: "", message: "Only a manager can pick" }]),
          ...(values["pick-why"] === "" ? [{ field: "pick-why", message: "Say why" }] : []),
        ],
      },
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
  it("refuses an order that leaves out a field of the shape", () => {
    expect(() =>
      commandForm({ a: requiredText("A", "A"), b: requiredText("B", "B") }, () => 1, { order: ["b"] }),
    ).toThrow("leaves out a");
  });

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

  it("gives the check's messages with the shape's, in page order, one for no field by the button", () => {
    expect(parser.parse(post([["intent", "pick"]]), { who: "worker" })).toMatchObject({
      ok: false,
      errors: [
        { field: "pick-n", message: "Select a number" },
        { field: "pick-why", message: "Say why" },
        { field: "pick-submit", message: "Only a manager can pick" },
      ],
    });
    expect(
      parser.parse(
        post([
          ["intent", "pick"],
          ["pick-n", "2"],
          ["pick-why", "because"],
        ]),
        { who: "manager" },
      ),
    ).toMatchObject({ ok: true, command: { type: "pick", n: 2 } });
  });

  it("refuses an intent the page does not offer", () => {
    expect(parser.parse(post([["intent", "toString"]]), { who: "x" })).toMatchObject({
      ok: false,
      intent: null,
    });
    expect(parser.parse(post([]), { who: "x" })).toMatchObject({ ok: false, intent: null });
  });
});
