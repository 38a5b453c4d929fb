import type { CheckAnswersSection, Step } from "@portal/forms";
import { Button, ErrorSummary, SummaryList } from "@portal/govuk-react";
import type { ReactNode } from "react";
import { Form } from "react-router";
import { linesHtml } from "./text.ts";

export interface CheckAnswersPageProps {
  /** The h1; "Check your answers before sending your referral" by default. */
  title?: string;
  sections: readonly CheckAnswersSection[];
  /**
   * The link for a row's change href (`changeHref(step)`, relative to the draft: "child?return=check").
   * By default the href itself, which resolves beside the check-your-answers URL.
   */
  hrefFor?: (href: string, step: Step) => string;
  /** The heading above the declaration; "Now send your referral" by default. */
  sendHeading?: string;
  /** What the person agrees to by sending. */
  declaration?: ReactNode;
  /** When there are errors the form cannot be sent as it stands, so the send button is left out. */
  errorSummary?: readonly { text: string; href: string }[];
  /** A signed-in sender's details, taken from their sign-in rather than asked again. */
  sender?: { name: string; organisation?: string | null; email?: string | null } | null;
}

const DEFAULT_DECLARATION = (
  <p className="govuk-body">
    By sending this referral you are confirming that, to the best of your knowledge, the details you are
    providing are correct.
  </p>
);

/** GOV.UK check answers: one summary list per section with Change links, then the declaration and send. */
export function CheckAnswersPage({
  title = "Check your answers before sending your referral",
  sections,
  hrefFor = (href) => href,
  sendHeading = "Now send your referral",
  declaration = DEFAULT_DECLARATION,
  errorSummary,
  sender,
}: CheckAnswersPageProps) {
  const single = sections.length === 1 && !sender;
  const canSend = !errorSummary || errorSummary.length === 0;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {errorSummary && errorSummary.length > 0 && (
          <ErrorSummary titleText="There is a problem" errorList={[...errorSummary]} />
        )}
        <h1 className="govuk-heading-l">{title}</h1>
        {sender && (
          <section aria-labelledby="section-sender">
            <h2 className="govuk-heading-m" id="section-sender">
              Your details
            </h2>
            <p className="govuk-hint">
              From your sign-in. Your organisation can correct them if they are wrong.
            </p>
            <SummaryList
              classes="govuk-!-margin-bottom-9"
              rows={[
                { key: { text: "Name" }, value: { text: sender.name } },
                ...(sender.organisation
                  ? [{ key: { text: "Organisation" }, value: { text: sender.organisation } }]
                  : []),
                ...(sender.email ? [{ key: { text: "Email" }, value: { text: sender.email } }] : []),
              ]}
            />
          </section>
        )}
        {sections.map((section) => (
          <section key={section.id} aria-labelledby={`section-${section.id}`}>
            <h2 className={single ? "govuk-visually-hidden" : "govuk-heading-m"} id={`section-${section.id}`}>
              {section.title}
            </h2>
            <SummaryList
              classes="govuk-!-margin-bottom-9"
              rows={section.rows.map((row) => ({
                key: { text: row.key },
                value: row.lines.length > 0 ? { html: linesHtml(row.lines) } : { text: "Not provided" },
                actions: {
                  items: [
                    {
                      href: hrefFor(row.change.href, row.change.step),
                      text: "Change",
                      visuallyHiddenText: row.key,
                    },
                  ],
                },
              }))}
            />
          </section>
        ))}
        {canSend && (
          <>
            <h2 className="govuk-heading-m">{sendHeading}</h2>
            {declaration}
            <Form method="post">
              <Button text="Accept and send" preventDoubleClick />
            </Form>
          </>
        )}
      </div>
    </div>
  );
}
