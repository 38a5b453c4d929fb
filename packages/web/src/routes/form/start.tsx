import { assertSameOrigin } from "@portal/auth";
import { redirect, useLoaderData } from "react-router";
import { StartPage } from "../../forms/index.ts";
import { firstStep, formRoute, rememberDraft, stepHref } from "../../forms.server.ts";
import { pageTitle } from "../../site.ts";

export async function loader({ request }: { request: Request }) {
  const route = await formRoute(request);
  return {
    title: pageTitle(route.portal.name, route.form.title),
    heading: route.form.title,
    safeguardingBanner: route.form.safeguardingBanner,
    signedIn: route.user !== null,
    keptForDays: route.portal.env.DRAFT_TTL_DAYS,
  };
}

/** "Start now" opens a draft, so every page saved from here on can be recovered. */
export async function action({ request }: { request: Request }) {
  const route = await formRoute(request);
  assertSameOrigin(request, route.portal.auth.origin);
  const saved = route.intake.saveDraftPage({
    actor: route.actor,
    formId: route.form.id,
    formVersion: route.form.version,
    answers: {},
    visitedPageIds: [],
    now: route.now,
  });
  if (!("ok" in saved)) throw new Response("Could not start the form", { status: 500 });
  const headers = new Headers();
  if (!route.user) headers.append("Set-Cookie", rememberDraft(route, request, saved.ok.id));
  return redirect(stepHref(route, saved.ok, firstStep(route)), { headers });
}

export default function FormStart() {
  const { title, heading, safeguardingBanner, signedIn, keptForDays } = useLoaderData<typeof loader>();
  return (
    <>
      <title>{title}</title>
      <StartPage
        title={heading}
        safeguardingBanner={safeguardingBanner}
        savedFormsHref={signedIn ? "/saved" : undefined}
        description={
          <p className="govuk-body">
            We save your answers as you go. You can stop and come back to them within {keptForDays} days, and
            check them all before you send them.
          </p>
        }
      />
    </>
  );
}
