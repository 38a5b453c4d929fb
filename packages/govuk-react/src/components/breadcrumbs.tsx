import { type Attributes, attributes, content, cx, type TextOrHtml } from "../shared.ts";

export interface BreadcrumbsItem extends TextOrHtml {
  href?: string;
  attributes?: Attributes;
}

export interface BreadcrumbsProps {
  items?: BreadcrumbsItem[];
  classes?: string;
  attributes?: Attributes;
  collapseOnMobile?: boolean;
  labelText?: string;
}

export function Breadcrumbs(params: BreadcrumbsProps) {
  return (
    <nav
      aria-label={params.labelText ?? "Breadcrumb"}
      {...attributes(params.attributes, {
        className: cx(
          "govuk-breadcrumbs",
          params.classes,
          params.collapseOnMobile && "govuk-breadcrumbs--collapse-on-mobile",
        ),
      })}
    >
      <ol className="govuk-breadcrumbs__list">
        {params.items?.map((item, index) =>
          item.href ? (
            <li key={index} className="govuk-breadcrumbs__list-item">
              <a
                {...attributes(item.attributes, { className: "govuk-breadcrumbs__link", href: item.href })}
                {...content(item.html, item.text)}
              />
            </li>
          ) : (
            <li
              key={index}
              className="govuk-breadcrumbs__list-item"
              aria-current="page"
              {...content(item.html, item.text)}
            />
          ),
        )}
      </ol>
    </nav>
  );
}
