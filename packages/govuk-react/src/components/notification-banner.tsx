import type { ReactNode } from "react";
import { type Attributes, attributes, content, cx } from "../shared.ts";
import { useGovukFrontend } from "../use-govuk-frontend.ts";

export interface NotificationBannerProps {
  text?: string;
  html?: string;
  /** Content as React nodes, in place of `text`/`html` (the macro's `caller`). */
  children?: ReactNode;
  titleText?: string;
  titleHtml?: string;
  titleHeadingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  titleId?: string;
  type?: "success";
  role?: string;
  disableAutoFocus?: boolean;
  classes?: string;
  attributes?: Attributes;
}

export function NotificationBanner(params: NotificationBannerProps) {
  const ref = useGovukFrontend<HTMLDivElement>("NotificationBanner");
  const success = params.type === "success";
  const titleId = params.titleId || "govuk-notification-banner-title";
  const Heading = `h${params.titleHeadingLevel || 2}` as const;
  return (
    <div
      ref={ref}
      {...attributes(params.attributes, {
        className: cx(
          "govuk-notification-banner",
          success && "govuk-notification-banner--success",
          params.classes,
        ),
        // An `alert` role makes screen readers announce a success at once; otherwise the banner is a landmark.
        role: params.role || (success ? "alert" : "region"),
        "aria-labelledby": titleId,
        "data-module": "govuk-notification-banner",
        "data-disable-auto-focus":
          params.disableAutoFocus === undefined ? undefined : String(params.disableAutoFocus),
      })}
    >
      <div className="govuk-notification-banner__header">
        <Heading
          className="govuk-notification-banner__title"
          id={titleId}
          {...content(params.titleHtml, params.titleText || (success ? "Success" : "Important"))}
        />
      </div>
      <div
        className="govuk-notification-banner__content"
        {...(params.children != null || params.html
          ? content(params.html, undefined, params.children)
          : { children: params.text && <p className="govuk-notification-banner__heading">{params.text}</p> })}
      />
    </div>
  );
}
