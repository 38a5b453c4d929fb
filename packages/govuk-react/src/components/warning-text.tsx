import { type Attributes, attributes, cx, escapeHtml, rawHtml } from "../shared.ts";

export interface WarningTextProps {
  text?: string;
  html?: string;
  iconFallbackText?: string;
  classes?: string;
  attributes?: Attributes;
}

export function WarningText(params: WarningTextProps) {
  // The raw `html` sits beside the fallback text inside <strong>, which React can only produce as one string.
  const fallback = `<span class="govuk-visually-hidden">${escapeHtml(params.iconFallbackText || "Warning")}</span>`;
  return (
    <div {...attributes(params.attributes, { className: cx("govuk-warning-text", params.classes) })}>
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong
        className="govuk-warning-text__text"
        {...rawHtml(`${fallback} ${params.html || escapeHtml(params.text)}`)}
      />
    </div>
  );
}
