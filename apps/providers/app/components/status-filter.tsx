import { Button, Select } from "@portal/govuk-react";
import type { ComponentProps } from "react";

/** A list page's status filter: a GET form, so it works without JavaScript and the address keeps it. */
export function StatusFilter({
  action,
  heading,
  value,
  items,
}: {
  action: string;
  heading: string;
  value: string;
  items: ComponentProps<typeof Select>["items"];
}) {
  return (
    <form method="get" action={action} className="app-filters">
      <h2 className="govuk-heading-s govuk-!-margin-bottom-2">{heading}</h2>
      <Select id="filter-status" name="status" label={{ text: "Status" }} value={value} items={items} />
      <div className="govuk-button-group">
        <Button text="Apply filter" classes="govuk-button--secondary" />
        <a className="govuk-link" href={action}>
          Clear filter
        </a>
      </div>
    </form>
  );
}
