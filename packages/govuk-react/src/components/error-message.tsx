import { type Attributes, attributes, cx, escapeHtml, rawHtml } from "../shared.ts";

export interface ErrorMessageProps {
  text?: string;
  html?: string;
  id?: string;
  classes?: string;
  attributes?: Attributes;
  /** Prefix read out before the message; `false` or "" leaves it out. */
  visuallyHiddenText?: string | false;
}

export function ErrorMessage(params: ErrorMessageProps) {
  const prefix = params.visuallyHiddenText === undefined ? "Error" : params.visuallyHiddenText;
  // The raw `html` sits beside the prefix inside <p>, which React can only produce as one string.
  const message = params.html || escapeHtml(params.text);
  return (
    <p
      {...attributes(params.attributes, {
        id: params.id || undefined,
        className: cx("govuk-error-message", params.classes),
      })}
      {...rawHtml(
        prefix ? `<span class="govuk-visually-hidden">${escapeHtml(prefix)}:</span> ${message}` : message,
      )}
    />
  );
}
