import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvLine, parseCsv } from "./csv.ts";

const rows = (text: string) => {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.message);
  return result.records.map((r) => r.fields);
};

describe("parseCsv", () => {
  it.each([
    [
      "plain",
      "a,b,c\n1,2,3\n",
      [
        ["a", "b", "c"],
        ["1", "2", "3"],
      ],
    ],
    [
      "CRLF line endings",
      "a,b\r\n1,2\r\n",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "no final line ending",
      "a,b\n1,2",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "a byte order mark",
      "\uFEFFa,b\n1,2\n",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "empty fields",
      "a,,c\n,,\n",
      [
        ["a", "", "c"],
        ["", "", ""],
      ],
    ],
    ["a quoted comma", 'a,"b,c"\n', [["a", "b,c"]]],
    ["an escaped quote", '"say ""hello""",x\n', [['say "hello"', "x"]]],
    ["a quoted line break", '"line 1\r\nline 2",x\n', [["line 1\r\nline 2", "x"]]],
    ["an empty quoted field", '"",x\n', [["", "x"]]],
    ["spaces kept as they are", " a , b \n", [[" a ", " b "]]],
    [
      "old Mac line endings",
      "a,b\r1,2\r",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
  ])("reads %s", (_name, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it("numbers records as a spreadsheet numbers rows, whatever line breaks are inside quotes", () => {
    const result = parseCsv('h1,h2\n"two\nlines",x\n\nlast,y\n');
    if (!result.ok) throw new Error(result.message);
    expect(result.records.map((r) => [r.row, r.fields[0]])).toEqual([
      [1, "h1"],
      [2, "two\nlines"],
      [3, ""],
      [4, "last"],
    ]);
  });

  it("refuses a quoted value that is never closed", () => {
    expect(parseCsv('a,b\n1,"2\n3,4\n')).toEqual({
      ok: false,
      message: "Row 2 has a quoted value that is never closed",
    });
  });

  it("refuses text after a closing quote", () => {
    expect(parseCsv('a,"b"c\n')).toEqual({
      ok: false,
      message: "Row 1 has text after a closing quote: put the whole value in quotes",
    });
  });

  it("reads back whatever csvLine writes", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 20 }),
        (table) => {
          // A record of one empty field is indistinguishable from a blank line; the writer never makes one.
          const written = table.filter((r) => !(r.length === 1 && r[0] === ""));
          const text = written.map(csvLine).join("");
          expect(rows(text)).toEqual(written);
        },
      ),
    );
  });
});

describe("csvLine", () => {
  it.each([
    [["a", "b"], "a,b\r\n"],
    [["a,b", 'say "hi"', "two\nlines"], '"a,b","say ""hi""","two\nlines"\r\n'],
    [["", "x"], ",x\r\n"],
  ])("%j → %j", (fields, line) => {
    expect(csvLine(fields)).toBe(line);
  });
});
