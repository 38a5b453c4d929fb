import { assertSameOrigin } from "@portal/auth";
import { checkAnswers, isComplete, prune, subjectSummaries, submissionBlocked } from "@portal/forms";
import { data, redirect, useLoaderData } from "react-router";
import { CheckAnswersPage } from "../../forms/index.ts";
import { draftFor, formAnswers, formRoute, resumeTarget, storedAnswers } from "../../forms.server.ts";
import { pageTitle } from "../../site.ts";

type Args = { request: Request; params: Record<string, string | undefined> };

async function completeDraft({ request, params }: Args) {
  const route = await formRoute(request);
  const draft = draftFor(route, request, params.draftId);
  if (draft.submittedItemId || !isComplete(route.form, formAnswers(draft), route))
    throw redirect(resumeTarget(route, draft));
  return { route, draft };
}

export async function loader(args: Args) {
  const { route, draft } = await completeDraft(args);
  const answers = prune(route.form, formAnswers(draft));
  const blocked = submissionBlocked(route.form, answers);
  return {
    title: pageTitle(route.portal.name, "Check your answers", route.form.title),
    base: `${route.base}/${draft.id}`,
    sections: checkAnswers(route.form, answers),
    // A form that cannot be sent as answered (early help without consent) says why instead.
    errorSummary: blocked ? [{ text: blocked, href: "#main-content" }] : [],
    sender: route.user && {
      name: route.user.name,
      organisation: route.user.organisation,
      email: route.user.email,
    },
  };
}

/** Sending is idempotent on the draft: a double click or a resubmission gives the same reference. */
export async function action(args: Args) {
  const { route, draft } = await completeDraft(args);
  assertSameOrigin(args.request, route.portal.auth.origin);
  const answers = prune(route.form, formAnswers(draft));
  if (submissionBlocked(route.form, answers)) return data(null, { status: 400 });
  const { user } = route;
  route.intake.submitReferral({
    draftId: draft.id,
    service: route.form.service,
    formId: route.form.id,
    formVersion: route.form.version,
    answers: storedAnswers(answers),
    subjects: subjectSummaries(route.form, answers),
    referrer: user
      ? {
          subject: user.subject,
          name: user.name,
          anonymous: false,
          ...(user.email ? { email: user.email } : {}),
          ...(user.organisation ? { organisation: user.organisation } : {}),
          ...(user.organisationType ? { organisationType: user.organisationType } : {}),
        }
      : { anonymous: true },
    portal: route.portal.name,
    now: route.now,
  });
  return redirect(`${route.base}/${draft.id}/confirmation`);
}

export default function CheckYourAnswers() {
  const { title, base, sections, errorSummary, sender } = useLoaderData<typeof loader>();
  return (
    <>
      <title>{title}</title>
      <CheckAnswersPage
        sections={sections}
        hrefFor={(href) => `${base}/${href}`}
        errorSummary={errorSummary}
        sender={sender}
      />
    </>
  );
}
