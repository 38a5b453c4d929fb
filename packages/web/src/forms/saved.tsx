import { Button, ErrorSummary, Input, InsetText, Table } from "@portal/govuk-react";
import { Form } from "react-router";
import { escapeHtml, formatDate } from "./text.ts";

export interface SavedForLaterPageProps {
  /** When the saved answers (or the secret link) stop working: a Date or an ISO timestamp. */
  expiresAt: string | Date;
  /** Signed in: the saved forms page, where the draft is listed. */
  savedFormsHref?: string | undefined;
  /** Not signed in: the secret link, shown once on screen. */
  resumeUrl?: string | undefined;
  /** Not signed in: the address a second link was just queued to, once they asked for it. */
  emailedTo?: string | undefined;
  /** Not signed in: what was typed as an email address, and why it was refused. */
  email?: { value: string; error: string } | undefined;
}

/**
 * After "Save and come back later". Signed-in people find the draft on their saved forms page;
 * anyone else is shown the secret link (single use, expiring) and may have another sent by email.
 */
export function SavedForLaterPage({
  expiresAt,
  savedFormsHref,
  resumeUrl,
  emailedTo,
  email,
}: SavedForLaterPageProps) {
  const expires = formatDate(expiresAt);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {email && (
          <ErrorSummary titleText="There is a problem" errorList={[{ text: email.error, href: "#email" }]} />
        )}
        <h1 className="govuk-heading-l">Your answers have been saved</h1>
        {resumeUrl ? (
          <>
            <p className="govuk-body">Use this link to come back to your answers:</p>
            <InsetText>
              <p
                className="govuk-body govuk-!-font-weight-bold govuk-!-text-break-word"
                data-testid="resume-link"
              >
                {resumeUrl}
              </p>
            </InsetText>
            <p className="govuk-body">
              Copy the link now and keep it somewhere safe: you will not see it again.
            </p>
            <p className="govuk-body">
              The link works once and expires on {expires}. When you use it and save your answers again, you
              get a new link.
            </p>
            <p className="govuk-body">Anyone with the link can see your answers, so do not share it.</p>
            {emailedTo ? (
              <p className="govuk-body" data-testid="emailed-to">
                We will also email a link to {emailedTo}. The email has the link and when it expires, nothing
                else.
              </p>
            ) : (
              <Form method="post" noValidate>
                <h2 className="govuk-heading-m">Get a link by email</h2>
                <Input
                  id="email"
                  name="email"
                  type="email"
                  spellcheck={false}
                  autocomplete="email"
                  label={{ text: "Email address" }}
                  hint={{ text: "We will send you a second link. It also works once." }}
                  value={email?.value}
                  errorMessage={email ? { text: email.error } : undefined}
                />
                <Button text="Email me a link" classes="govuk-button--secondary" preventDoubleClick />
              </Form>
            )}
          </>
        ) : (
          <>
            <p className="govuk-body">
              You can come back to them from your saved forms until {expires}. After that they are deleted.
            </p>
            {savedFormsHref && (
              <p className="govuk-body">
                <a className="govuk-link" href={savedFormsHref}>
                  Go to your saved forms
                </a>
              </p>
            )}
          </>
        )}
      </div>
    </div>
  );
}

export interface SavedDraft {
  title: string;
  /** Where the person left off. */
  href: string;
  /** Dates or ISO timestamps. */
  updatedAt: string | Date;
  expiresAt: string | Date;
}

/** The saved forms page's list ("recover a form"); the route supplies the h1. */
export function SavedFormsList({ drafts }: { drafts: readonly SavedDraft[] }) {
  if (drafts.length === 0) return <p className="govuk-body">You have no saved forms.</p>;
  return (
    <Table
      caption="Forms you have started"
      captionClasses="govuk-visually-hidden"
      head={[{ text: "Form" }, { text: "Last saved" }, { text: "Deleted after" }]}
      rows={drafts.map((draft) => [
        {
          html: `<a class="govuk-link" href="${escapeHtml(draft.href)}">${escapeHtml(draft.title)}<span class="govuk-visually-hidden"> (continue)</span></a>`,
        },
        { text: formatDate(draft.updatedAt) },
        { text: formatDate(draft.expiresAt) },
      ])}
    />
  );
}
