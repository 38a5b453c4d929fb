import { appUrl } from "@portal/config";
import { pageTitle } from "@portal/web";
import { config } from "@portal/web/portal.server.ts";
import type { Route } from "./+types/home";

export function loader() {
  return { professionalsUrl: `${appUrl(config(), "professionals")}/` };
}

export function meta(): Route.MetaDescriptors {
  return [{ title: pageTitle("public", "Start") }];
}

export default function Start({ loaderData }: Route.ComponentProps) {
  return (
    <>
      <h1 className="govuk-heading-xl">Get help for a child, a family or an adult</h1>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          If someone is in immediate danger, call 999.
        </strong>
      </div>
      <p className="govuk-body-l">Tell us who you are so we can show you the right forms.</p>
      <div className="app-start-tiles">
        <div className="app-start-tile">
          <h2 className="govuk-heading-m">
            <a className="govuk-link" href="#for-the-public">
              I am a member of the public
            </a>
          </h2>
          <p className="govuk-body">
            Ask for early help for your family, report a worry about a child, or ask for help with care for
            yourself or someone you look after.
          </p>
        </div>
        <div className="app-start-tile">
          <h2 className="govuk-heading-m">
            <a className="govuk-link" href={loaderData.professionalsUrl}>
              I am a professional
            </a>
          </h2>
          <p className="govuk-body">
            Schools, health, police, housing and other agencies: make a referral, send a notification and
            follow what happens to it.
          </p>
        </div>
      </div>
      <h2 className="govuk-heading-l" id="for-the-public" tabIndex={-1}>
        For members of the public
      </h2>
      <p className="govuk-body">You will be able to use this service to:</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>ask for early help for your family</li>
        <li>tell us you are worried about a child (you do not have to give your name)</li>
        <li>check whether you may get help with care, and ask for a care needs assessment</li>
        <li>ask for a carer's assessment if you look after someone</li>
      </ul>
      <p className="govuk-body">
        These online forms are not open yet. Until they are, phone the council's children's or adults' front
        door.
      </p>
    </>
  );
}
