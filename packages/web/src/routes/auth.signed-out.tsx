import { useLoaderData } from "react-router";
import { currentPortal } from "../portal.server.ts";
import { pageTitle } from "../site.ts";

export function loader() {
  return { title: pageTitle(currentPortal().name, "You have signed out") };
}

export default function SignedOut() {
  const { title } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{title}</title>
        <h1 className="govuk-heading-l">You have signed out</h1>
        <p className="govuk-body">
          You have been signed out of all the council's referral services on this device.
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href="/auth/sign-in">
            Sign in again
          </a>
        </p>
      </div>
    </div>
  );
}
