import { type Attributes, attributes, cx } from "../shared.ts";
import { Logo } from "./logo.tsx";

export interface HeaderProps {
  homepageUrl?: string;
  productName?: string;
  /** Defaults to `govuk-width-container`. */
  containerClasses?: string;
  classes?: string;
  attributes?: Attributes;
}

// govuk-frontend 6's header carries the logo only (navigation moved to ServiceNavigation), so it has no
// JavaScript.
export function Header(params: HeaderProps) {
  return (
    <div {...attributes(params.attributes, { className: cx("govuk-header", params.classes) })}>
      <div className={cx("govuk-header__container", params.containerClasses || "govuk-width-container")}>
        <div className="govuk-header__logo">
          <a href={params.homepageUrl || "//gov.uk"} className="govuk-header__homepage-link">
            <Logo classes="govuk-header__logotype" ariaLabelText="GOV.UK" />
            {params.productName && (
              <>
                {" "}
                <span className="govuk-header__product-name">{params.productName}</span>
              </>
            )}
          </a>
        </div>
      </div>
    </div>
  );
}
