import { readCookie, type SignedInUser, serializeCookie } from "@portal/auth";
import { appUrl } from "@portal/config";
import {
  type Answers,
  canVisit,
  catalogue,
  type FormDefinition,
  firstIncompleteStep,
  journey,
  restrictedTo,
  type Step,
  stepPath,
  todayInLondon,
} from "@portal/forms";
import {
  type Draft,
  type DraftActor,
  type Intake,
  openIntake,
  type Answers as StoredAnswers,
} from "@portal/intake";
import { redirect } from "react-router";
import { formAt, type PortalForm } from "./form-registry.ts";
import { notFound, requirePortalUser } from "./guard.server.ts";
import { currentPortal, type Portal } from "./portal.server.ts";

/** Everything a form route needs, after the checks that let this person use this form here. */
export interface FormRoute {
  portal: Portal;
  entry: PortalForm;
  form: FormDefinition;
  /** The form's own address in the portal, e.g. "/refer/child-safeguarding". */
  base: string;
  user: SignedInUser | null;
  actor: DraftActor;
  intake: Intake;
  now: Date;
  today: string;
}

let intake: Intake | undefined;

export function portalIntake(portal: Portal): Intake {
  intake ??= openIntake(portal.db, portal.env);
  return intake;
}

/**
 * Finds the form this URL belongs to and checks who may use it: the public portal's forms are open
 * to everyone, the others need a role for the portal, and some forms an organisation type.
 */
export async function formRoute(request: Request): Promise<FormRoute> {
  const portal = currentPortal();
  const entry = formAt(portal.name, new URL(request.url).pathname);
  const form = entry && catalogue[entry.formId];
  if (!entry || !form) throw notFound();
  const user =
    portal.name === "public" ? await portal.auth.getUser(request) : await requirePortalUser(request);
  const organisationTypes = restrictedTo[form.id as keyof typeof restrictedTo];
  if (organisationTypes && !organisationTypes.includes(user?.organisationType ?? "")) {
    throw new Response("Forbidden", { status: 403 });
  }
  const now = new Date();
  return {
    portal,
    entry,
    form,
    base: `/${entry.path}`,
    user,
    actor: { subject: user?.subject ?? null, portal: portal.name },
    intake: portalIntake(portal),
    now,
    today: todayInLondon(now),
  };
}

/**
 * Someone not signed in reaches their drafts only from the browser that started (or resumed) them:
 * the cookie lists those drafts' unguessable ids.
 */
function draftsCookie(route: Pick<FormRoute, "portal">) {
  const secure = new URL(appUrl(route.portal.env, route.portal.name)).protocol === "https:";
  return { name: `${secure ? "__Host-" : ""}${route.portal.name}_drafts`, secure };
}

const MAX_REMEMBERED_DRAFTS = 10;

function rememberedDrafts(route: Pick<FormRoute, "portal">, request: Request): string[] {
  return (readCookie(request, draftsCookie(route).name) ?? "").split(".").filter(Boolean);
}

/** A Set-Cookie header adding a draft to this browser's list. */
export function rememberDraft(route: Pick<FormRoute, "portal">, request: Request, draftId: string) {
  const ids = [draftId, ...rememberedDrafts(route, request).filter((id) => id !== draftId)];
  const days = route.portal.env.DRAFT_TTL_DAYS;
  return serializeCookie(draftsCookie(route), ids.slice(0, MAX_REMEMBERED_DRAFTS).join("."), days * 86_400);
}

/** The draft in the URL, if this person may continue it; 404 otherwise (never a hint that it exists). */
export function draftFor(route: FormRoute, request: Request, draftId: string | undefined): Draft {
  const draft = draftId ? route.intake.getDraftFor(route.actor, draftId, route.now) : null;
  if (!draft || draft.formId !== route.form.id) throw notFound();
  if (draft.ownerSubject === null && !rememberedDrafts(route, request).includes(draft.id)) throw notFound();
  return draft;
}

/** The address of a draft's step; a null step is check your answers. */
export const draftStepHref = (base: string, draftId: string, step: Step | null) =>
  `${base}/${draftId}/${step ? stepPath(step) : "check-your-answers"}`;

export const stepHref = (route: FormRoute, draft: Draft, step: Step | null) =>
  draftStepHref(route.base, draft.id, step);

/** Where someone continuing a draft goes: its first unanswered step, or check your answers. */
export function continueHref(base: string, form: FormDefinition, draft: Draft, today: string): string {
  return draftStepHref(base, draft.id, firstIncompleteStep(form, formAnswers(draft), { today }));
}

/** Sends the person where the draft stands: the confirmation once sent, else the first unanswered step. */
export function resumeTarget(route: FormRoute, draft: Draft): string {
  if (draft.submittedItemId) return `${route.base}/${draft.id}/confirmation`;
  return continueHref(route.base, route.form, draft, route.today);
}

/** Guards a step: sent drafts go to their confirmation, steps not yet reachable to the first open one. */
export function guardStep(route: FormRoute, draft: Draft, step: Step): void {
  if (draft.submittedItemId) throw redirect(`${route.base}/${draft.id}/confirmation`);
  if (!canVisit(route.form, formAnswers(draft), step, route)) throw redirect(resumeTarget(route, draft));
}

export function firstStep(route: FormRoute): Step {
  const first = journey(route.form, {}, route).steps[0];
  if (!first) throw new Error(`Form ${route.form.id} has no pages`);
  return first.step;
}

/**
 * A draft holds, as JSON, only what the forms engine saved; the engine re-checks every answer it reads
 * (pruning and re-parsing each step), so these two views of the same object need no conversion.
 */
export const formAnswers = (draft: Pick<Draft, "answers">) => draft.answers as unknown as Answers;
export const storedAnswers = (answers: Answers) => answers as unknown as StoredAnswers;
