import { Table } from "@portal/govuk-react";
import { escapeHtml } from "@portal/web";
import { LinesList, type SummaryRow } from "@portal/web/casework/lines-list.tsx";

/** The columns a call monitoring file must have (REFERENCE §8), in the first row, in any order. */
const COLUMNS: readonly [string, string][] = [
  ["FileReference", "Your reference for the file, the same on every row. A reference cannot be used twice."],
  ["ProviderRef", "Your provider reference, such as SUN01"],
  ["ContractNumber", "The contract the visit is paid under, such as HC-2026-001"],
  ["ServiceUserRef", "The person's reference on the service order"],
  ["WeekEnding", "The Sunday that ends the visit's week"],
  ["ServiceType", "The contract's service type, such as HOME CARE"],
  ["VisitDate", "The date the visit was due: DD/MM/YYYY or YYYY-MM-DD"],
  ["StartTimeClaimed", "The planned start the visit is claimed against, 24-hour HH:MM"],
  ["DurationClaimed", "Minutes claimed: HH:MM:SS, HH:MM or whole minutes"],
  ["ActualStartTime", "When the visit started, 24-hour HH:MM"],
  ["ActualDuration", "How long it lasted: HH:MM:SS, HH:MM or whole minutes"],
  ["SecondaryVisit", "True for an additional carer's record of a visit on another row; blank is False"],
  ["NumberOfCarers", "Blank for 1, or a whole number"],
  ["VisitStatus (optional)", "completed, aborted, missed, refused or hospital; blank is completed"],
  ["StatusReason (optional)", "Why a visit was not completed"],
];

export function ExpectedColumns() {
  return (
    <Table
      caption="Columns the file must have"
      captionClasses="govuk-table__caption--s"
      firstCellIsHeader
      head={[{ text: "Column" }, { text: "What it holds" }]}
      rows={COLUMNS.map(([name, text]) => [{ text: name }, { text }])}
    />
  );
}

/** What an imported file did: its counts, and each rejected row with every reason. */
export function ImportResult({
  counts,
  rejected,
}: {
  counts: readonly SummaryRow[];
  rejected: readonly { row: number; reasons: string[] }[];
}) {
  return (
    <section aria-labelledby="import-result">
      <h2 className="govuk-heading-m" id="import-result">
        What the file did
      </h2>
      <LinesList rows={counts} />
      {rejected.length > 0 ? (
        <Table
          caption="Rows that were rejected"
          captionClasses="govuk-table__caption--m"
          firstCellIsHeader
          head={[{ text: "Row" }, { text: "Why it was rejected" }]}
          rows={rejected.map((row) => [
            { text: String(row.row) },
            {
              html: `<ul class="govuk-list">${row.reasons
                .map((reason) => `<li>${escapeHtml(reason)}</li>`)
                .join("")}</ul>`,
            },
          ])}
        />
      ) : (
        <p className="govuk-body">No rows were rejected.</p>
      )}
    </section>
  );
}
