import { SummaryList } from "@portal/govuk-react";
import { linesHtml } from "../forms/text.ts";

export interface SummaryRow {
  key: string;
  /** Plain text, one line each. */
  lines: string[];
}

/** Rows of plain-text lines, escaped, one line each; an empty row reads "Not provided". */
export function LinesList({ rows, classes }: { rows: readonly SummaryRow[]; classes?: string }) {
  return (
    <SummaryList
      classes={classes}
      rows={rows.map((row) => ({
        key: { text: row.key },
        value: row.lines.length > 0 ? { html: linesHtml(row.lines) } : { text: "Not provided" },
      }))}
    />
  );
}
