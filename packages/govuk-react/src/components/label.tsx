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
    // biome-ignore lint/a11y/noLabelWithoutControl: `for` names the control; the text comes from `text`/`html`.
    <label
      htmlFor={params.for || undefined}
      {...attributes(params.attributes, { className: cx("govuk-label", params.classes) })}
      {...content(params.html, params.text, params.children)}
    />
  );
  return params.isPageHeading ? <h1 className="govuk-label-wrapper">{label}</h1> : label;
}

/** The `label` option of the field macros. */
export type LabelOptions = Pick<LabelProps, "text" | "html" | "classes" | "isPageHeading" | "attributes">;

/** A field's label, passing on only the options the field macros pass. */
export function FieldLabel({ label, id }: { label: LabelOptions | undefined; id: string | undefined }) {
  return (
    <Label
      html={label?.html}
      text={label?.text}
      classes={label?.classes}
      isPageHeading={label?.isPageHeading}
      attributes={label?.attributes}
      for={id}
    />
  );
}
