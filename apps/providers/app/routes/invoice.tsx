import { assertSameOrigin } from "@portal/auth";
import { pageTitle } from "@portal/web";
import { CaseFrame } from "@portal/web/casework/case-frame.tsx";
import { commandAction } from "@portal/web/casework/command-action.server.ts";
import { redirect, useActionData, useLoaderData } from "react-router";
import { invoiceCommands, invoiceDone, invoiceRefusalField } from "../.server/invoice-commands.ts";
import { notFound, office } from "../.server/office.ts";
import { runResult } from "../.server/run-result.ts";
import { invoicePage } from "../components/invoices/invoice-page.server.ts";
import {
  InvoiceActionForms,
  InvoiceLines,
  Rejection,
  Remittance,
} from "../components/invoices/invoice-sections.tsx";
import type { Route } from "./+types/invoice";

/** One invoice: the provider's own or, for finance, anyone's; any other id is a 404. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { actor, commissioning } = await office(request);
  const viewed = commissioning.viewInvoice(actor, params.id);
  if (!viewed.ok) throw notFound();
  const invoice = viewed.value;
  const provider = commissioning.viewProvider(actor, invoice.providerId);
  const advice = invoice.status === "paid" ? commissioning.remittance(actor, invoice.id) : null;
  return invoicePage(
    invoice,
    provider.ok ? provider.value.name : invoice.providerId,
    actor,
    advice?.ok ? advice.value : null,
    invoiceDone(new URL(request.url).searchParams.get("done")),
  );
}

/** Refresh or submit (provider), approve or reject (finance); a refusal changes nothing and shows why. */
export async function action({ request, params }: Route.ActionArgs) {
  const { portal, actor, commissioning, now } = await office(request);
  assertSameOrigin(request, portal.auth.origin);
  return commandAction(
    invoiceCommands.parse(await request.formData(), null),
    (command) => runResult(commissioning.runInvoice(actor, params.id, command, now)),
    invoiceRefusalField,
    (intent) => redirect(`/invoices/${encodeURIComponent(params.id)}?done=${intent}`),
  );
}

export default function InvoicePageRoute() {
  const page = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>();
  const hasActions = Object.values(page.actions).some(Boolean);
  const contents = [
    { href: "#lines", text: "Lines" },
    ...(page.remittance ? [{ href: "#remittance", text: "Remittance advice" }] : []),
    ...(hasActions ? [{ href: "#actions", text: "Actions" }] : []),
  ];
  return (
    <>
      <CaseFrame
        title={pageTitle("providers", `Invoice ${page.number}`)}
        back={{ href: "/invoices", text: "Back to invoices" }}
        refusal={refusal}
        done={page.done}
        header={
          <>
            <span className="govuk-caption-l">Invoice</span>
            <h1 className="govuk-heading-l">
              {page.number} <strong className={`govuk-tag ${page.status.classes}`}>{page.status.text}</strong>
            </h1>
            {page.rejection && <Rejection rejection={page.rejection} />}
          </>
        }
        contents={contents}
        summary={page.summary}
      />
      <InvoiceLines lines={page.lines} total={page.total} />
      {page.remittance && <Remittance remittance={page.remittance} />}
      {/* A new status or total means a command went through: the forms start empty again. */}
      <InvoiceActionForms key={`${page.status.text}-${page.total.amount}`} page={page} refusal={refusal} />
      {page.queryHref && (
        <p className="govuk-body">
          <a className="govuk-link" href={page.queryHref}>
            Raise a query about this invoice
          </a>
        </p>
      )}
    </>
  );
}
