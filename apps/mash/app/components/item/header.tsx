import { SummaryList, Tag } from "@portal/govuk-react";
import { linesHtml } from "@portal/web";
import { ragTag, statusTag } from "../tags.ts";
import type { ItemPage, SummaryRow } from "./types.ts";

/**
 * The caption, reference and tags. Each tag says its meaning in words, and a hidden label says what
 * it is a tag of, so neither colour nor position carries the meaning alone.
 */
export function ItemHeader({ page }: { page: ItemPage }) {
  const status = statusTag(page.status).trim();
  return (
    <>
      <span className="govuk-caption-l">{page.service}</span>
      <h1 className="govuk-heading-l">{page.reference}</h1>
      <ul className="govuk-list" aria-label="Status">
        <li className="govuk-!-display-inline-block govuk-!-margin-right-2">
          <span className="govuk-visually-hidden">RAG rating: </span>
          <span dangerouslySetInnerHTML={{ __html: ragTag(page.rag) }} />
        </li>
        {status && (
          <li className="govuk-!-display-inline-block govuk-!-margin-right-2">
            <span className="govuk-visually-hidden">Deadline: </span>
            <span dangerouslySetInnerHTML={{ __html: status }} />
          </li>
        )}
        <li className="govuk-!-display-inline-block govuk-!-margin-right-2">
          <span className="govuk-visually-hidden">Stage: </span>
          <Tag text={page.stage.text} classes={page.stage.classes} />
        </li>
        {page.waitingForReferrer && (
          <li className="govuk-!-display-inline-block govuk-!-margin-right-2">
            <Tag text="Waiting for the referrer" classes="govuk-tag--purple" />
          </li>
        )}
        {page.reroutedFrom && (
          <li className="govuk-!-display-inline-block govuk-!-margin-right-2">
            <Tag text={`Sent from ${page.reroutedFrom}`} classes="govuk-tag--magenta" />
          </li>
        )}
      </ul>
    </>
  );
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
