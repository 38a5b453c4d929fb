import { Tag } from "@portal/govuk-react";
import type { CheckRow } from "./types.ts";

const HEAD = ["Agency", "Question", "Requested", "Due", "Status", "Response"];

/** "Partner agency checks": what each agency was asked and what it said. */
export function Checks({ checks }: { checks: readonly CheckRow[] }) {
  return (
    <section aria-labelledby="checks">
      <h2 className="govuk-heading-m" id="checks">
        Partner agency checks
      </h2>
      {checks.length === 0 ? (
        <p className="govuk-body">No partner agencies have been asked about this referral.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">Partner agency checks</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {HEAD.map((text) => (
                <th key={text} scope="col" className="govuk-table__header">
                  {text}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {checks.map((check, index) => (
              <tr key={index} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {check.agency}
                </th>
                <td className="govuk-table__cell app-preserve-lines">{check.question}</td>
                <td className="govuk-table__cell">{check.requested}</td>
                <td className="govuk-table__cell">{check.due}</td>
                <td className="govuk-table__cell">
                  <Tag text={check.status.text} classes={check.status.classes} />
                </td>
                <td className="govuk-table__cell">
                  {check.response ? <span className="app-preserve-lines">{check.response}</span> : "None yet"}
                  {check.answeredBy && (
                    <>
                      <br />
                      <span className="govuk-body-s">By {check.answeredBy}</span>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
