import type { ReactNode } from "react";
import { type Attributes, attributes, content, cx, type TextOrHtml } from "../shared.ts";
import { useGovukFrontend } from "../use-govuk-frontend.ts";

export interface ErrorSummaryItem extends TextOrHtml {
  /** Usually `#` and the id of the field in error. */
  href?: string;
  attributes?: Attributes;
}

export interface ErrorSummaryProps {
  titleText?: string;
  titleHtml?: string;
  descriptionText?: string;
  descriptionHtml?: string;
  /** Description as React nodes, in place of `descriptionText`/`descriptionHtml` (the macro's `caller`). */
  children?: ReactNode;
  errorList?: ErrorSummaryItem[];
  disableAutoFocus?: boolean;
  classes?: string;
  attributes?: Attributes;
}

export function ErrorSummary(params: ErrorSummaryProps) {
  const ref = useGovukFrontend<HTMLDivElement>("ErrorSummary");
  return (
    <div
      ref={ref}
      data-module="govuk-error-summary"
      {...attributes(params.attributes, {
        className: cx("govuk-error-summary", params.classes),
        "data-disable-auto-focus":
          params.disableAutoFocus === undefined ? undefined : String(params.disableAutoFocus),
      })}
    >
      {/* role="alert" sits on a child so that focusing the summary doesn't race the announcement. */}
      <div role="alert">
        <h2 className="govuk-error-summary__title" {...content(params.titleHtml, params.titleText)} />
        <div className="govuk-error-summary__body">
          {(params.children != null || params.descriptionHtml || params.descriptionText) && (
            <p {...content(params.descriptionHtml, params.descriptionText, params.children)} />
          )}
          {params.errorList?.length ? (
            <ul className="govuk-list govuk-error-summary__list">
              {params.errorList.map((item, index) => (
                <li
                  key={index}
                  {...(item.href
                    ? {
                        children: (
                          <a
                            {...attributes(item.attributes, { href: item.href })}
                            {...content(item.html, item.text)}
                          />
                        ),
                      }
                    : content(item.html, item.text))}
                />
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </div>
  );
}
