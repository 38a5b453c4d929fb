import { Tag } from "@portal/govuk-react";
import { tagHtml } from "../table-cells.ts";
import type { QueryStatusName } from "./types.ts";

const CLASSES: Record<QueryStatusName, string> = {
  Open: "govuk-tag--blue",
  Answered: "govuk-tag--green",
  Closed: "govuk-tag--grey",
};

export const statusTagHtml = (status: QueryStatusName) => tagHtml({ text: status, classes: CLASSES[status] });

export function QueryStatusTag({ status }: { status: QueryStatusName }) {
  return <Tag text={status} classes={CLASSES[status]} />;
}
