import { restrictedTo } from "@portal/forms";
import { pageTitle, SafeguardingBanner } from "@portal/web";
import { requirePortalUser } from "@portal/web/guard.server.ts";
import { Link } from "react-router";
import type { Route } from "./+types/home";

/** Forms restricted to some organisations (police notifications) are offered only to them. */
export async function loader({ request }: Route.LoaderArgs) {
  const user = await requirePortalUser(request);
  const mayUse = (formId: keyof typeof restrictedTo) =>
    restrictedTo[formId]?.includes(user.organisationType ?? "") ?? true;
  return { policeNotification: mayUse("police-notification") };
}

export function meta(): Route.MetaDescriptors {
  return [{ title: pageTitle("professionals", "Make a referral") }];
}

const CHILDREN = [
  {
    href: "/refer/child-safeguarding",
    text: "Refer a child to children's social care",
    hint: "Multi-agency referral form (MARF)",
  },
  { href: "/refer/early-help", text: "Ask for early help for a family", hint: "The family must agree" },
  { href: "/refer/fostering-enquiry", text: "Make a fostering enquiry" },
  { href: "/refer/information-request", text: "Ask for information about a child or family" },
];

const ADULTS = [
  { href: "/refer/adult-safeguarding", text: "Raise an adult safeguarding concern" },
  { href: "/refer/adult-care-needs", text: "Refer an adult for a care needs assessment" },
];

function ServiceList({ items }: { items: { href: string; text: string; hint?: string }[] }) {
  return (
    <ul className="govuk-list govuk-list--spaced">
      {items.map((item) => (
        <li key={item.href}>
          <Link className="govuk-link govuk-!-font-weight-bold" to={item.href}>
            {item.text}
          </Link>
          {item.hint ? <p className="govuk-body-s govuk-!-margin-bottom-0">{item.hint}</p> : null}
        </li>
      ))}
    </ul>
  );
}

const POLICE_NOTIFICATION = { href: "/refer/police-notification", text: "Send a police notification" };

export default function Home({ loaderData }: Route.ComponentProps) {
  const children = loaderData.policeNotification
    ? [CHILDREN[0]!, POLICE_NOTIFICATION, ...CHILDREN.slice(1)]
    : CHILDREN;
  return (
    <>
      <h1 className="govuk-heading-l">Make a referral</h1>
      <SafeguardingBanner />
      <h2 className="govuk-heading-m">Children and families</h2>
      <ServiceList items={children} />
      <h2 className="govuk-heading-m">Adults</h2>
      <ServiceList items={ADULTS} />
      <h2 className="govuk-heading-m">Your referrals and saved forms</h2>
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to="/referrals">
            Your referrals
          </Link>
          : where each one is, what was decided and messages from the team
        </li>
        <li>
          <Link className="govuk-link" to="/saved">
            Your saved forms
          </Link>
        </li>
      </ul>
    </>
  );
}
