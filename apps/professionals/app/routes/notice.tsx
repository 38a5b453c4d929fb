import { EncompassNoticePage } from "@portal/web";
import { loadNotice } from "@portal/web/referrals.server.ts";
import type { Route } from "./+types/notice";

export const loader = ({ request, params }: Route.LoaderArgs) => loadNotice(request, params.id);

export default function Notice({ loaderData }: Route.ComponentProps) {
  return <EncompassNoticePage {...loaderData} />;
}
