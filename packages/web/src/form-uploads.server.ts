import { type Answers, type FieldErrors, type PostedFields, pageView, type Step } from "@portal/forms";
import { uploadFieldName as uploadField } from "./forms/question-field.tsx";
import type { FormRoute } from "./forms.server.ts";

/**
 * Stores files chosen on this step and turns each into the JSON field the forms engine reads, beside
 * the attachments already re-posted by the page, keeping only those that belong to this draft (a
 * re-posted id is typed by the browser, so it is checked). A refused file becomes that input's error.
 */
export async function attachUploads(
  route: FormRoute,
  draftId: string,
  step: Step,
  answers: Answers,
  body: FormData,
): Promise<{ fields: PostedFields; errors: FieldErrors }> {
  const fields: PostedFields = {};
  const errors: FieldErrors = {};
  const questions = pageView(route.form, step, answers).questions.filter(
    (view) => view.question.type === "file",
  );
  if (questions.length === 0) return { fields, errors };
  const owned = new Set(route.intake.listAttachments(draftId).map((attachment) => attachment.id));
  for (const { question } of questions) {
    const earlier = body
      .getAll(question.id)
      .filter((value): value is string => typeof value === "string" && owned.has(attachmentId(value)));
    fields[question.id] = earlier;
    const file = body.get(uploadField(question.id));
    if (!(file instanceof File) || (file.size === 0 && file.name === "")) continue;
    const stored = await route.intake.storeAttachment({
      bytes: new Uint8Array(await file.arrayBuffer()),
      filename: file.name,
      draftId,
      now: route.now,
    });
    if ("error" in stored) {
      errors[uploadField(question.id)] = stored.error;
      continue;
    }
    const { id, name, size } = stored.ok;
    fields[question.id] = [...earlier, JSON.stringify({ id, name, size })];
  }
  return { fields, errors };
}

function attachmentId(posted: string): string {
  try {
    const parsed: unknown = JSON.parse(posted);
    return typeof parsed === "object" && parsed !== null && "id" in parsed ? String(parsed.id) : "";
  } catch {
    return "";
  }
}
