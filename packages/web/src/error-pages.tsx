import { isRouteErrorResponse } from "react-router";

function ErrorPage({
  title,
  heading,
  children,
}: {
  title: string;
  heading: string;
  children: React.ReactNode;
}) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{`${title} – Council referral services`}</title>
        <h1 className="govuk-heading-l">{heading}</h1>
        {children}
      </div>
    </div>
  );
}

/** The GOV.UK error pages (403, 404, 500) every portal shows, whatever failed. */
export function PortalErrorPage({ error }: { error: unknown }) {
  const status = isRouteErrorResponse(error) ? error.status : 500;
  if (status === 403) {
    return (
      <ErrorPage title="You do not have permission" heading="You do not have access to this service">
        <p className="govuk-body">
          You do not have permission to use this page with the account you are signed in with.
        </p>
        <p className="govuk-body">
          If you think you should have access, contact the person who manages accounts in your organisation.
        </p>
      </ErrorPage>
    );
  }
  if (status === 404) {
    return (
      <ErrorPage title="Page not found" heading="Page not found">
        <p className="govuk-body">If you typed the web address, check it is correct.</p>
        <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
      </ErrorPage>
    );
  }
  return (
    <ErrorPage
      title="Sorry, there is a problem with the service"
      heading="Sorry, there is a problem with the service"
    >
      <p className="govuk-body">Try again later.</p>
      <p className="govuk-body">
        If a child or adult is in immediate danger, call 999. If you are worried about someone, phone the
        council's front door.
      </p>
    </ErrorPage>
  );
}
