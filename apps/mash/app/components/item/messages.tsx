import type { MessageRow } from "./types.ts";

/** The conversation with the referrer: the team's questions and their answers, oldest first. */
export function Messages({ messages }: { messages: readonly MessageRow[] }) {
  return (
    <section aria-labelledby="messages">
      <h2 className="govuk-heading-m" id="messages">
        Messages with the referrer
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
