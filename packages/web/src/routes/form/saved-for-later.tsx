import { appUrl } from "@portal/config";
import { useLoaderData } from "react-router";
import { SavedForLaterPage } from "../../forms/index.ts";
import { draftFor, formRoute } from "../../forms.server.ts";
import { pageTitle } from "../../site.ts";

/**
 * Signed-in people find the draft on their saved forms page. Anyone else gets a secret link, made
 * now and shown once: it works once, until the draft expires.
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
  const title = pageTitle(route.portal.name, "Your answers have been saved", route.form.title);
  if (route.user) return { title, signedIn: true as const, expiresAt: draft.expiresAt.toISOString() };
  const link = route.intake.issueResumeLink(draft.id, route.now);
  return {
    title,
    signedIn: false as const,
    resumeUrl: `${appUrl(route.portal.env, route.portal.name)}/resume/${link.token}`,
    expiresAt: link.expiresAt.toISOString(),
  };
}

export default function SavedForLater() {
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <title>{data.title}</title>
      <SavedForLaterPage
        expiresAt={data.expiresAt}
        {...(data.signedIn ? { savedFormsHref: "/saved" } : { resumeUrl: data.resumeUrl })}
      />
    </>
  );
}
