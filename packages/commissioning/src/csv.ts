/**
 * A small RFC 4180 reader and writer: commas, double quotes around values that hold commas, quotes or
 * line breaks ("" for a quote inside), CRLF, LF or CR between records, and a UTF-8 byte order mark,
 * which Excel writes. Hand-written because the format is this small and the import must report
 * problems by spreadsheet row; a library such as csv-parse would need the same row bookkeeping.
 */

export interface CsvRecord {
  /** 1-based, as a spreadsheet numbers rows: a line break inside quotes does not start a new row. */
  row: number;
  fields: string[];
}

export type CsvResult = { ok: true; records: CsvRecord[] } | { ok: false; message: string };

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

export function parseCsv(input: string): CsvResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const row = records.length + 1;
    let field: string;
    if (text.charCodeAt(i) === QUOTE) {
      let value = "";
      let from = i + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close === -1) return { ok: false, message: `Row ${row} has a quoted value that is never closed` };
        value += text.slice(from, close);
        if (text.charCodeAt(close + 1) === QUOTE) {
          value += '"';
          from = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      const next = text.charCodeAt(i);
      if (i < n && next !== COMMA && next !== LF && next !== CR) {
        return {
          ok: false,
          message: `Row ${row} has text after a closing quote: put the whole value in quotes`,
        };
      }
      field = value;
    } else {
      let end = i;
      while (end < n) {
        const c = text.charCodeAt(end);
        if (c === COMMA || c === LF || c === CR) break;
        end++;
      }
      field = text.slice(i, end);
      i = end;
    }
    fields.push(field);
    const c = text.charCodeAt(i);
    if (c === COMMA) {
      i++;
      // A comma at the very end of the text still ends a record with an empty last field.
      if (i === n) fields.push("");
      else continue;
    }
    if (c === CR && text.charCodeAt(i + 1) === LF) i += 2;
    else if (c === CR || c === LF) i++;
    records.push({ row, fields });
    fields = [];
  }
  return { ok: true, records };
}

const NEEDS_QUOTES = /[",\r\n]/;

/** One record as a CSV line ending in CRLF, quoting only the values that need it. */
export function csvLine(fields: readonly string[]): string {
  return `${fields.map((f) => (NEEDS_QUOTES.test(f) ? `"${f.replaceAll('"', '""')}"` : f)).join(",")}\r\n`;
}
