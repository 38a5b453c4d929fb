import { pageTitle } from "@portal/web";
import type { Route } from "./+types/queue";

export function meta(): Route.MetaDescriptors {
  return [{ title: pageTitle("mash", "Intake queue") }];
}

export default function Queue() {
  return (
    <>
      <h1 className="govuk-heading-l">Intake queue</h1>
      <p className="govuk-body">There are no referrals waiting.</p>
    </>
  );
}
