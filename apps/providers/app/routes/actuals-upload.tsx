import { assertSameOrigin } from "@portal/auth";
import { Button, ErrorSummary, FileUpload, NotificationBanner } from "@portal/govuk-react";
import { pageTitle } from "@portal/web";
import { data, Form, useActionData } from "react-router";
import {
  declaredTooLarge,
  isProviderStaff,
  readActualsFile,
  tooLargeFile,
} from "../.server/actuals-commands.ts";
import { forbidden, notFound, office } from "../.server/office.ts";
import { FILE_FIELD } from "../components/actuals/fields.ts";
import { ExpectedColumns, ImportResult } from "../components/actuals/upload-parts.tsx";
import { importResult } from "../components/actuals/week-page.server.ts";
import type { Route } from "./+types/actuals-upload";

/** A provider's staff upload call monitoring files; finance (and anyone else) gets a 403. */
export async function loader({ request }: Route.LoaderArgs) {
  const { actor } = await office(request);
  if (!isProviderStaff(actor)) throw forbidden();
  return null;
}

/**
 * Imports the chosen file and shows what it did on this page (the counts and every rejected row are
 * the answer, so there is nothing to redirect to). A file refused whole changes nothing and comes
 * back as the file field's error.
 */
export async function action({ request }: Route.ActionArgs) {
  const { portal, actor, commissioning, now } = await office(request);
  assertSameOrigin(request, portal.auth.origin);
  if (!isProviderStaff(actor)) throw forbidden();
  const maxBytes = portal.env.ATTACHMENT_MAX_BYTES;
  if (declaredTooLarge(request, maxBytes)) return data({ error: tooLargeFile(maxBytes) }, { status: 400 });
  const file = await readActualsFile((await request.formData()).get(FILE_FIELD), maxBytes);
  if (!file.ok) return data({ error: file.message }, { status: 400 });
  const imported = commissioning.importActuals(actor, file.text, now);
  if (!imported.ok) {
    if (imported.code === "forbidden") throw forbidden();
    if (imported.code === "not-found") throw notFound();
    return data({ error: imported.message }, { status: 400 });
  }
  return { fileName: file.name, ...importResult(imported.value.summary, imported.value.rows) };
}

export default function ActualsUpload() {
  const outcome = useActionData<typeof action>();
  const error = outcome && "error" in outcome ? outcome.error : null;
  const result = outcome && "counts" in outcome ? outcome : null;
  const title = pageTitle("providers", "Upload a call monitoring file");
  return (
    <>
      <title>{error ? `Error: ${title}` : title}</title>
      <a href="/actuals" className="govuk-back-link">
        Back to actuals
      </a>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {error && (
            <ErrorSummary
              titleText="There is a problem"
              errorList={[{ text: error, href: `#${FILE_FIELD}` }]}
            />
          )}
          {result && <NotificationBanner type="success" text={`${result.fileName} has been imported`} />}
          <h1 className="govuk-heading-l">Upload a call monitoring file</h1>
          {result && <ImportResult counts={result.counts} rejected={result.rejected} />}
          <p className="govuk-body">
            Upload the visits from your call monitoring system as a CSV file. A visit already recorded for the
            same person, date and claimed start is updated, never added twice. Rows with a problem are
            rejected and listed with the reason; the other rows are still imported.
          </p>
          <Form method="post" action="/actuals/upload" encType="multipart/form-data" noValidate>
            <FileUpload
              id={FILE_FIELD}
              name={FILE_FIELD}
              label={{
                text: result ? "Upload another file" : "Call monitoring file",
                classes: "govuk-label--s",
              }}
              hint={{ text: "A CSV file with the columns below" }}
              attributes={{ accept: ".csv,text/csv" }}
              errorMessage={error ? { text: error } : undefined}
            />
            <Button text="Upload file" preventDoubleClick />
          </Form>
          <ExpectedColumns />
        </div>
      </div>
    </>
  );
}
