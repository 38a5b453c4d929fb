import { appUrl } from "@portal/config";
import { pageTitle, SafeguardingBanner } from "@portal/web";
import { config } from "@portal/web/portal.server.ts";
import { Link } from "react-router";
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
      <SafeguardingBanner />
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
      <ul className="govuk-list govuk-list--spaced">
        <li>
          <Link className="govuk-link" to="/early-help">
            Ask for early help for your family
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/report-a-concern">
            Tell us you are worried about a child
          </Link>{" "}
          (you do not have to give your name)
        </li>
        <li>
          <Link className="govuk-link" to="/adult-care-needs">
            Check if you may get help with care, and ask for a care needs assessment
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/carer-support">
            Ask for a carer's assessment
          </Link>{" "}
          if you look after someone
        </li>
      </ul>
      <p className="govuk-body">
        If you saved a form, use the link you were given, or{" "}
        <Link className="govuk-link" to="/saved">
          sign in to see your saved forms
        </Link>
        .
      </p>
      <p className="govuk-body">
        If you sent a form while signed in,{" "}
        <Link className="govuk-link" to="/requests">
          see your requests
        </Link>{" "}
        to find out where each one is and what happened.
      </p>
    </>
  );
}
