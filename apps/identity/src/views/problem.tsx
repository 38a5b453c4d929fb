import { Page } from "./layout.tsx";

export interface ProblemPageProps {
  heading: string;
  advice: string;
  homeUrl: string;
  /** oidc-provider's error description, shown to help whoever set up the calling portal. */
  detail?: string | undefined;
}

export function ProblemPage({ heading, advice, homeUrl, detail }: ProblemPageProps) {
  return (
    <Page title={heading} homeUrl={homeUrl}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{heading}</h1>
          <p className="govuk-body">{advice}</p>
          {detail ? <p className="govuk-body">Technical details: {detail}</p> : null}
          <p className="govuk-body">
            <a className="govuk-link" href={homeUrl}>
              Go to council referral services
            </a>
          </p>
        </div>
      </div>
    </Page>
  );
}
