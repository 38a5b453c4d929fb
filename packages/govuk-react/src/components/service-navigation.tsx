import type { ReactElement } from "react";
import { type Attributes, attributes, content, cx, type TextOrHtml } from "../shared.ts";
import { useGovukFrontend } from "../use-govuk-frontend.ts";

export interface ServiceNavigationItem extends TextOrHtml {
  href?: string;
  /** The current page: styled as active, with `aria-current="page"`. */
  current?: boolean;
  /** In the current section: styled as active, with `aria-current="true"`. */
  active?: boolean;
  attributes?: Attributes;
}

/**
 * The macro's `slots` take HTML strings; here they take React elements, as each sits beside other elements
 * and React cannot place a raw HTML string without an element of its own around it.
 */
export interface ServiceNavigationSlots {
  start?: ReactElement;
  end?: ReactElement | { html?: ReactElement; align?: "inline" };
  navigationStart?: ReactElement;
  navigationEnd?: ReactElement;
}

export interface ServiceNavigationProps {
  serviceName?: string;
  serviceUrl?: string;
  navigation?: (ServiceNavigationItem | null | undefined | false)[];
  navigationId?: string;
  navigationClasses?: string;
  navigationLabel?: string;
  /** Defaults to collapsing when there is more than one item. */
  collapseNavigationOnMobile?: boolean;
  menuButtonText?: string;
  menuButtonLabel?: string;
  ariaLabel?: string;
  slots?: ServiceNavigationSlots;
  classes?: string;
  attributes?: Attributes;
}

const isEndSlotOptions = (
  end: ServiceNavigationSlots["end"],
): end is { html?: ReactElement; align?: "inline" } =>
  end !== undefined && end !== null && !("type" in end && "props" in end);

export function ServiceNavigation(params: ServiceNavigationProps) {
  const ref = useGovukFrontend<HTMLDivElement>("ServiceNavigation");
  const { slots } = params;
  const menuButtonText = params.menuButtonText || "Menu";
  const navigationId = params.navigationId || "navigation";
  const endSlot = isEndSlotOptions(slots?.end) ? slots.end.html : slots?.end;
  const endSlotInline = isEndSlotOptions(slots?.end) && slots.end.align === "inline";
  const items = (params.navigation ?? []).filter((item): item is ServiceNavigationItem => Boolean(item));
  const collapseNavigationOnMobile = params.collapseNavigationOnMobile ?? items.length > 1;

  const inner = (
    <div
      className={cx("govuk-width-container", endSlotInline && "govuk-service-navigation__inlining-container")}
    >
      {slots?.start}
      <div className="govuk-service-navigation__container">
        {params.serviceName && (
          <span className="govuk-service-navigation__service-name">
            {params.serviceUrl ? (
              <a href={params.serviceUrl} className="govuk-service-navigation__link">
                {params.serviceName}
              </a>
            ) : (
              <span className="govuk-service-navigation__text">{params.serviceName}</span>
            )}
          </span>
        )}
        {(items.length > 0 || slots?.navigationStart || slots?.navigationEnd) && (
          <nav
            aria-label={params.navigationLabel || menuButtonText}
            className={cx("govuk-service-navigation__wrapper", params.navigationClasses)}
          >
            {collapseNavigationOnMobile && (
              // Hidden until govuk-frontend's JavaScript shows it on narrow screens, removing both attributes.
              // biome-ignore lint/a11y/noAriaHiddenOnFocusable: `hidden` keeps it out of focus until then.
              <button
                type="button"
                className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
                aria-controls={navigationId}
                aria-label={
                  params.menuButtonLabel && params.menuButtonLabel !== menuButtonText
                    ? params.menuButtonLabel
                    : undefined
                }
                hidden
                aria-hidden="true"
              >
                {menuButtonText}
              </button>
            )}
            <ul className="govuk-service-navigation__list" id={navigationId}>
              {slots?.navigationStart}
              {items.map((item, index) => {
                const active = item.active || item.current;
                const ariaCurrent = active ? (item.current ? "page" : "true") : undefined;
                // Active items are also <strong>, so they stand out when users override colours or styles.
                const label = active
                  ? {
                      children: (
                        <strong
                          className="govuk-service-navigation__active-fallback"
                          {...content(item.html, item.text)}
                        />
                      ),
                    }
                  : content(item.html, item.text);
                return (
                  <li
                    key={index}
                    className={cx(
                      "govuk-service-navigation__item",
                      active && "govuk-service-navigation__item--active",
                    )}
                  >
                    {item.href ? (
                      <a
                        {...attributes(item.attributes, {
                          className: "govuk-service-navigation__link",
                          href: item.href,
                          "aria-current": ariaCurrent,
                        })}
                        {...label}
                      />
                    ) : (
                      (item.html || item.text) && (
                        <span
                          className="govuk-service-navigation__text"
                          aria-current={ariaCurrent}
                          {...label}
                        />
                      )
                    )}
                  </li>
                );
              })}
              {slots?.navigationEnd}
            </ul>
          </nav>
        )}
      </div>
      {endSlot}
    </div>
  );

  // With a service name the region needs a landmark of its own; otherwise the <nav> inside is enough.
  const Root = params.serviceName || slots?.start || endSlot ? "section" : "div";
  return (
    <Root
      ref={ref}
      {...attributes(params.attributes, {
        "aria-label": Root === "section" ? (params.ariaLabel ?? "Service information") : undefined,
        className: cx("govuk-service-navigation", params.classes),
        "data-module": "govuk-service-navigation",
      })}
    >
      {inner}
    </Root>
  );
}
