import type { AttachmentRepository, Json } from "../store.ts";
import type { ItemMessage } from "../triage/store.ts";
import type { FileStore } from "./file-store.ts";
import { type AttachedFile, type AttachmentInfo, attachedFile, attachmentInfo } from "./service.ts";

export interface AttachmentDownload {
  attachment: AttachmentInfo;
  bytes: Buffer;
}

/**
 * One file on an item, for someone who may view the item: the check and its audit event
 * ("attachment-downloaded", or "view-refused" for someone who may not view the item) in one
 * transaction, without the cost of the item's whole view. Null when the item or file does not exist,
 * the file is not the item's, or the person may not view the item. `load` finds the item and says
 * whether this person may view it; `audit` writes an event on it.
 */
export async function downloadAttachment(
  deps: {
    durably: <T>(work: () => T) => T;
    attachments: Pick<AttachmentRepository, "get">;
    files: Pick<FileStore, "read">;
  },
  load: () => { id: string; mayView: boolean } | undefined,
  attachmentId: string,
  audit: (itemId: string, action: string, details: { [key: string]: Json }) => void,
  actorName: string,
): Promise<AttachmentDownload | null> {
  const record = deps.durably(() => {
    const item = load();
    if (!item) return null;
    if (!item.mayView) {
      audit(item.id, "view-refused", { attachmentId });
      return null;
    }
    const found = deps.attachments.get(attachmentId);
    if (!found || found.itemId !== item.id) return null;
    audit(item.id, "attachment-downloaded", { attachmentId: found.id, name: found.name, actorName });
    return found;
  });
  if (!record) return null;
  const bytes = await deps.files.read(record.sha256);
  return bytes ? { attachment: attachmentInfo(record), bytes } : null;
}

/** A question to the referrer or their answer, with the files that came with the answer. */
export interface MessageWithFiles extends ItemMessage {
  files: AttachedFile[];
}

/** An item's messages, oldest first, each answer with its files. */
export function messagesWithFiles(
  messages: { messagesFor(itemId: string): ItemMessage[] },
  attachments: Pick<AttachmentRepository, "listForMessage">,
  itemId: string,
): MessageWithFiles[] {
  return messages.messagesFor(itemId).map((message) => ({
    ...message,
    files:
      message.direction === "from-referrer"
        ? attachments.listForMessage(itemId, message.id).map(attachedFile)
        : [],
  }));
}
