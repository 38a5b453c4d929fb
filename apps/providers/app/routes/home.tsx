import { pageTitle } from "@portal/web";
import type { Route } from "./+types/home";

export function meta(): Route.MetaDescriptors {
  return [{ title: pageTitle("providers", "Home") }];
}

export default function Home() {
  return (
    <>
      <h1 className="govuk-heading-l">Care provider portal</h1>
      <p className="govuk-body">
        Care providers will see their service orders, submit the care they delivered and follow invoices and
        payments here. Council finance will approve exceptions and export payments.
      </p>
      <div className="govuk-inset-text">
        These pages are not open yet: this portal currently lets you sign in and out.
      </div>
    </>
  );
}
