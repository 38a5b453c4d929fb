import { Button, ErrorMessage, Table } from "@portal/govuk-react";
import type { FormState } from "@portal/web/casework/form-state.ts";
import { Form } from "react-router";
import type { OrderChanges, OrderPage, VersionEntry } from "./order-page.server.ts";
import { PlanTable } from "./order-tables.tsx";

/** The weekly plan of the latest version and, when a change waits for a decision, what it changes. */
export function WeeklyPlan({ page }: { page: OrderPage }) {
  return (
    <section aria-labelledby="plan">
      <h2 className="govuk-heading-m" id="plan">
        Weekly plan
      </h2>
      <PlanTable caption={`Calls each week in version ${page.version}`} rows={page.plan} />
      {page.changes && <Changes changes={page.changes} />}
    </section>
  );
}

function Changes({ changes }: { changes: OrderChanges }) {
  return (
    <>
      <h3 className="govuk-heading-s" id="changes">
        What this change does
      </h3>
      {changes.rows.length === 0 ? (
        <p className="govuk-body">This version plans the same care as the version before.</p>
      ) : (
        <Table
          caption={changes.caption}
          captionClasses="govuk-table__caption--s"
          firstCellIsHeader
          head={[{ text: "What" }, { text: changes.beforeHeading }, { text: changes.afterHeading }]}
          rows={changes.rows.map((row) => [{ text: row.what }, { text: row.before }, { text: row.after }])}
        />
      )}
    </>
  );
}

/** Every version of the order, newest first, with its decision. */
export function VersionHistory({ history }: { history: readonly VersionEntry[] }) {
  return (
    <section aria-labelledby="versions">
      <h2 className="govuk-heading-m" id="versions">
        Version history
      </h2>
      <ol className="govuk-list" reversed>
        {history.map((entry) => (
          <li key={entry.heading} className="govuk-!-margin-bottom-4">
            <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{entry.heading}</h3>
            {entry.lines.map((line) => (
              <p key={line.text} className="govuk-body govuk-!-margin-bottom-1">
                {line.datetime ? <time dateTime={line.datetime}>{line.text}</time> : line.text}
              </p>
            ))}
            {entry.reason && (
              <p className="govuk-body app-preserve-lines govuk-!-margin-bottom-1">
                Reason given: {entry.reason}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** What the provider can do with an order waiting for its decision: accept it here, or go to reject it. */
export function Decision({ page, state }: { page: OrderPage; state: FormState }) {
  const error = state.error("accept-submit");
  return (
    <section aria-labelledby="decision">
      <h2 className="govuk-heading-m" id="decision">
        Your decision
      </h2>
      <p className="govuk-body">
        Accept this order to plan its visits. Nothing is paid for care under this version until you accept it.
      </p>
      <Form method="post" action={`/orders/${encodeURIComponent(page.id)}`} noValidate>
        <input type="hidden" name="intent" value="accept" />
        <div className={error ? "govuk-form-group govuk-form-group--error" : undefined}>
          {error && <ErrorMessage id="accept-submit-error" text={error.text} />}
          <div className="govuk-button-group">
            <Button
              id="accept-submit"
              text="Accept this order"
              preventDoubleClick
              attributes={error ? { "aria-describedby": "accept-submit-error" } : undefined}
            />
            <a className="govuk-link" href={`/orders/${encodeURIComponent(page.id)}/reject`}>
              Reject this order
            </a>
          </div>
        </div>
      </Form>
    </section>
  );
}

/** Links to the other pages about this order. */
export function OrderLinks({ page }: { page: OrderPage }) {
  if (!page.links.actuals && !page.links.query) return null;
  return (
    <section aria-labelledby="more">
      <h2 className="govuk-heading-m" id="more">
        More about this order
      </h2>
      <ul className="govuk-list">
        {page.links.actuals && (
          <li>
            <a className="govuk-link" href={`/actuals/${encodeURIComponent(page.id)}`}>
              Record actuals
            </a>
          </li>
        )}
        {page.links.query && (
          <li>
            <a className="govuk-link" href={`/queries/new?about=order:${encodeURIComponent(page.id)}`}>
              Raise a query about this order
            </a>
          </li>
        )}
      </ul>
    </section>
  );
}
