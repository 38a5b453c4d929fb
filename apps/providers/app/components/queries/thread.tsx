import type { ThreadMessage } from "./types.ts";

/** A query's messages, oldest first, each with who wrote it and when. */
export function Thread({ messages }: { messages: readonly ThreadMessage[] }) {
  return (
    <section aria-labelledby="messages">
      <h2 className="govuk-heading-m" id="messages">
        Messages
      </h2>
      <ol className="govuk-list">
        {messages.map((message) => (
          <li
            key={message.key}
            className={
              message.side === "council"
                ? "govuk-inset-text govuk-!-margin-top-0 govuk-!-margin-bottom-6"
                : "govuk-!-margin-bottom-6"
            }
          >
            <p className="govuk-body-s govuk-!-margin-bottom-1">
              <strong>{message.from}</strong>, {message.at}
            </p>
            <p className="govuk-body govuk-!-margin-bottom-0 app-preserve-lines">{message.text}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
