import { pageTitle } from "@portal/web";
import { Link } from "react-router";
import type { Route } from "./+types/home";

export function meta(): Route.MetaDescriptors {
  return [{ title: pageTitle("lado", "Home") }];
}

export default function Home() {
  return (
    <>
      <h1 className="govuk-heading-l">Allegations against adults who work with children</h1>
      <p className="govuk-body">
        Tell the Local Authority Designated Officer (LADO) within one working day when an adult who works or
        volunteers with children may have harmed a child, committed an offence against a child, or behaved in
        a way that suggests they may be unsuitable to work with children.
      </p>
      <Link className="govuk-button govuk-button--start" data-module="govuk-button" to="/refer">
        Report a concern about an adult
      </Link>
      <p className="govuk-body">
        <Link className="govuk-link" to="/saved">
          Your saved forms
        </Link>
      </p>
      <div className="govuk-inset-text">
        The LADO team's case pages are not open yet. Reports sent here are kept in the council's intake store.
      </div>
    </>
  );
}
