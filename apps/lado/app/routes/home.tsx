import { pageTitle } from "@portal/web";
import { requirePortalUser } from "@portal/web/guard.server.ts";
import { Link, useLoaderData } from "react-router";
import type { Route } from "./+types/home";

export function meta(): Route.MetaDescriptors {
  return [{ title: pageTitle("lado", "Home") }];
}

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requirePortalUser(request);
  return { ladoTeam: user.roles.includes("lado:officer") };
}

export default function Home() {
  const { ladoTeam } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="govuk-heading-l">Allegations against adults who work with children</h1>
      {ladoTeam && (
        <div className="govuk-inset-text">
          <p className="govuk-body">
            <Link className="govuk-link" to="/cases">
              LADO cases
            </Link>{" "}
            — the team's cases, the most urgent deadline first.
          </p>
          <p className="govuk-body govuk-!-margin-bottom-0">
            <Link className="govuk-link" to="/dashboard">
              KCSIE timescales
            </Link>{" "}
            — how quickly allegations are resolved.
          </p>
        </div>
      )}
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
      <p className="govuk-body">
        After you report a concern you can follow it, and see its outcome, in your referrals on the Make a
        referral site. We email you a link.
      </p>
    </>
  );
}
