/**
 * Route entries shared by every portal, written as the plain objects React Router's route helpers
 * return, so this package needs no build tooling. File paths are seen from a portal's app/ folder.
 */
export interface RouteEntry {
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
