import { pageTitle, SafeguardingBanner } from "@portal/web";
import { Link } from "react-router";
import type { Route } from "./+types/home";

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
  { href: "/refer/police-notification", text: "Send a police notification", hint: "Police only" },
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

export default function Home() {
  return (
    <>
      <h1 className="govuk-heading-l">Make a referral</h1>
      <SafeguardingBanner />
      <h2 className="govuk-heading-m">Children and families</h2>
      <ServiceList items={CHILDREN} />
      <h2 className="govuk-heading-m">Adults</h2>
      <ServiceList items={ADULTS} />
      <p className="govuk-body">
        <Link className="govuk-link" to="/saved">
          Your saved forms
        </Link>
      </p>
    </>
  );
}
