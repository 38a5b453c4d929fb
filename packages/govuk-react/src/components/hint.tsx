import type { ReactNode } from "react";
import { type Attributes, attributes, content, cx } from "../shared.ts";

export interface HintProps {
  text?: string;
  html?: string;
  /** Content as React nodes, in place of `text`/`html`. */
  children?: ReactNode;
  id?: string;
  classes?: string;
  attributes?: Attributes;
}

export function Hint(params: HintProps) {
  return (
    <div
      {...attributes(params.attributes, {
        id: params.id || undefined,
        className: cx("govuk-hint", params.classes),
      })}
      {...content(params.html, params.text, params.children)}
    />
  );
}
