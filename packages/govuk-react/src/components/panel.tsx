import type { ReactNode } from "react";
import { type Attributes, attributes, content, cx } from "../shared.ts";
import { Button } from "./button.tsx";

export interface PanelAction {
  text?: string;
  href?: string;
  type?: "submit" | "button" | "reset";
  classes?: string;
  attributes?: Attributes;
}

export interface PanelProps {
  titleText?: string;
  titleHtml?: string;
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  text?: string;
  html?: string;
  /** Body as React nodes, in place of `text`/`html` (the macro's `caller`). */
  children?: ReactNode;
  /** Buttons or links, shown for the `govuk-panel--interruption` variant only. */
  actions?: { items?: PanelAction[]; classes?: string; attributes?: Attributes };
  classes?: string;
  attributes?: Attributes;
}

export function Panel(params: PanelProps) {
  const Heading = `h${params.headingLevel || 1}` as const;
  const isInterruption = params.classes?.includes("govuk-panel--interruption") ?? false;
  const { actions } = params;
  return (
    <div
      {...attributes(params.attributes, {
        className: cx("govuk-panel", !isInterruption && "govuk-panel--confirmation", params.classes),
      })}
    >
      <Heading className="govuk-panel__title" {...content(params.titleHtml, params.titleText)} />
      {(params.children != null || params.html || params.text) && (
        <div className="govuk-panel__body" {...content(params.html, params.text, params.children)} />
      )}
      {isInterruption && actions && (
        <div {...attributes(actions.attributes, { className: cx("govuk-panel__actions", actions.classes) })}>
          {actions.items?.length ? (
            <div className="govuk-button-group">
              {actions.items.map((action, index) =>
                !action.href || action.type === "button" ? (
                  <Button
                    key={index}
                    text={action.text}
                    type={action.type || "button"}
                    classes={cx("govuk-button--inverse", action.classes)}
                    href={action.href}
                    attributes={action.attributes}
                  />
                ) : (
                  <a
                    key={index}
                    {...attributes(action.attributes, {
                      className: cx("govuk-link govuk-link--inverse", action.classes),
                      href: action.href,
                    })}
                  >
                    {action.text}
                  </a>
                ),
              )}
            </div>
          ) : null}
        </div>
      )}
    </div>
  );
}
