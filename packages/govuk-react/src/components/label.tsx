import type { ReactNode } from "react";
import { type Attributes, attributes, content, cx } from "../shared.ts";

export interface LabelProps {
  text?: string;
  html?: string;
  /** Content as React nodes, in place of `text`/`html`. */
  children?: ReactNode;
  for?: string;
  isPageHeading?: boolean;
  classes?: string;
  attributes?: Attributes;
}

export function Label(params: LabelProps) {
  if (!params.html && !params.text && params.children == null) return null;
  const label = (
    <label
      htmlFor={params.for || undefined}
      {...attributes(params.attributes, { className: cx("govuk-label", params.classes) })}
      {...content(params.html, params.text, params.children)}
    />
  );
  return params.isPageHeading ? <h1 className="govuk-label-wrapper">{label}</h1> : label;
}
