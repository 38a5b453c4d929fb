import { type Attributes, attributes, content, cx } from "../shared.ts";
import { Tag, type TagProps } from "./tag.tsx";

export interface PhaseBannerProps {
  text?: string;
  html?: string;
  tag?: Pick<TagProps, "text" | "html" | "classes">;
  classes?: string;
  attributes?: Attributes;
}

export function PhaseBanner(params: PhaseBannerProps) {
  return (
    <div
      {...attributes(params.attributes, {
        className: cx("govuk-phase-banner govuk-width-container", params.classes),
      })}
    >
      <p className="govuk-phase-banner__content">
        <Tag
          text={params.tag?.text}
          html={params.tag?.html}
          classes={cx("govuk-phase-banner__content__tag", params.tag?.classes)}
        />{" "}
        <span className="govuk-phase-banner__text" {...content(params.html, params.text)} />
      </p>
    </div>
  );
}
