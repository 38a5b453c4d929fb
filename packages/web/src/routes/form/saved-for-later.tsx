import { assertSameOrigin } from "@portal/auth";
import { appUrl } from "@portal/config";
import { normaliseEmail } from "@portal/forms";
import { data, useActionData, useLoaderData } from "react-router";
import { SavedForLaterPage } from "../../forms/index.ts";
import { draftFor, type FormRoute, formRoute } from "../../forms.server.ts";
import { pageTitle } from "../../site.ts";

type Args = { request: Request; params: Record<string, string | undefined> };

const resumeUrl = (route: FormRoute) => (token: string) =>
  `${appUrl(route.portal.env, route.portal.name)}/resume/${token}`;

/**
 * Signed-in people find the draft on their saved forms page. Anyone else gets a secret link, made
 * now and shown once (it works once, until the draft expires), and may ask for another by email.
 */
export async function loader({ request, params }: Args) {
  const route = await formRoute(request);
  const draft = draftFor(route, request, params.draftId);
  const title = pageTitle(route.portal.name, "Your answers have been saved", route.form.title);
  if (route.user) return { title, signedIn: true as const, expiresAt: draft.expiresAt.toISOString() };
  const link = route.intake.issueResumeLink(draft.id, route.now);
  return {
    title,
    signedIn: false as const,
    resumeUrl: resumeUrl(route)(link.token),
    expiresAt: link.expiresAt.toISOString(),
  };
}

/** Queues the "draft saved" email with a second link, in the transaction that makes the link. */
export async function action({ request, params }: Args) {
  const route = await formRoute(request);
  assertSameOrigin(request, route.portal.auth.origin);
  const draft = draftFor(route, request, params.draftId);
  if (route.user) throw new Response("Not Found", { status: 404 });
  const typed = String((await request.formData()).get("email") ?? "").slice(0, 320);
  const email = normaliseEmail(typed);
  if (!email) {
    const error = typed.trim()
      ? "Enter an email address in the correct format, like name@example.com"
      : "Enter your email address";
    return data({ email: { value: typed, error } }, { status: 400 });
  }
  route.intake.emailResumeLink({ draftId: draft.id, email, resumeUrl: resumeUrl(route), now: route.now });
  return { emailedTo: email };
}

export default function SavedForLater() {
  const loaded = useLoaderData<typeof loader>();
  const posted = useActionData<typeof action>();
  return (
    <>
      <title>{`${posted && "email" in posted ? "Error: " : ""}${loaded.title}`}</title>
      <SavedForLaterPage
        expiresAt={loaded.expiresAt}
        {...(loaded.signedIn ? { savedFormsHref: "/saved" } : { resumeUrl: loaded.resumeUrl })}
        {...(posted && "email" in posted ? { email: posted.email } : {})}
        {...(posted && "emailedTo" in posted ? { emailedTo: posted.emailedTo } : {})}
      />
    </>
  );
}
