import type { LoaderFunctionArgs } from "react-router";
import { csvDownload } from "../.server/invoice-commands.ts";
import { forbidden, notFound, office } from "../.server/office.ts";

/**
 * `/payments/:run/file`: a payment run's CSV for the finance system, rebuilt from the invoices it
 * paid, for finance only (403 for anyone else); a run that paid nothing is a 404. Audited.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, commissioning, now } = await office(request);
  if (params.run === undefined) throw notFound();
  const file = commissioning.paymentRunFile(actor, params.run, now);
  if (!file.ok) throw file.code === "forbidden" ? forbidden() : notFound();
  return csvDownload(file.value.paymentRun, file.value.csv);
}
