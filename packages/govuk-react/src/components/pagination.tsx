import type { ReactNode } from "react";
import { type Attributes, attributes, content, cx, type TextOrHtml } from "../shared.ts";

export interface PaginationLink extends TextOrHtml {
  href?: string;
  /** Shown under the link in the block style ("Page 2 of 5", a page title). */
  labelText?: string;
  attributes?: Attributes;
}

export interface PaginationItem {
  number?: string | number;
  href?: string;
  current?: boolean;
  /** An ellipsis (⋯) in place of a page link. */
  ellipsis?: boolean;
  /** Defaults to "Page <number>". */
  visuallyHiddenText?: string;
  attributes?: Attributes;
}

export interface PaginationProps {
  items?: (PaginationItem | null | undefined)[];
  previous?: PaginationLink;
  next?: PaginationLink;
  landmarkLabel?: string;
  classes?: string;
  attributes?: Attributes;
}

const arrows = {
  prev: "m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z",
  next: "m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z",
};

function Arrow({ type }: { type: "prev" | "next" }) {
  return (
    <svg
      className={`govuk-pagination__icon govuk-pagination__icon--${type}`}
      xmlns="http://www.w3.org/2000/svg"
      height="13"
      width="15"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
    >
      <path d={arrows[type]} />
    </svg>
  );
}

function ArrowLink({
  link,
  type,
  blockLevel,
  defaultText,
}: {
  link: PaginationLink;
  type: "prev" | "next";
  blockLevel: boolean;
  defaultText: ReactNode;
}) {
  return (
    <div className={`govuk-pagination__${type}`}>
      <a
        {...attributes(link.attributes, {
          className: "govuk-link govuk-pagination__link",
          href: link.href,
          rel: type,
        })}
      >
        {(blockLevel || type === "prev") && <Arrow type={type} />}
        <span
          className={cx(
            "govuk-pagination__link-title",
            blockLevel && !link.labelText && "govuk-pagination__link-title--decorated",
          )}
          {...(link.html || link.text ? content(link.html, link.text) : { children: defaultText })}
        />
        {link.labelText && blockLevel && (
          <>
            {" "}
            <span className="govuk-visually-hidden">:</span>{" "}
            <span className="govuk-pagination__link-label">{link.labelText}</span>
          </>
        )}
        {!blockLevel && type === "next" && <Arrow type={type} />}
      </a>
    </div>
  );
}

export function Pagination(params: PaginationProps) {
  const { previous, next, items } = params;
  // Without numbered pages, previous and next links stack as blocks with their arrows first.
  const blockLevel = !items && Boolean(next || previous);
  return (
    <nav
      {...attributes(params.attributes, {
        className: cx("govuk-pagination", blockLevel && "govuk-pagination--block", params.classes),
        "aria-label": params.landmarkLabel || "Pagination",
      })}
    >
      {previous?.href && (
        <ArrowLink
          link={previous}
          type="prev"
          blockLevel={blockLevel}
          defaultText={
            <>
              Previous<span className="govuk-visually-hidden"> page</span>
            </>
          }
        />
      )}
      {items && (
        <ul className="govuk-pagination__list">
          {items.map(
            (item, index) =>
              item &&
              Object.keys(item).length > 0 && (
                <li
                  key={index}
                  className={cx(
                    "govuk-pagination__item",
                    item.current && "govuk-pagination__item--current",
                    item.ellipsis && "govuk-pagination__item--ellipsis",
                  )}
                >
                  {item.ellipsis ? (
                    "⋯"
                  ) : (
                    <a
                      {...attributes(item.attributes, {
                        className: "govuk-link govuk-pagination__link",
                        href: item.href ?? "",
                        "aria-label": item.visuallyHiddenText ?? `Page ${item.number}`,
                        "aria-current": item.current ? "page" : undefined,
                      })}
                    >
                      {item.number}
                    </a>
                  )}
                </li>
              ),
          )}
        </ul>
      )}
      {next?.href && (
        <ArrowLink
          link={next}
          type="next"
          blockLevel={blockLevel}
          defaultText={
            <>
              Next<span className="govuk-visually-hidden"> page</span>
            </>
          }
        />
      )}
    </nav>
  );
}
