import { ErrorSummary, NotificationBanner } from "@portal/govuk-react";
import type { ReactNode } from "react";
import type { Refusal } from "./command-forms.ts";
import { LinesList, type SummaryRow } from "./lines-list.tsx";

/**
 * The top of a case page (a MASH item, a LADO case): its title (marked "Error:" after a refused
 * post), the way back, the error summary linking to each field at fault or else the success banner,
 * the header, and the contents list beside the summary.
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
      <title>{refusal ? `Error: ${title}` : title}</title>
      <a href={back.href} className="govuk-back-link">
        {back.text}
      </a>
      {refusal && (
        <ErrorSummary
          titleText="There is a problem"
          errorList={refusal.errors.map((error) => ({ text: error.message, href: `#${error.field}` }))}
        />
      )}
      {done && !refusal && <NotificationBanner type="success" text={done} />}
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
