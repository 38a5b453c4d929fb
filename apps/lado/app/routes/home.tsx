import { pageTitle } from "@portal/web";
import type { Route } from "./+types/home";

export function meta(): Route.MetaDescriptors {
  return [{ title: pageTitle("lado", "Home") }];
}

export default function Home() {
  return (
    <>
      <h1 className="govuk-heading-l">Allegations against adults who work with children</h1>
      <p className="govuk-body">
        You will tell the Local Authority Designated Officer (LADO) here about an adult who works with
        children and may have harmed a child or be unsuitable, within one working day. The LADO team will
        manage cases here.
      </p>
      <div className="govuk-inset-text">
        These pages are not open yet: this portal currently lets you sign in and out.
      </div>
    </>
  );
}
