import { InsetText } from "@portal/govuk-react";
import type { AnswersView } from "./answers.server.ts";
import { LinesList } from "./lines-list.tsx";

/** The referral as its sender gave it: check-your-answers as they saw it, without Change links. */
export function Answers({ answers, heading }: { answers: AnswersView; heading: string }) {
  return (
    <section aria-labelledby="answers">
      <h2 className="govuk-heading-m" id="answers">
        {heading}
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
