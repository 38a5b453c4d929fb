import { assessEligibility } from "@portal/forms";
import { Link, useLoaderData } from "react-router";
import { draftFor, formAnswers, formRoute, resumeTarget } from "../../forms.server.ts";
import { pageTitle } from "../../site.ts";

/**
 * The care needs self-check's answer, shown as soon as its questions are answered and before any
 * personal details are asked: no account is needed to find out.
 */
export async function loader({
  request,
  params,
}: {
  request: Request;
  params: Record<string, string | undefined>;
}) {
  const route = await formRoute(request);
  const draft = draftFor(route, request, params.draftId);
  const result = assessEligibility(formAnswers(draft));
  return {
    title: pageTitle(route.portal.name, "Your result", route.form.title),
    result,
    continueHref: resumeTarget(route, draft),
  };
}

export default function EligibilityResult() {
  const { title, result, continueHref } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{title}</title>
        <span className="govuk-caption-l">Check if you may get help with care</span>
        <h1 className="govuk-heading-l" data-testid="eligibility-outcome" data-outcome={result.outcome}>
          {result.headline}
        </h1>
        <ul className="govuk-list govuk-list--bullet">
          {result.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
        <div className="govuk-inset-text">{result.note}</div>
        <p className="govuk-body">
          You can now ask for a care needs assessment. We will ask for your contact details.
        </p>
        <Link className="govuk-button" data-module="govuk-button" to={continueHref}>
          Continue to your request
        </Link>
      </div>
    </div>
  );
}
