import { catalogue, todayInLondon } from "@portal/forms";
import { useLoaderData } from "react-router";
import { PORTAL_FORMS } from "../../form-registry.ts";
import { SavedFormsList } from "../../forms/index.ts";
import { continueHref, portalIntake } from "../../forms.server.ts";
import { currentPortal } from "../../portal.server.ts";
import { pageTitle } from "../../site.ts";

/** The signed-in person's unfinished forms in this portal ("recover a form"), newest first. */
export async function loader({ request }: { request: Request }) {
  const portal = currentPortal();
  const user = await portal.auth.requireUser(request);
  const now = new Date();
  const today = todayInLondon(now);
  const drafts = portalIntake(portal)
    .listDrafts(user.subject, portal.name, now)
    .flatMap((draft) => {
      const entry = PORTAL_FORMS[portal.name].find((e) => e.formId === draft.formId);
      const form = catalogue[draft.formId];
      if (!entry || !form) return [];
      return [
        {
          title: form.title,
          href: continueHref(`/${entry.path}`, form, draft, today),
          updatedAt: draft.updatedAt.toISOString(),
          expiresAt: draft.expiresAt.toISOString(),
        },
      ];
    });
  return { title: pageTitle(portal.name, "Your saved forms"), drafts };
}

export default function SavedForms() {
  const { title, drafts } = useLoaderData<typeof loader>();
  return (
    <>
      <title>{title}</title>
      <h1 className="govuk-heading-l">Your saved forms</h1>
      <SavedFormsList drafts={drafts} />
    </>
  );
}
