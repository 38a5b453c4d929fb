import { Table } from "@portal/govuk-react";
import { escapeHtml } from "../forms/text.ts";
import type { ReferralRow } from "./display.ts";
import { statusHtml } from "./tags.ts";
import type { ReferralWords } from "./words.ts";

export interface ReferralsListPageProps {
  /** The document title. */
  title: string;
  /** "Your referrals", or "Referrals from <organisation>" for a safeguarding lead. */
  heading: string;
  words: ReferralWords;
  rows: readonly ReferralRow[];
  /** For a safeguarding lead, who sees what their whole organisation has sent; null otherwise. */
  organisation: string | null;
}

/** What a person (or, for a safeguarding lead, their organisation) has sent, newest first. */
export function ReferralsListPage({ title, heading, words, rows, organisation }: ReferralsListPageProps) {
  const { noun } = words;
  return (
    <>
      <title>{title}</title>
      <h1 className="govuk-heading-l">{heading}</h1>
      <p className="govuk-body">
        {organisation
          ? `The ${noun}s you and your colleagues at ${organisation} have sent, newest first.`
          : `The ${noun}s you have sent while signed in, newest first.`}{" "}
        Select a reference to see where a {noun} is, what was decided and any messages.
      </p>
      {rows.length === 0 ? (
        <p className="govuk-body" data-testid="no-referrals">
          {organisation
            ? `No one at ${organisation} has sent a ${noun} yet.`
            : `You have not sent any ${noun}s yet. ${words.plural} you send while signed in will appear here.`}
        </p>
      ) : (
        <Table
          caption={heading}
          captionClasses="govuk-visually-hidden"
          head={[{ text: "Reference" }, { text: "What" }, { text: "Sent" }, { text: "Status" }]}
          rows={rows.map((row) => [
            {
              html: `<a class="govuk-link app-nowrap" href="${escapeHtml(row.href)}">${escapeHtml(row.reference)}</a>`,
            },
            {
              html: row.sentByColleague
                ? `${escapeHtml(row.what)}<div class="govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0">Sent by a colleague</div>`
                : escapeHtml(row.what),
            },
            { text: row.sent },
            { html: statusHtml(row) },
          ])}
        />
      )}
    </>
  );
}
