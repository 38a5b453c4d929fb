import { useLoaderData } from "react-router";
import { ConfirmationPage } from "../../forms/index.ts";
import { draftFor, formRoute, resumeTarget } from "../../forms.server.ts";
import { pageTitle } from "../../site.ts";

const NEXT_STEPS: Record<string, string> = {
  children:
    "The council's front door will look at your referral and decide what happens next within one working day. If you are a professional, they will tell you what they decided.",
  "early-help":
    "The early help team will contact you within 3 working days to talk about what support could help.",
  adults:
    "The adults' front door will contact you within 3 working days. Safeguarding concerns are looked at today.",
  lado: "The Local Authority Designated Officer (LADO) will contact you within one working day to agree what happens next.",
};

export async function loader({
  request,
  params,
}: {
  request: Request;
  params: Record<string, string | undefined>;
}) {
  const route = await formRoute(request);
  const draft = draftFor(route, request, params.draftId);
  const sent = draft.submittedItemId ? route.intake.getSubmission(draft.submittedItemId) : null;
  if (!sent) throw new Response(null, { status: 302, headers: { Location: resumeTarget(route, draft) } });
  return {
    title: pageTitle(route.portal.name, "Sent", route.form.title),
    reference: sent.reference,
    nextSteps: NEXT_STEPS[sent.service] ?? "",
  };
}

export default function Confirmation() {
  const { title, reference, nextSteps } = useLoaderData<typeof loader>();
  return (
    <>
      <title>{title}</title>
      <ConfirmationPage
        title="Sent"
        reference={reference}
        whatHappensNext={
          <>
            <p className="govuk-body">{nextSteps}</p>
            <p className="govuk-body">
              Keep your reference number. Use it if you contact the council about this.
            </p>
            <p className="govuk-body">If someone is in immediate danger, call 999.</p>
          </>
        }
      />
    </>
  );
}
