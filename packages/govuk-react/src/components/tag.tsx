import { type Attributes, attributes, content, cx } from "../shared.ts";

export interface TagProps {
  text?: string;
  html?: string;
  classes?: string;
  attributes?: Attributes;
}

export function Tag(params: TagProps) {
  return (
    <strong
      {...attributes(params.attributes, { className: cx("govuk-tag", params.classes) })}
      {...content(params.html, params.text)}
    />
  );
}
