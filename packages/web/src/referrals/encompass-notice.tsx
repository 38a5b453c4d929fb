import { SummaryList, Table, WarningText } from "@portal/govuk-react";
import type { NoticeDetail } from "./display.ts";

export interface EncompassNoticePageProps {
  /** The document title. */
  title: string;
  notice: NoticeDetail;
}

const lines = { classes: "app-preserve-lines govuk-!-text-break-word" };

/**
 * Operation Encompass: what a school's safeguarding lead needs to support a child at the start of the
 * school day after the police were called to a domestic abuse incident. Nothing else from the report.
 */
export function EncompassNoticePage({ title, notice }: EncompassNoticePageProps) {
  return (
    <>
      <title>{title}</title>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{notice.school}</span>
          <h1 className="govuk-heading-l">Operation Encompass notice</h1>
          <p className="govuk-body">
            Reference: <strong className="app-nowrap">{notice.reference}</strong>
          </p>
          <WarningText text={`Read this before the start of the school day: ${notice.due}`} />
          <p className="govuk-body">
            The police have told us about a domestic abuse incident involving a child at your school. We are
            telling you so that the school can support the child today.
          </p>
          <p className="govuk-body">
            Keep this information confidential. Share it only with staff who need to know it to support the
            child.
          </p>
          <h2 className="govuk-heading-m">The children</h2>
          {notice.children.length === 0 ? (
            <p className="govuk-body">The police did not give the children's names.</p>
          ) : (
            <Table
              caption="The children"
              captionClasses="govuk-visually-hidden"
              head={[{ text: "Name" }, { text: "Date of birth" }]}
              rows={notice.children.map((child) => [{ text: child.name }, { text: child.dateOfBirth }])}
            />
          )}
          <h2 className="govuk-heading-m">The incident</h2>
          <SummaryList
            rows={[
              { key: { text: "Police reference" }, value: { text: notice.policeReference } },
              { key: { text: "Date" }, value: { text: notice.incident.date } },
              { key: { text: "Time" }, value: { text: notice.incident.time } },
              { key: { text: "Where it happened" }, value: { text: notice.incident.place, ...lines } },
            ]}
          />
          <h2 className="govuk-heading-m">What the children saw and said</h2>
          <SummaryList
            rows={[
              {
                key: { text: "Were any children present during the incident?" },
                value: { text: notice.childPresent },
              },
              notice.whereChildWas !== null && {
                key: { text: "Where the children were, and what they saw or heard" },
                value: { text: notice.whereChildWas, ...lines },
              },
              {
                key: { text: "What the children said, and how they seemed" },
                value: { text: notice.childSaid, ...lines },
              },
            ]}
          />
          <p className="govuk-body">If a child is in immediate danger, call 999.</p>
        </div>
      </div>
    </>
  );
}
