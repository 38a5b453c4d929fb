export interface MessageRow {
  id: string;
  from: string;
  to: "referrer" | "team";
  at: string;
  body: string;
  /** The files that came with it, each a download link. */
  files: { id: string; name: string; size: string; href: string }[];
}

/** The conversation with the referrer: the team's questions and their answers, oldest first. */
export function Messages({ messages, heading }: { messages: readonly MessageRow[]; heading: string }) {
  return (
    <section aria-labelledby="messages">
      <h2 className="govuk-heading-m" id="messages">
        {heading}
      </h2>
      {messages.length === 0 ? (
        <p className="govuk-body">No messages yet.</p>
      ) : (
        <ul className="govuk-list">
          {messages.map((message) => (
            <li key={message.id} className="govuk-!-margin-bottom-4">
              <p className="govuk-body-s govuk-!-margin-bottom-1">
                {message.to === "referrer" ? "Question from" : "Answer from"} {message.from}, {message.at}
              </p>
              <p className="govuk-body app-preserve-lines">{message.body}</p>
              {message.files.length > 0 && (
                <ul className="govuk-list" aria-label={`Files with the answer from ${message.from}`}>
                  {message.files.map((file) => (
                    <li key={file.id}>
                      <a className="govuk-link" href={file.href} download>
                        {file.name}
                      </a>{" "}
                      <span className="govuk-body-s">({file.size})</span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
