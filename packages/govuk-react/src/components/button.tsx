import { type Attributes, attributes, content, cx, rawHtml, text } from "../shared.ts";
import { useGovukFrontend } from "../use-govuk-frontend.ts";

export interface ButtonProps {
  text?: string;
  html?: string;
  /** Renders a link styled as a button. */
  href?: string;
  name?: string;
  type?: "submit" | "button" | "reset";
  value?: string;
  disabled?: boolean;
  preventDoubleClick?: boolean;
  isStartButton?: boolean;
  id?: string;
  classes?: string;
  attributes?: Attributes;
}

export function Button(params: ButtonProps) {
  // The root is an <a> or a <button>, depending on `href`.
  const ref = useGovukFrontend<HTMLAnchorElement & HTMLButtonElement>("Button");
  const common = {
    className: cx("govuk-button", params.classes, params.isStartButton && "govuk-button--start"),
    "data-module": "govuk-button",
  };
  const startIcon = params.isStartButton && (
    <svg
      className="govuk-button__start-icon"
      xmlns="http://www.w3.org/2000/svg"
      width="17.5"
      height="19"
      viewBox="0 0 33 40"
      aria-hidden="true"
      focusable="false"
    >
      <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
    </svg>
  );
  // Start buttons are flex containers, which drop the whitespace between HTML elements, hence the <span>.
  const body = !params.html
    ? {
        children: (
          <>
            {params.text}
            {startIcon}
          </>
        ),
      }
    : params.isStartButton
      ? {
          children: (
            <>
              <span {...rawHtml(params.html)} />
              {startIcon}
            </>
          ),
        }
      : content(params.html, undefined);

  if (params.href) {
    return (
      <a
        ref={ref}
        id={params.id || undefined}
        {...attributes(params.attributes, {
          href: params.href,
          role: "button",
          draggable: "false",
          ...common,
        })}
        {...body}
      />
    );
  }
  return (
    <button
      ref={ref}
      id={params.id || undefined}
      {...attributes(params.attributes, {
        type: params.type || "submit",
        value: params.value || undefined,
        name: params.name || undefined,
        disabled: params.disabled || undefined,
        "aria-disabled": params.disabled ? "true" : undefined,
        "data-prevent-double-click":
          params.preventDoubleClick === undefined ? undefined : text(params.preventDoubleClick),
        ...common,
      })}
      {...body}
    />
  );
}
