import { Tag } from "@portal/govuk-react";
import { ragTag, statusTag } from "../tags.ts";
import type { ItemPage } from "./types.ts";

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
