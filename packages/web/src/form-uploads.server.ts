import { type Answers, type FieldErrors, type PostedFields, pageView, type Step } from "@portal/forms";
import type { ChosenFile } from "@portal/intake";
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
    const file = await chosenFile(body.get(uploadField(question.id)));
    if (!file) continue;
    const stored = await route.intake.storeAttachment({
      ...file,
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

/**
 * The file posted in a file input, or null when none was chosen (a browser posts an empty, nameless
 * part for an input left empty; an empty file that has a name is still a file, refused as empty).
 */
export async function chosenFile(value: FormDataEntryValue | null): Promise<ChosenFile | null> {
  if (!(value instanceof File) || (value.size === 0 && value.name === "")) return null;
  return { bytes: new Uint8Array(await value.arrayBuffer()), filename: value.name };
}

function attachmentId(posted: string): string {
  try {
    const parsed: unknown = JSON.parse(posted);
    return typeof parsed === "object" && parsed !== null && "id" in parsed ? String(parsed.id) : "";
  } catch {
    return "";
  }
}
