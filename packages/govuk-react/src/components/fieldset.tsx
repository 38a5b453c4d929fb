import type { ReactNode } from "react";
import { type Attributes, attributes, content, cx, type TextOrHtml } from "../shared.ts";

export interface FieldsetLegend extends TextOrHtml {
  classes?: string;
  isPageHeading?: boolean;
}

export interface FieldsetProps {
  legend?: FieldsetLegend;
  /**
   * The fieldset's content (the macro's `caller`). The macro's `html` option is not offered: it sits beside
   * the legend, and React cannot place a raw HTML string without an element of its own around it.
   */
  children?: ReactNode;
  describedBy?: string;
  role?: string;
  classes?: string;
  attributes?: Attributes;
}

export function Fieldset({ legend, ...params }: FieldsetProps) {
  return (
    <fieldset
      {...attributes(params.attributes, {
        className: cx("govuk-fieldset", params.classes),
        role: params.role || undefined,
        "aria-describedby": params.describedBy || undefined,
      })}
    >
      {(legend?.html || legend?.text) && (
        <legend
          className={cx("govuk-fieldset__legend", legend.classes)}
          {...(legend.isPageHeading
            ? { children: <h1 className="govuk-fieldset__heading" {...content(legend.html, legend.text)} /> }
            : content(legend.html, legend.text))}
        />
      )}
      {params.children}
    </fieldset>
  );
}
