import { useLoaderData } from "react-router";
import { currentPortal } from "../portal.server.ts";
import { pageTitle } from "../site.ts";

export function loader() {
  return { title: pageTitle(currentPortal().name, "Accessibility statement") };
}

export default function Accessibility() {
  const { title } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{title}</title>
        <h1 className="govuk-heading-l">Accessibility statement</h1>
        <p className="govuk-body">
          This service is built to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA, using
          the GOV.UK Design System. Every page works with a keyboard, with a screen reader and without
          JavaScript.
        </p>
        <p className="govuk-body">
          Each release is checked with automated accessibility tests on every page of its main journeys. If
          you find a problem, tell the council that runs this service and say which page it was on.
        </p>
      </div>
    </div>
  );
}
