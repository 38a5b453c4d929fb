import { Pagination } from "@portal/govuk-react";

export interface WeekLink {
  href: string;
  label: string;
}

/** "Previous week" and, unless this is the current week, "Next week", each naming its week. */
export function WeekPagination({ previous, next }: { previous: WeekLink; next: WeekLink | null }) {
  return (
    <Pagination
      landmarkLabel="Weeks"
      previous={{ text: "Previous week", href: previous.href, labelText: previous.label }}
      {...(next ? { next: { text: "Next week", href: next.href, labelText: next.label } } : {})}
    />
  );
}
