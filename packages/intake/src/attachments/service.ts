import { createHash } from "node:crypto";
import { isExpired } from "../drafts.ts";
import { DraftUnavailableError } from "../errors.ts";
import { randomId } from "../ids.ts";
import type { AttachmentRecord, IntakeStore } from "../store.ts";
import { type DetectedType, detectFileType } from "./detect.ts";
import type { FileStore } from "./file-store.ts";

export interface AttachmentInfo {
  id: string;
  /** The file's name as the person gave it, without any folder and control characters. */
  name: string;
  size: number;
  /** Decided from the content, not the name. */
  mediaType: string;
  sha256: string;
}

export type StoreAttachmentResult = { ok: AttachmentInfo } | { error: string };

/** The kinds of file people may attach, in words (for hints and the wrong-type message). */
export const ACCEPTED_FILE_TYPES = "PDF, Word document, JPG, PNG or text file";
export const WRONG_TYPE_MESSAGE = `The selected file must be a ${ACCEPTED_FILE_TYPES}`;
export const EMPTY_MESSAGE = "The selected file is empty";

/** "The selected file must be smaller than 10MB" for the configured limit. */
export function tooLargeMessage(maxBytes: number): string {
  const MB = 1024 * 1024;
  const size =
    maxBytes % MB === 0
      ? `${maxBytes / MB}MB`
      : maxBytes % 1024 === 0
        ? `${maxBytes / 1024}KB`
        : `${maxBytes} bytes`;
  return `The selected file must be smaller than ${size}`;
}

/** The last segment of a path-like name, without control characters, at most 200 characters. */
export function cleanFilename(filename: string): string {
  const last = filename.split(/[\\/]/).pop() ?? "";
  const clean = [...last]
    .filter((c) => {
      const code = c.charCodeAt(0);
      return code >= 0x20 && code !== 0x7f;
    })
    .join("")
    .trim();
  if (clean === "" || clean === "." || clean === "..") return "attachment";
  if (clean.length <= 200) return clean;
  const dot = clean.lastIndexOf(".");
  const extension = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : "";
  return clean.slice(0, 200 - extension.length) + extension;
}

/** A file as a list shows it: what it is called and how big it is. */
export interface AttachedFile {
  id: string;
  name: string;
  size: number;
}

/** A file someone chose, before it is checked or kept. */
export interface ChosenFile {
  bytes: Uint8Array;
  filename: string;
}

/**
 * Whether a file may be attached: not empty, within the size limit, and of a type its content shows
 * to be allowed. The one check for every upload (drafts and answers alike); it writes nothing.
 */
export function checkAttachment(
  bytes: Uint8Array,
  maxBytes: number,
): { ok: DetectedType } | { error: string } {
  if (bytes.length === 0) return { error: EMPTY_MESSAGE };
  if (bytes.length > maxBytes) return { error: tooLargeMessage(maxBytes) };
  const type = detectFileType(bytes);
  return type ? { ok: type } : { error: WRONG_TYPE_MESSAGE };
}

/** The SHA-256 the file store keeps the bytes under. */
export function contentHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export function attachedFile(record: AttachmentRecord): AttachedFile {
  return { id: record.id, name: record.name, size: record.size };
}

export function attachmentInfo(record: AttachmentRecord): AttachmentInfo {
  return {
    id: record.id,
    name: record.name,
    size: record.size,
    mediaType: record.mediaType,
    sha256: record.sha256,
  };
}

export function createAttachmentService(deps: {
  store: IntakeStore;
  files: FileStore;
  attachmentMaxBytes: number;
}) {
  const { store, files, attachmentMaxBytes } = deps;
  return {
    /**
     * Checks and keeps a file attached to a draft. The app must already have checked that the person
     * may reach the draft (`getDraftFor`). Bytes are written (once per distinct content) before the
     * row, so a row never names a missing file.
     */
    async storeAttachment(input: {
      bytes: Uint8Array;
      filename: string;
      draftId: string;
      now: Date;
    }): Promise<StoreAttachmentResult> {
      const { bytes, now, draftId } = input;
      const checked = checkAttachment(bytes, attachmentMaxBytes);
      if ("error" in checked) return checked;
      const type = checked.ok;
      const draft = store.drafts.get(draftId);
      if (!draft) throw new DraftUnavailableError("not-found", draftId);
      if (isExpired(draft, now)) throw new DraftUnavailableError("expired", draftId);
      if (draft.submittedItemId) throw new DraftUnavailableError("submitted", draftId);
      const sha256 = contentHash(bytes);
      await files.put(sha256, bytes);
      const record: AttachmentRecord = {
        id: randomId(),
        draftId,
        itemId: null,
        name: cleanFilename(input.filename),
        size: bytes.length,
        mediaType: type.mediaType,
        sha256,
        createdAt: now,
      };
      store.attachments.insert(record);
      return { ok: attachmentInfo(record) };
    },

    listAttachments(draftId: string): AttachmentInfo[] {
      return store.attachments.listForDraft(draftId).map(attachmentInfo);
    },

    listItemAttachments(itemId: string): AttachmentInfo[] {
      return store.attachments.listForItem(itemId).map(attachmentInfo);
    },

    /** The attachment and its bytes. Access is the caller's check (draft owner or item viewer). */
    async readAttachment(id: string): Promise<{ attachment: AttachmentInfo; bytes: Buffer } | null> {
      const record = store.attachments.get(id);
      if (!record) return null;
      const bytes = await files.read(record.sha256);
      return bytes ? { attachment: attachmentInfo(record), bytes } : null;
    },

    /** Removes a file from a draft that has not been sent; true when it was there. */
    async removeAttachment(draftId: string, id: string): Promise<boolean> {
      const record = store.attachments.get(id);
      if (!record || !store.attachments.deleteFromDraft(draftId, id)) return false;
      if (!store.attachments.isHashReferenced(record.sha256)) await files.remove(record.sha256);
      return true;
    },
  };
}
