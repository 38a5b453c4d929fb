import type { PortalName } from "@portal/config";
import { PORTAL_FORMS, SELF_CHECK_FORM } from "./form-registry.ts";

/**
 * Route entries shared by every portal, written as the plain objects React Router's route helpers
 * return, so this package needs no build tooling. File paths are seen from a portal's app/ folder.
 */
export interface RouteEntry {
  id?: string;
  path?: string;
  file: string;
  index?: boolean;
  children?: RouteEntry[];
}

const SHARED = "../../../packages/web/src/routes";

/** Health, the sign-in round trip, sign-out and the accessibility statement. */
export function sharedRoutes(): RouteEntry[] {
  return [
    { path: "healthz", file: `${SHARED}/healthz.ts` },
    { path: "auth/sign-in", file: `${SHARED}/auth.sign-in.ts` },
    { path: "auth/callback", file: `${SHARED}/auth.callback.ts` },
    { path: "auth/sign-out", file: `${SHARED}/auth.sign-out.ts` },
    { path: "auth/signed-out", file: `${SHARED}/auth.signed-out.tsx` },
    { path: "auth/backchannel-logout", file: `${SHARED}/auth.backchannel-logout.ts` },
    { path: "accessibility", file: `${SHARED}/accessibility.tsx` },
  ];
}

/** Wraps pages in the portal's gate (app/routes/gate.tsx): only users with a role for this portal. */
export function gated(children: RouteEntry[]): RouteEntry {
  return { file: "routes/gate.tsx", children };
}

const FORM = `${SHARED}/form`;

/** A catalogue form's pages at `path`: start, steps, check your answers, confirmation, saved. */
export function formRoutes(portal: PortalName): RouteEntry[] {
  return PORTAL_FORMS[portal].flatMap(({ path, formId }) => [
    ...(formId === SELF_CHECK_FORM
      ? [{ id: `${path}:result`, path: `${path}/:draftId/your-result`, file: `${FORM}/eligibility.tsx` }]
      : []),
    { id: `${path}:start`, path, file: `${FORM}/start.tsx` },
    { id: `${path}:check`, path: `${path}/:draftId/check-your-answers`, file: `${FORM}/check.tsx` },
    { id: `${path}:confirmation`, path: `${path}/:draftId/confirmation`, file: `${FORM}/confirmation.tsx` },
    { id: `${path}:saved`, path: `${path}/:draftId/saved`, file: `${FORM}/saved-for-later.tsx` },
    { id: `${path}:step`, path: `${path}/:draftId/*`, file: `${FORM}/step.tsx` },
  ]);
}

/** The signed-in person's saved forms. */
export const savedFormsRoute = (): RouteEntry => ({ path: "saved", file: `${FORM}/saved.tsx` });

/** Where a secret link to saved answers lands (for people who are not signed in: the public portal). */
export const resumeRoute = (): RouteEntry => ({ path: "resume/:token", file: `${FORM}/resume.tsx` });
