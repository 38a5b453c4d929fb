import { assertSameOrigin } from "@portal/auth";
import {
  type Answers,
  ELIGIBILITY_PAGE_IDS,
  type FieldErrors,
  isReturnToCheck,
  pageView,
  parseStepPath,
  pathPages,
  postedFields,
  previousStep,
  removeItem,
  type Step,
  stepPath,
  submitStep,
  UnknownStepError,
} from "@portal/forms";
import type { Draft } from "@portal/intake";
import { data, redirect, useActionData, useLoaderData } from "react-router";
import { SELF_CHECK_FORM } from "../../form-registry.ts";
import { attachUploads } from "../../form-uploads.server.ts";
import { StepPage, useImmediateValidation } from "../../forms/index.ts";
import {
  draftFor,
  type FormRoute,
  formAnswers,
  formRoute,
  guardStep,
  stepHref,
  storedAnswers,
} from "../../forms.server.ts";
import { pageTitle } from "../../site.ts";

type Args = { request: Request; params: Record<string, string | undefined> };

async function stepContext({ request, params }: Args) {
  const route = await formRoute(request);
  const draft = draftFor(route, request, params.draftId);
  const step = parseStepPath(params["*"] ?? "");
  if (!step) throw new Response("Not Found", { status: 404 });
  guardStep(route, draft, step);
  return { route, draft, step };
}

function render(route: FormRoute, draft: Draft, step: Step, errors?: FieldErrors, posted?: unknown) {
  try {
    const view = pageView(route.form, step, formAnswers(draft), errors, posted);
    const previous = previousStep(route.form, formAnswers(draft), step, route);
    const hasErrors = view.errorSummary.length > 0;
    return {
      title: `${hasErrors ? "Error: " : ""}${pageTitle(route.portal.name, view.title, route.form.title)}`,
      view,
      check: { formId: route.form.id, step, answers: formAnswers(draft), today: route.today },
      draftBase: `${route.base}/${draft.id}`,
      backHref: previous ? `${route.base}/${draft.id}/${stepPath(previous)}` : route.base,
    };
  } catch (error) {
    if (error instanceof UnknownStepError) throw new Response("Not Found", { status: 404 });
    throw error;
  }
}

export async function loader(args: Args) {
  const { route, draft, step } = await stepContext(args);
  return render(route, draft, step);
}

export async function action(args: Args) {
  const { request } = args;
  const { route, draft, step } = await stepContext(args);
  assertSameOrigin(request, route.portal.auth.origin);
  const body = await request.formData();
  const intent = body.get("intent");

  if (intent === "remove-item") {
    const index = Number(body.get("item"));
    const group = route.form.pages.find((page) => page.id === step.page)?.questions[0];
    if (group?.type !== "repeating-group" || !Number.isInteger(index))
      throw new Response("Bad Request", { status: 400 });
    save(route, draft.id, removeItem(route.form, formAnswers(draft), group.id, index));
    return redirect(stepHref(route, draft, step));
  }

  const uploaded = await attachUploads(route, draft.id, step, formAnswers(draft), body);
  const posted = { ...postedFields(body), ...uploaded.fields };
  const result = submitStep(route.form, step, formAnswers(draft), posted, {
    today: route.today,
    returnToCheck: isReturnToCheck(new URL(request.url).searchParams),
  });
  if (!result.ok || Object.keys(uploaded.errors).length > 0) {
    if (intent === "save-for-later") return redirect(`${route.base}/${draft.id}/saved`);
    const errors = { ...uploaded.errors, ...(result.ok ? {} : result.errors) };
    return data(render(route, draft, step, errors, posted), { status: 400 });
  }
  save(route, draft.id, result.answers);
  if (intent === "save-for-later") return redirect(`${route.base}/${draft.id}/saved`);
  if (finishesSelfCheck(route.form.id, step, result.next))
    return redirect(`${route.base}/${draft.id}/your-result`);
  return redirect(stepHref(route, draft, result.next));
}

/** Leaving the care needs self-check's last question for the rest of the form shows the result first. */
function finishesSelfCheck(formId: string, step: Step, next: Step | null): boolean {
  const selfCheck: readonly string[] = ELIGIBILITY_PAGE_IDS;
  return formId === SELF_CHECK_FORM && selfCheck.includes(step.page) && !selfCheck.includes(next?.page ?? "");
}

function save(route: FormRoute, draftId: string, answers: Answers) {
  const saved = route.intake.saveDraftPage({
    actor: route.actor,
    draftId,
    formId: route.form.id,
    formVersion: route.form.version,
    answers: storedAnswers(answers),
    visitedPageIds: pathPages(route.form, answers).map((page) => page.id),
    now: route.now,
  });
  if ("error" in saved) throw new Response("Not Found", { status: saved.error === "too-large" ? 413 : 404 });
}

export default function FormStep() {
  // After a refused post the action's view (with the errors and what was typed) replaces the loader's.
  const {
    title,
    view: serverView,
    backHref,
    draftBase,
    check,
  } = useActionData<typeof action>() ?? useLoaderData<typeof loader>();
  const { view, onSubmit } = useImmediateValidation(check, serverView);
  return (
    <>
      <title>{title}</title>
      <StepPage
        view={view}
        backHref={backHref}
        saveForLaterAllowed
        hrefFor={(path) => `${draftBase}/${path}`}
        onSubmit={onSubmit}
      />
    </>
  );
}
