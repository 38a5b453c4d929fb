import { ReferralsListPage } from "@portal/web";
import { loadReferralsList } from "@portal/web/referrals.server.ts";
import type { Route } from "./+types/requests";

export const loader = ({ request }: Route.LoaderArgs) => loadReferralsList(request);

export default function Requests({ loaderData }: Route.ComponentProps) {
  return <ReferralsListPage {...loaderData} />;
}
