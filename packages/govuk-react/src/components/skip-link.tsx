import { type Attributes, attributes, content, cx } from "../shared.ts";
import { useGovukFrontend } from "../use-govuk-frontend.ts";

export interface SkipLinkProps {
  text?: string;
  html?: string;
  href?: string;
  classes?: string;
  attributes?: Attributes;
}

export function SkipLink(params: SkipLinkProps) {
  const ref = useGovukFrontend<HTMLAnchorElement>("SkipLink");
  return (
    <a
      ref={ref}
      data-module="govuk-skip-link"
      {...attributes(params.attributes, {
        href: params.href || "#content",
        className: cx("govuk-skip-link", params.classes),
      })}
      {...content(params.html, params.text)}
    />
  );
}
