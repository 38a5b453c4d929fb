import type { ReactNode } from "react";
import { type Attributes, attributes, content, cx } from "../shared.ts";

export interface DetailsProps {
  summaryText?: string;
  summaryHtml?: string;
  text?: string;
  html?: string;
  /** Content as React nodes, in place of `text`/`html` (the macro's `caller`). */
  children?: ReactNode;
  id?: string;
  open?: boolean;
  classes?: string;
  attributes?: Attributes;
}

// Native <details>: govuk-frontend 6 has no JavaScript for it.
export function Details(params: DetailsProps) {
  return (
    <details
      open={params.open || undefined}
      {...attributes(params.attributes, {
        id: params.id || undefined,
        className: cx("govuk-details", params.classes),
      })}
    >
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text" {...content(params.summaryHtml, params.summaryText)} />
      </summary>
      <div className="govuk-details__text" {...content(params.html, params.text, params.children)} />
    </details>
  );
}
