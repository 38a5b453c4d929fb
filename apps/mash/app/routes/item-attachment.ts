import { attachmentResponse } from "@portal/web/casework/download.server.ts";
import { hub, notFound } from "../.server/hub.ts";
import type { Route } from "./+types/item-attachment";

/**
 * `/items/:id/attachments/:attachmentId`: one file on an item (sent with the referral or with the
 * referrer's answer), for someone who may view the item; the download is audited. Anything else, 404.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { portal, actor, triage, now } = await hub(request);
  const file = await triage.readAttachment(actor, params.id, params.attachmentId, portal.name, now);
  if (!file) throw notFound();
  return attachmentResponse(file);
}
