import type { ReactNode } from "react";
import type { Refusal } from "./command-forms.ts";
import { LinesList, type SummaryRow } from "./lines-list.tsx";
import { PageTop } from "./page-top.tsx";

/**
 * The top of a case page (a MASH item, a LADO case): the page top, the header, and the contents
 * list beside the summary.
 */
export function CaseFrame({
  title,
  back,
  refusal,
  done,
  header,
  contents,
  summary,
}: {
  title: string;
  back: { href: string; text: string };
  refusal: Refusal | undefined;
  done: string | null;
  header: ReactNode;
  contents: readonly { href: string; text: string }[];
  summary: readonly SummaryRow[];
}) {
  return (
    <>
      <PageTop title={title} refusal={refusal} back={back} done={done} />
      {header}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <nav aria-labelledby="contents">
            <h2 className="govuk-heading-s govuk-!-margin-bottom-1" id="contents">
              On this page
            </h2>
            <ul className="govuk-list">
              {contents.map((link) => (
                <li key={link.href}>
                  <a className="govuk-link" href={link.href}>
                    {link.text}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <h2 className="govuk-visually-hidden">Summary</h2>
          <LinesList rows={summary} classes="govuk-!-margin-bottom-9" />
        </div>
      </div>
    </>
  );
}
