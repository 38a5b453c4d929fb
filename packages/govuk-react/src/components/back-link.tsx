import { type Attributes, attributes, content, cx } from "../shared.ts";

export interface BackLinkProps {
  text?: string;
  html?: string;
  href?: string;
  classes?: string;
  attributes?: Attributes;
}

export function BackLink(params: BackLinkProps) {
  return (
    <a
      {...attributes(params.attributes, {
        href: params.href || "#",
        className: cx("govuk-back-link", params.classes),
      })}
      {...content(params.html, params.text || "Back")}
    />
  );
}
