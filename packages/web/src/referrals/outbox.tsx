import { Table } from "@portal/govuk-react";
import { escapeHtml } from "../forms/text.ts";
import type { OutboxRow } from "./display.ts";

export interface OutboxPageProps {
  /** The document title. */
  title: string;
  rows: readonly OutboxRow[];
  /** How many messages the page shows at most. */
  limit: number;
}

function detailsHtml(details: OutboxRow["details"]): string {
  return details
    .map(({ label, text, href }) => {
      const value = href
        ? `<a class="govuk-link" href="${escapeHtml(href)}">${escapeHtml(text)}</a>`
        : escapeHtml(text);
      return `<span class="govuk-!-font-weight-bold">${escapeHtml(label)}:</span> ${value}`;
    })
    .join("<br>");
}

/** Demo mode's mail catcher: the emails the suite queued, newest first, none of them sent. */
export function OutboxPage({ title, rows, limit }: OutboxPageProps) {
  return (
    <>
      <title>{title}</title>
      <h1 className="govuk-heading-l">Emails the suite would have sent</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            The suite is running in demo mode, so it sends no emails. This page shows the newest {limit}{" "}
            emails it would have sent, so you can follow the links in them.
          </p>
          <p className="govuk-body">
            A council connects GOV.UK Notify by setting <code>NOTIFY_API_KEY</code>, with the Notify template
            for each email in <code>NOTIFY_TEMPLATE_IDS</code>, and turning demo mode off. This page is not
            there outside demo mode.
          </p>
        </div>
      </div>
      {rows.length === 0 ? (
        <p className="govuk-body">The suite has not queued any emails yet.</p>
      ) : (
        <Table
          caption={`The newest ${rows.length} emails, newest first`}
          captionClasses="govuk-table__caption--m"
          head={[
            { text: "When" },
            { text: "To" },
            { text: "Email" },
            { text: "Status" },
            { text: "What it says" },
          ]}
          rows={rows.map((row) => [
            { text: row.when, classes: "app-nowrap" },
            { text: row.to, classes: "govuk-!-text-break-word" },
            { text: row.template },
            { text: row.status },
            { html: detailsHtml(row.details), classes: "govuk-!-text-break-word" },
          ])}
        />
      )}
    </>
  );
}
