import { pageTitle } from "@portal/web";
import { useLoaderData } from "react-router";
import { office } from "../.server/office.ts";
import { ordersPage, statusFilterOf } from "../components/orders/order-page.server.ts";
import { OrdersTable } from "../components/orders/order-tables.tsx";
import { StatusFilter } from "../components/status-filter.tsx";
import type { Route } from "./+types/orders";

/** The orders this person may see: a provider's own, every provider's for finance. */
export async function loader({ request }: Route.LoaderArgs) {
  const { actor, commissioning } = await office(request);
  const filter = statusFilterOf(new URL(request.url).searchParams);
  return ordersPage(commissioning.listOrders(actor), actor, filter);
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export default function Orders() {
  const page = useLoaderData<typeof loader>();
  const { finance, waiting, others, waitingCount } = page;
  const waitingWords = finance ? "waiting for the provider's decision" : "waiting for your decision";
  return (
    <>
      <title>{pageTitle("providers", "Service orders")}</title>
      <h1 className="govuk-heading-l">Service orders</h1>
      <p className="govuk-body" data-testid="orders-waiting-count">
        {waitingCount === 0
          ? `No orders are ${waitingWords}.`
          : `${count(waitingCount, "order is", "orders are")} ${waitingWords}.`}
        {!finance && waitingCount > 0 && " Nothing is paid for an order until you accept it."}
      </p>
      <StatusFilter action="/orders" heading="Filter the orders" value={page.filter} items={page.filters} />
      {waiting.length === 0 && others.length === 0 ? (
        <p className="govuk-body" data-testid="orders-empty">
          There are no orders matching this filter.
        </p>
      ) : (
        <>
          {waiting.length > 0 && (
            <OrdersTable
              caption={finance ? "Waiting for the provider's decision" : "Waiting for your decision"}
              rows={waiting}
              finance={finance}
            />
          )}
          {others.length > 0 && (
            <OrdersTable
              caption={waiting.length > 0 ? "Other orders" : "Orders"}
              rows={others}
              finance={finance}
            />
          )}
        </>
      )}
    </>
  );
}
