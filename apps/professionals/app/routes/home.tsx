import { pageTitle } from "@portal/web";
import type { Route } from "./+types/home";

export function meta(): Route.MetaDescriptors {
  return [{ title: pageTitle("professionals", "Home") }];
}

export default function Home() {
  return (
    <>
      <h1 className="govuk-heading-l">Make a referral</h1>
      <p className="govuk-body">
        You will make referrals to children's and adults' services here, send police notifications and follow
        what happens to each referral.
      </p>
      <div className="govuk-inset-text">
        These pages are not open yet: this portal currently lets you sign in and out.
      </div>
    </>
  );
}
