import { catalogue, todayInLondon } from "@portal/forms";
import { redirect, useLoaderData } from "react-router";
import { PORTAL_FORMS } from "../../form-registry.ts";
import { continueHref, portalIntake, rememberDraft } from "../../forms.server.ts";
import { currentPortal } from "../../portal.server.ts";
import { pageTitle } from "../../site.ts";

/**
 * A secret link from "Save and come back later": redeemed once, it gives this browser the draft and
 * sends the person to where they stopped.
 */
export async function loader({
  request,
  params,
}: {
  request: Request;
  params: Record<string, string | undefined>;
}) {
  const portal = currentPortal();
  const intake = portalIntake(portal);
  const now = new Date();
  const redeemed = intake.redeemResumeLink(params.token ?? "", now);
  const refused = {
    title: pageTitle(portal.name, "This link has already been used or has expired"),
    keptForDays: portal.env.DRAFT_TTL_DAYS,
  };
  if ("error" in redeemed) return refused;
  const draft = intake.getDraftFor({ subject: null, portal: portal.name }, redeemed.ok.draftId, now);
  const entry = draft && PORTAL_FORMS[portal.name].find((e) => e.formId === draft.formId);
  const form = draft && catalogue[draft.formId];
  if (!draft || !entry || !form) return refused;
  const target = continueHref(`/${entry.path}`, form, draft, todayInLondon(now));
  throw redirect(target, { headers: { "Set-Cookie": rememberDraft({ portal }, request, draft.id) } });
}

export default function ResumeRefused() {
  const { title, keptForDays } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{title}</title>
        <h1 className="govuk-heading-l">This link has already been used or has expired</h1>
        <p className="govuk-body">
          Each link to your saved answers works once. When you save your answers again you get a new link.
        </p>
        <p className="govuk-body">
          Saved answers are kept for {keptForDays} days. After that you need to start again.
        </p>
      </div>
    </div>
  );
}
