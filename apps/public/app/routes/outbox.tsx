import { OutboxPage } from "@portal/web";
import { loadOutbox } from "@portal/web/referrals.server.ts";
import type { Route } from "./+types/outbox";

// Demo mode only (404 otherwise), and no sign-in: a developer's mail catcher.
export const loader = () => loadOutbox();

export default function Outbox({ loaderData }: Route.ComponentProps) {
  return <OutboxPage {...loaderData} />;
}
