import { londonDateOf } from "@portal/intake/london-clock";
import { formatDate } from "@portal/intake/london-time";
import { pageTitle } from "@portal/web";
import { Link, useLoaderData } from "react-router";
import { office } from "../.server/office.ts";
import type { Route } from "./+types/home";

export function meta(): Route.MetaDescriptors {
  return [{ title: pageTitle("providers", "Home") }];
}

interface Tile {
  id: string;
  heading: string;
  /** Each line a link to where the work is, its count in the words. */
  links: { href: string; text: string }[];
}

const count = (n: number, one: string, many: string) => `${n === 0 ? "No" : n} ${n === 1 ? one : many}`;

/** What is waiting for this person: a provider's own work, or the council's queues for finance. */
export async function loader({ request }: Route.LoaderArgs) {
  const { actor, commissioning, now } = await office(request);
  const summary = commissioning.homeSummary(actor, londonDateOf(now));
  let tiles: Tile[] = [];
  if (summary.kind === "provider") {
    const period = summary.periodToInvoice;
    tiles = [
      {
        id: "tile-service-orders",
        heading: "Service orders",
        links: [
          {
            href: "/orders",
            text: count(
              summary.ordersToDecide,
              "order waiting for your decision",
              "orders waiting for your decision",
            ),
          },
        ],
      },
      {
        id: "tile-visits-delivered",
        heading: "Visits delivered",
        links: [
          {
            href: `/actuals?week=${summary.lastWeek}`,
            text: `Record last week's visits (week beginning ${formatDate(summary.lastWeek)})`,
          },
          { href: "/actuals/upload", text: "Upload a call-monitoring file" },
        ],
      },
      {
        id: "tile-invoices",
        heading: "Invoices",
        links: [
          ...(period
            ? [
                {
                  href: "/invoices",
                  text: `Prepare your invoice for ${formatDate(period.start)} to ${formatDate(period.end)}`,
                },
              ]
            : []),
          {
            href: "/invoices",
            text: count(summary.invoicesToSubmit, "invoice to submit", "invoices to submit"),
          },
        ],
      },
      {
        id: "tile-queries",
        heading: "Queries",
        links: [
          {
            href: "/queries",
            text: count(
              summary.queriesAnswered,
              "query answered by the council",
              "queries answered by the council",
            ),
          },
          {
            href: "/queries",
            text: count(
              summary.queriesOpen,
              "open query waiting for the council",
              "open queries waiting for the council",
            ),
          },
        ],
      },
    ];
  } else if (summary.kind === "finance") {
    tiles = [
      {
        id: "tile-exceptions",
        heading: "Exceptions",
        links: [
          {
            href: "/exceptions",
            text: count(
              summary.exceptions,
              "visit waiting for your decision",
              "visits waiting for your decision",
            ),
          },
        ],
      },
      {
        id: "tile-invoices",
        heading: "Invoices",
        links: [
          {
            href: "/invoices",
            text: count(
              summary.invoicesToApprove,
              "invoice waiting for approval",
              "invoices waiting for approval",
            ),
          },
        ],
      },
      {
        id: "tile-payments",
        heading: "Payments",
        links: [
          {
            href: "/payments",
            text: count(summary.invoicesToPay, "approved invoice to pay", "approved invoices to pay"),
          },
        ],
      },
      {
        id: "tile-queries",
        heading: "Queries",
        links: [
          { href: "/queries", text: count(summary.queriesToAnswer, "query to answer", "queries to answer") },
        ],
      },
    ];
  }
  return { kind: summary.kind, tiles };
}

export default function Home() {
  const { kind, tiles } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="govuk-heading-l">Care provider portal</h1>
      <p className="govuk-body">
        {kind === "finance"
          ? "Decide exceptions, approve providers' invoices, export payments and answer providers' questions."
          : kind === "provider"
            ? "Accept your service orders, record the care you delivered, and submit and follow your invoices."
            : "There is nothing in this portal for your account."}
      </p>
      {tiles.length > 0 && (
        <div className="app-start-tiles">
          {tiles.map((tile) => (
            <section className="app-start-tile" key={tile.id} aria-labelledby={tile.id}>
              <h2 className="govuk-heading-m" id={tile.id}>
                {tile.heading}
              </h2>
              <ul className="govuk-list">
                {tile.links.map((link) => (
                  <li key={link.text}>
                    <Link className="govuk-link" to={link.href}>
                      {link.text}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </>
  );
}
