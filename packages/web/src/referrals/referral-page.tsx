import {
  Button,
  CharacterCount,
  ErrorSummary,
  FileUpload,
  InsetText,
  NotificationBanner,
  SummaryList,
  WarningText,
} from "@portal/govuk-react";
import { Form } from "react-router";
import type { ReferralDetail, ReferralMessageLine } from "./display.ts";
import { ANSWER_FILE_FIELD, ANSWER_MAX_LENGTH, type ReplyFailure } from "./reply.ts";
import { statusHtml } from "./tags.ts";
import type { ReferralWords } from "./words.ts";

export interface ReferralPageProps {
  /** The document title ("Error: " is added when an answer was refused). */
  title: string;
  words: ReferralWords;
  referral: ReferralDetail;
  /** The hint under the file input: the kinds of file accepted. */
  fileHint: string;
  /** Just after an answer was sent (`?done=answered`). */
  answeredNow: boolean;
  /** The answer that could not be sent, and why (the answer's message, the file's, or both). */
  failed?: ReplyFailure | null | undefined;
}

function Message({ message }: { message: ReferralMessageLine }) {
  return (
    <li className="govuk-!-margin-bottom-6">
      <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{message.from}</h3>
      <p className="govuk-body-s govuk-!-margin-bottom-2">
        <time dateTime={message.at}>{message.when}</time>
      </p>
      <p className="govuk-body app-preserve-lines govuk-!-text-break-word">{message.text}</p>
      {message.files.length > 0 && (
        <>
          <p className="govuk-body-s govuk-!-margin-bottom-1">Attached:</p>
          <ul className="govuk-list govuk-list--bullet govuk-body-s govuk-!-text-break-word">
            {message.files.map((file) => (
              <li key={file.id}>
                {file.name} ({file.size})
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

/**
 * One referral or request as its sender sees it: when it was sent, where it is, what the council owes
 * them next, the outcome once there is one, the messages, and the team's open question with a form to
 * answer it. Everything shown comes from ReferralView: never triage notes, ratings or checks.
 */
export function ReferralPage({ title, words, referral, fileHint, answeredNow, failed }: ReferralPageProps) {
  const { question, outcome } = referral;
  // A refusal that is not about a field (the question was answered meanwhile) links nowhere.
  const errorList = failed
    ? [
        failed.error !== undefined &&
          (question ? { text: failed.error, href: "#answer" } : { text: failed.error }),
        failed.fileError !== undefined &&
          (question ? { text: failed.fileError, href: `#${ANSWER_FILE_FIELD}` } : { text: failed.fileError }),
      ].filter((entry) => entry !== false)
    : [];
  return (
    <>
      <title>{failed ? `Error: ${title}` : title}</title>
      <a href={words.basePath} className="govuk-back-link">
        Back to {words.listTitle.toLowerCase()}
      </a>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {answeredNow && !failed && (
            <NotificationBanner
              type="success"
              titleText="Success"
              text="Your answer has been sent to the team"
            />
          )}
          {failed && <ErrorSummary titleText="There is a problem" errorList={errorList} />}
          <span className="govuk-caption-l">{referral.what}</span>
          <h1 className="govuk-heading-l app-nowrap">{referral.reference}</h1>
          {question && <WarningText text="The team is waiting for your answer to their question." />}
          <SummaryList
            rows={[
              { key: { text: "Sent" }, value: { text: referral.sentAt } },
              referral.sentByColleague && { key: { text: "Sent by" }, value: { text: "A colleague" } },
              { key: { text: "Status" }, value: { html: statusHtml(referral) } },
              referral.nextStep !== null && {
                key: { text: "What happens next" },
                value: { text: referral.nextStep },
              },
              outcome && { key: { text: "Outcome" }, value: { text: outcome.label } },
              outcome && {
                key: { text: "Message from the team" },
                value: outcome.message
                  ? { text: outcome.message, classes: "app-preserve-lines govuk-!-text-break-word" }
                  : { text: "The team has not written to you yet" },
              },
            ]}
          />
          {question && (
            <>
              <h2 className="govuk-heading-m">The team's question</h2>
              <InsetText>
                <p className="govuk-body app-preserve-lines govuk-!-text-break-word">{question.text}</p>
                <p className="govuk-body-s govuk-!-margin-bottom-0">
                  Asked on <time dateTime={question.at}>{question.when}</time>
                </p>
              </InsetText>
              <Form method="post" action={referral.href} encType="multipart/form-data" noValidate>
                <CharacterCount
                  id="answer"
                  name="answer"
                  label={{ text: "Your answer", classes: "govuk-label--s" }}
                  hint={{ text: `The team will read it with your ${words.noun}.` }}
                  maxlength={ANSWER_MAX_LENGTH}
                  rows={6}
                  value={failed?.answer ?? ""}
                  errorMessage={failed?.error !== undefined ? { text: failed.error } : undefined}
                />
                <FileUpload
                  id={ANSWER_FILE_FIELD}
                  name={ANSWER_FILE_FIELD}
                  label={{ text: "Attach a file (optional)", classes: "govuk-label--s" }}
                  hint={{ text: fileHint }}
                  errorMessage={failed?.fileError !== undefined ? { text: failed.fileError } : undefined}
                />
                <Button text="Send your answer" preventDoubleClick />
              </Form>
            </>
          )}
          <h2 className="govuk-heading-m">Messages</h2>
          {referral.messages.length === 0 ? (
            <p className="govuk-body">There are no messages about this {words.noun} yet.</p>
          ) : (
            <ol className="govuk-list" aria-label="Messages, oldest first">
              {referral.messages.map((message) => (
                <Message key={message.id} message={message} />
              ))}
            </ol>
          )}
        </div>
      </div>
    </>
  );
}
