import { Table } from "@portal/govuk-react";
import { escapeHtml } from "@portal/web";
import { CaseHeading } from "@portal/web/casework/case-heading.tsx";
import { LinesList, type SummaryRow } from "@portal/web/casework/lines-list.tsx";
import type { ReactNode } from "react";
import type { CasePage, EnquiryRow, KcsieRow, MeetingView, RepeatConcernRow } from "./types.ts";

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id={id}>
        {heading}
      </h2>
      {children}
    </section>
  );
}

/** The reference and tags: stage, what the case is waiting for, and whether a deadline has passed. */
export function CaseHeader({ page }: { page: CasePage }) {
  return (
    <CaseHeading
      caption="LADO case"
      reference={page.reference}
      tags={[
        { label: "Stage", ...page.stage },
        ...(page.waitingForReferrer
          ? [{ text: "Waiting for the referrer", classes: "govuk-tag--purple" }]
          : []),
        ...(page.overdue ? [{ label: "Deadline", text: "Overdue", classes: "govuk-tag--red" }] : []),
      ]}
    />
  );
}

export function RepeatConcerns({ rows }: { rows: readonly RepeatConcernRow[] }) {
  return (
    <Section id="repeat-concerns" heading="Earlier concerns about this adult">
      {rows.length === 0 ? (
        <p className="govuk-body" data-testid="no-repeat-concerns">
          No earlier LADO referral matches this adult's name and date of birth.
        </p>
      ) : (
        <>
          <p className="govuk-body">
            Earlier referrals that may be about the same adult, including those below threshold. Check the
            pattern before you decide on the threshold.
          </p>
          <Table
            caption="Earlier referrals that may be about this adult"
            captionClasses="govuk-visually-hidden"
            head={[
              { text: "Reference" },
              { text: "Received" },
              { text: "Adult" },
              { text: "Employer" },
              { text: "What happened" },
              { text: "Match" },
            ]}
            rows={rows.map((row) => [
              {
                html: `<a class="govuk-link app-nowrap" href="${escapeHtml(row.href)}">${escapeHtml(row.reference)}</a>`,
              },
              { text: row.received },
              { text: row.adult },
              {
                html: `${escapeHtml(row.employer)}${row.sameEmployer ? `<br><strong class="govuk-tag govuk-tag--orange">Same employer</strong>` : ""}`,
              },
              { text: row.result },
              {
                html: `${escapeHtml(row.strength)}<br><span class="govuk-body-s">${escapeHtml(row.reasons)}</span>`,
              },
            ])}
          />
        </>
      )}
    </Section>
  );
}

export function Timescales({ rows }: { rows: readonly KcsieRow[] }) {
  return (
    <Section id="timescales" heading="KCSIE timescales">
      <p className="govuk-body">
        Keeping children safe in education expects most allegations resolved within a month, and a clearly
        false or malicious one within a week. Measured from receipt to the outcome.
      </p>
      <Table
        caption="KCSIE targets for this case"
        captionClasses="govuk-visually-hidden"
        head={[{ text: "Target" }, { text: "Falls on" }, { text: "Result" }]}
        rows={rows.map((row) => [{ text: row.target }, { text: row.by }, { text: row.result }])}
      />
    </Section>
  );
}

export function Consideration({ rows }: { rows: readonly SummaryRow[] | null }) {
  return (
    <Section id="consideration" heading="Initial consideration">
      {rows ? (
        <LinesList rows={rows} />
      ) : (
        <p className="govuk-body">The threshold has not been decided yet.</p>
      )}
    </Section>
  );
}

function Meeting({ meeting }: { meeting: MeetingView }) {
  return (
    <section aria-labelledby={`meeting-${meeting.id}`} className="govuk-!-margin-bottom-6">
      <h3 className="govuk-heading-s" id={`meeting-${meeting.id}`}>
        {meeting.heading}: {meeting.when}
      </h3>
      {meeting.recorded === null && <p className="govuk-body">Arranged. The minutes are not recorded yet.</p>}
      <LinesList
        rows={[
          ...meeting.attendees.map((row) => ({
            key: `${meeting.recorded ? "Attended" : "Invited"}: ${row.key}`,
            lines: row.lines,
          })),
          ...(meeting.minutes === null ? [] : [{ key: "Minutes", lines: [meeting.minutes] }]),
          ...(meeting.nextReview ? [{ key: "Next review", lines: [meeting.nextReview] }] : []),
          ...(meeting.recorded ? [{ key: "Recorded", lines: [meeting.recorded] }] : []),
        ]}
      />
      {meeting.actions.length > 0 && (
        <Table
          caption={`Actions from the ${meeting.heading.toLowerCase()}`}
          captionClasses="govuk-table__caption--s"
          head={[{ text: "Action" }, { text: "Who" }, { text: "Due" }]}
          rows={meeting.actions.map((a) => [{ text: a.action }, { text: a.owner }, { text: a.due }])}
        />
      )}
    </section>
  );
}

export function Meetings({ meetings }: { meetings: readonly MeetingView[] }) {
  return (
    <Section id="meetings" heading="Meetings">
      {meetings.length === 0 ? (
        <p className="govuk-body">No meeting has been arranged.</p>
      ) : (
        meetings.map((meeting) => <Meeting key={meeting.id} meeting={meeting} />)
      )}
    </Section>
  );
}

export function Enquiries({ rows }: { rows: readonly EnquiryRow[] }) {
  return (
    <Section id="enquiries" heading="Enquiries">
      {rows.length === 0 ? (
        <p className="govuk-body">No enquiry has been started.</p>
      ) : (
        <Table
          caption="Police, children's social care and employer enquiries"
          captionClasses="govuk-visually-hidden"
          head={[{ text: "Agency" }, { text: "Status" }, { text: "Started" }, { text: "Latest" }]}
          rows={rows.map((row) => [
            { text: row.agency },
            {
              html: `<strong class="govuk-tag ${escapeHtml(row.status.classes)}">${escapeHtml(row.status.text)}</strong>`,
            },
            { text: row.started },
            {
              html: `${row.note ? `${escapeHtml(row.note)}<br>` : ""}<span class="govuk-body-s">${escapeHtml(row.updated)}</span>`,
            },
          ])}
        />
      )}
    </Section>
  );
}

export function Outcome({
  outcome,
  followOns,
  links,
}: {
  outcome: readonly SummaryRow[] | null;
  followOns: readonly SummaryRow[];
  links: readonly SummaryRow[];
}) {
  return (
    <Section id="outcome" heading="Outcome and referrals">
      {outcome ? <LinesList rows={outcome} /> : <p className="govuk-body">No outcome has been recorded.</p>}
      {followOns.length > 0 && (
        <>
          <h3 className="govuk-heading-s">Referrals to other bodies</h3>
          <LinesList rows={followOns} />
        </>
      )}
      {links.length > 0 && (
        <>
          <h3 className="govuk-heading-s">Links with the MASH</h3>
          <LinesList rows={links} />
        </>
      )}
    </Section>
  );
}
