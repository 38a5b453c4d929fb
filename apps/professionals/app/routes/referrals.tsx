import { ReferralsListPage } from "@portal/web";
import { loadReferralsList } from "@portal/web/referrals.server.ts";
import type { Route } from "./+types/referrals";

export const loader = ({ request }: Route.LoaderArgs) => loadReferralsList(request);

export default function Referrals({ loaderData }: Route.ComponentProps) {
  return <ReferralsListPage {...loaderData} />;
}
