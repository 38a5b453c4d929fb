export interface HistoryRow {
  at: string;
  /** ISO time for the `<time>` element. */
  datetime: string;
  what: string;
  /** Another item or case the event made or named, linked when the viewer may open it. */
  link: { text: string; href: string | null } | null;
  /** A reason or a message recorded with the event. */
  detail: string | null;
  who: string | null;
}

/** "History": what happened, oldest first, with who did it. */
export function History({ history }: { history: readonly HistoryRow[] }) {
  return (
    <section aria-labelledby="history">
      <h2 className="govuk-heading-m" id="history">
        History
      </h2>
      <p className="govuk-body">Oldest first.</p>
      <ol className="govuk-list">
        {history.map((row, index) => (
          <li key={index} className="govuk-!-margin-bottom-4">
            <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
              {row.what}
              {row.link && (
                <>
                  {" "}
                  {row.link.href ? (
                    <a className="govuk-link" href={row.link.href}>
                      {row.link.text}
                    </a>
                  ) : (
                    row.link.text
                  )}
                </>
              )}
            </p>
            {row.detail && (
              <p className="govuk-body app-preserve-lines govuk-!-margin-bottom-1">{row.detail}</p>
            )}
            <p className="govuk-body-s govuk-!-margin-bottom-0">
              <time dateTime={row.datetime}>{row.at}</time>
              {row.who && ` by ${row.who}`}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
