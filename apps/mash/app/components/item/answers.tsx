import { InsetText } from "@portal/govuk-react";
import { LinesList } from "./header.tsx";
import type { AnswersView } from "./types.ts";

/** "What the referrer told us": check-your-answers as the referrer saw it, without Change links. */
export function Answers({ answers }: { answers: AnswersView }) {
  return (
    <section aria-labelledby="answers">
      <h2 className="govuk-heading-m" id="answers">
        What the referrer told us
      </h2>
      {answers.notice && <InsetText text={answers.notice} />}
      {answers.sections.length === 0 && <p className="govuk-body">The referral has no answers to show.</p>}
      {answers.sections.map((section) => (
        <section key={section.id} aria-labelledby={`answers-${section.id}`}>
          <h3 className="govuk-heading-s" id={`answers-${section.id}`}>
            {section.title}
          </h3>
          <LinesList rows={section.rows} classes="govuk-!-margin-bottom-6" />
        </section>
      ))}
    </section>
  );
}
