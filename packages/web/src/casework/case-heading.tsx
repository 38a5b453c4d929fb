import { Tag } from "@portal/govuk-react";

export interface HeadingTag {
  /** What the tag is a tag of, for screen readers ("Stage"); none when its words say it. */
  label?: string;
  text: string;
  classes: string;
}

/**
 * A case page's caption, reference and tags. Each tag says its meaning in words, and a hidden label
 * says what it is a tag of, so neither colour nor position carries the meaning alone.
 */
export function CaseHeading({
  caption,
  reference,
  tags,
}: {
  caption: string;
  reference: string;
  tags: readonly HeadingTag[];
}) {
  return (
    <>
      <span className="govuk-caption-l">{caption}</span>
      <h1 className="govuk-heading-l">{reference}</h1>
      <ul className="govuk-list" aria-label="Status">
        {tags.map((tag) => (
          <li key={tag.text} className="govuk-!-display-inline-block govuk-!-margin-right-2">
            {tag.label && <span className="govuk-visually-hidden">{tag.label}: </span>}
            <Tag text={tag.text} classes={tag.classes} />
          </li>
        ))}
      </ul>
    </>
  );
}
