import { CaseHeading } from "@portal/web/casework/case-heading.tsx";
import { ragWords, statusWords } from "../tags.ts";
import type { ItemPage } from "./types.ts";

/** The service, reference and tags: RAG rating, deadline, stage, and what the item is waiting for. */
export function ItemHeader({ page }: { page: ItemPage }) {
  const status = statusWords(page.status);
  return (
    <CaseHeading
      caption={page.service}
      reference={page.reference}
      tags={[
        { label: "RAG rating", ...ragWords(page.rag) },
        ...(status ? [{ label: "Deadline", ...status }] : []),
        { label: "Stage", ...page.stage },
        ...(page.waitingForReferrer
          ? [{ text: "Waiting for the referrer", classes: "govuk-tag--purple" }]
          : []),
        ...(page.reroutedFrom
          ? [{ text: `Sent from ${page.reroutedFrom}`, classes: "govuk-tag--magenta" }]
          : []),
      ]}
    />
  );
}
