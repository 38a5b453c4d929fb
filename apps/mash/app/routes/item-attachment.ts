import { hub, notFound } from "../.server/hub.ts";
import type { Route } from "./+types/item-attachment";

/** RFC 8187 `filename*`: UTF-8, percent-encoded, with the characters encodeURIComponent leaves alone. */
function encodedFilename(name: string): string {
  return encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}

/** A plain ASCII name for clients that ignore `filename*`: no quotes, backslashes or controls. */
function fallbackFilename(name: string): string {
  return name.replace(/[^\w .()-]/g, "_") || "attachment";
}

/**
 * `/items/:id/attachments/:attachmentId`: one file on an item (sent with the referral or with the
 * referrer's answer), for someone who may view the item; the download is audited. Anything else, 404.
 * Always a download, never shown in the page: the type is the one the content was found to be.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { portal, actor, triage, now } = await hub(request);
  const file = await triage.readAttachment(actor, params.id, params.attachmentId, portal.name, now);
  if (!file) throw notFound();
  const { attachment, bytes } = file;
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": attachment.mediaType,
      "Content-Length": String(bytes.length),
      "Content-Disposition": `attachment; filename="${fallbackFilename(attachment.name)}"; filename*=UTF-8''${encodedFilename(attachment.name)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
}
