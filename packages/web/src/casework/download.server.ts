import type { AttachmentDownload } from "@portal/intake";

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
 * A file on a case as a download, never shown in the page: the type is the one the content was found
 * to be, the browser may not guess another, and nothing keeps a copy.
 */
export function attachmentResponse({ attachment, bytes }: AttachmentDownload): Response {
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
