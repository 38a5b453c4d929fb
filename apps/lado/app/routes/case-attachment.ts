import { attachmentResponse } from "@portal/web/casework/download.server.ts";
import { desk, notFound } from "../.server/desk.ts";
import type { Route } from "./+types/case-attachment";

/**
 * `/cases/:id/attachments/:attachmentId`: one file on a case (sent with the referral or with an
 * answer to a request for information), for the LADO team only; the download is audited. Anything
 * else, 404.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { portal, actor, lado, now } = await desk(request);
  const file = await lado.attachment(actor, params.id, params.attachmentId, portal.name, now);
  if (!file) throw notFound();
  return attachmentResponse(file);
}
