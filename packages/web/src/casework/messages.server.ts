import type { MessageWithFiles } from "@portal/intake";
import { fileSize, formatDateTime } from "../forms/text.ts";
import type { MessageRow } from "./messages.tsx";

/** A case's messages as the page shows them; `fileHref` is where the page downloads a file from. */
export function messageRows(
  messages: readonly MessageWithFiles[],
  fileHref: (fileId: string) => string,
): MessageRow[] {
  return messages.map((message) => ({
    id: message.id,
    from: message.authorName,
    to: message.direction === "to-referrer" ? "referrer" : "team",
    at: formatDateTime(message.createdAt),
    body: message.body,
    files: message.files.map((file) => ({
      id: file.id,
      name: file.name,
      size: fileSize(file.size),
      href: fileHref(file.id),
    })),
  }));
}
