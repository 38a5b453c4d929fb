import { ReferralPage } from "@portal/web";
import { loadReferral, replyToReferral } from "@portal/web/referrals.server.ts";
import type { Route } from "./+types/request";

export const loader = ({ request, params }: Route.LoaderArgs) => loadReferral(request, params.id);

export const action = ({ request, params }: Route.ActionArgs) => replyToReferral(request, params.id);

export default function YourRequest({ loaderData, actionData }: Route.ComponentProps) {
  return <ReferralPage {...loaderData} failed={actionData} />;
}
