import { Button } from "@portal/govuk-react";
import { Page } from "./layout.tsx";

/**
 * oidc-provider's logout confirmation. `form` is the provider's own form (its action and xsrf
 * token); the button submits it through the `form` attribute, with logout=yes so every portal in
 * this browser session is signed out, not only the one that asked.
 */
export function SignOutPage({ form, homeUrl }: { form: string; homeUrl: string }) {
  return (
    <Page title="Sign out" homeUrl={homeUrl}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Sign out</h1>
          <p className="govuk-body">
            You will be signed out of all council referral services on this device.
          </p>
          {/* oidc-provider builds this form and escapes the values in it. */}
          <div dangerouslySetInnerHTML={{ __html: form }} />
          <Button text="Sign out" name="logout" value="yes" attributes={{ form: "op.logoutForm" }} />
        </div>
      </div>
    </Page>
  );
}

export function SignedOutPage({ homeUrl }: { homeUrl: string }) {
  return (
    <Page title="You have signed out" homeUrl={homeUrl}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">You have signed out</h1>
          <p className="govuk-body">
            You have been signed out of all council referral services on this device.
          </p>
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
