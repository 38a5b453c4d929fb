import { ErrorMessage } from "@portal/govuk-react";
import type { FormState } from "@portal/web/casework/form-state.ts";
import { Form } from "react-router";
import type { MatchRow, PersonKnown } from "./types.ts";

interface PeopleProps {
  itemId: string;
  people: readonly PersonKnown[];
  link: FormState;
  duplicate: FormState;
}

/** A small secondary button posting one command about one earlier item. */
function RowButton({
  action,
  intent,
  fields,
  text,
  hidden,
}: {
  action: string;
  intent: string;
  fields: Record<string, string>;
  text: string;
  hidden: string;
}) {
  return (
    <Form method="post" action={action} className="govuk-!-display-inline-block govuk-!-margin-right-2">
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-1"
        data-module="govuk-button"
        data-prevent-double-click="true"
      >
        {text}
        <span className="govuk-visually-hidden"> {hidden}</span>
      </button>
    </Form>
  );
}

function Matches({ itemId, rows, person }: { itemId: string; rows: readonly MatchRow[]; person: string }) {
  const action = `/items/${encodeURIComponent(itemId)}`;
  const withButtons = rows.some((row) => row.canLink || row.canMarkDuplicate);
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-visually-hidden">
        Earlier contacts that may be {person}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Reference
          </th>
          <th scope="col" className="govuk-table__header">
            Service
          </th>
          <th scope="col" className="govuk-table__header">
            Received
          </th>
          <th scope="col" className="govuk-table__header">
            Why it matched
          </th>
          <th scope="col" className="govuk-table__header">
            Match
          </th>
          {withButtons && (
            <th scope="col" className="govuk-table__header">
              <span className="govuk-visually-hidden">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row, index) => (
          <tr key={`${row.reference}-${index}`} className="govuk-table__row">
            <td className="govuk-table__cell">
              {row.href ? (
                <a className="govuk-link" href={row.href}>
                  {row.reference}
                </a>
              ) : (
                row.reference
              )}
              {row.linked && (
                <>
                  <br />
                  <span className="govuk-body-s">Linked as the same person</span>
                </>
              )}
            </td>
            <td className="govuk-table__cell">{row.service}</td>
            <td className="govuk-table__cell">{row.received}</td>
            <td className="govuk-table__cell">{row.reasons}</td>
            <td className="govuk-table__cell">
              <strong
                className={`govuk-tag ${row.strength === "Strong match" ? "govuk-tag--purple" : "govuk-tag--grey"}`}
              >
                {row.strength}
              </strong>
            </td>
            {withButtons && (
              <td className="govuk-table__cell">
                {row.itemId && row.canLink && (
                  <RowButton
                    action={action}
                    intent="link"
                    fields={{ "link-item": row.itemId, "link-kind": "same-person" }}
                    text="Same person"
                    hidden={`: link ${row.reference} as ${person}`}
                  />
                )}
                {row.itemId && row.canMarkDuplicate && (
                  <RowButton
                    action={action}
                    intent="mark-duplicate"
                    fields={{ "mark-duplicate-item": row.itemId }}
                    text="Duplicate"
                    hidden={`: close this item as a duplicate of ${row.reference}`}
                  />
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "People in this referral": for each person, the earlier contacts that may be them (Annex A figure too). */
export function People({ itemId, people, link, duplicate }: PeopleProps) {
  // These forms are buttons in the rows: their messages sit above the tables, where the summary links.
  const messages = [...link.errors, ...duplicate.errors];
  return (
    <section aria-labelledby="people">
      <h2 className="govuk-heading-m" id="people">
        People in this referral
      </h2>
      {messages.map((error) => (
        <ErrorMessage key={error.field} id={error.field} text={error.message} />
      ))}
      {people.length === 0 && <p className="govuk-body">The referral does not name anyone it is about.</p>}
      {people.map((person, index) => (
        <div key={`${person.name}-${index}`} className="govuk-!-margin-bottom-6">
          <h3 className="govuk-heading-s">{person.name}</h3>
          <h4 className="govuk-heading-s govuk-!-font-weight-regular govuk-!-margin-bottom-2">
            Already known
          </h4>
          <p className="govuk-body">Contacts in the last 12 months: {person.contactsInLast12Months}</p>
          {person.matches.length === 0 ? (
            <p className="govuk-body">No earlier contacts found</p>
          ) : (
            <Matches itemId={itemId} rows={person.matches} person={person.name} />
          )}
        </div>
      ))}
    </section>
  );
}
