import type { AttachmentRef, FileQuestion } from "../definition.ts";
import { readList } from "../posted.ts";
import { type FieldCodec, fail, missing, ok } from "./codec.ts";

/**
 * The upload itself is stored elsewhere; the page posts one field `${id}` per attachment holding
 * `{"id","name","size"}` as JSON (hidden inputs re-post earlier uploads). Malformed entries are
 * ignored. The action must still check that each attachment id belongs to the draft.
 */
function readAttachment(raw: string): AttachmentRef | undefined {
  if (raw.length > 1000) return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== "object" || parsed === null) return undefined;
    const { id, name, size } = parsed as Record<string, unknown>;
    if (typeof id !== "string" || !id || id.length > 100) return undefined;
    if (typeof name !== "string" || !name || name.length > 255) return undefined;
    if (typeof size !== "number" || !Number.isSafeInteger(size) || size < 0) return undefined;
    return { id, name, size };
  } catch {
    return undefined;
  }
}

const isAttachment = (value: unknown): value is AttachmentRef =>
  typeof value === "object" && value !== null && "id" in value && "name" in value && "size" in value;

export const fileCodec: FieldCodec<FileQuestion> = {
  names: (q) => [q.id],
  parse(q, posted) {
    const byId = new Map<string, AttachmentRef>();
    for (const raw of readList(posted, q.id)) {
      const attachment = readAttachment(raw);
      if (attachment) byId.set(attachment.id, attachment);
    }
    if (byId.size === 0) return missing(q, q.id);
    if (byId.size > q.maxFiles) return fail(q.id, q.errors.tooMany);
    return ok([...byId.values()]);
  },
  toFields: (q, value) =>
    Array.isArray(value)
      ? { [q.id]: value.filter(isAttachment).map(({ id, name, size }) => JSON.stringify({ id, name, size })) }
      : {},
  format: (_q, value) => (Array.isArray(value) ? value.filter(isAttachment).map((file) => file.name) : []),
};
