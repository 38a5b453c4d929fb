import type { ReactNode } from "react";
import { type Attributes, attributes, content, cx } from "../shared.ts";

export interface InsetTextProps {
  text?: string;
  html?: string;
  /** Content as React nodes, in place of `text`/`html` (the macro's `caller`). */
  children?: ReactNode;
  id?: string;
  classes?: string;
  attributes?: Attributes;
}

export function InsetText(params: InsetTextProps) {
  return (
    <div
      {...attributes(params.attributes, {
        id: params.id || undefined,
        className: cx("govuk-inset-text", params.classes),
      })}
      {...content(params.html, params.text, params.children)}
    />
  );
}
