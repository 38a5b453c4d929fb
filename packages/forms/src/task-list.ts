import type { Answers, FormDefinition, Step } from "./definition.ts";
import type { ParseContext } from "./fields/codec.ts";
import { journey } from "./journey.ts";
import { findPage, groupOf } from "./steps.ts";

/** GOV.UK task list statuses. */
export type TaskStatus = "completed" | "in-progress" | "not-started" | "cannot-start-yet";

export interface Task {
  id: string;
  title: string;
  status: TaskStatus;
  /** Where the task's link goes: its first incomplete step, or its first step once completed. */
  start: Step;
}

/** One task per section with a page on the path; sections entirely off the path are left out. */
export function taskList(form: FormDefinition, answers: Answers, ctx: ParseContext): Task[] {
  const { steps, answers: kept } = journey(form, answers, ctx);
  return (form.sections ?? []).flatMap((section) => {
    const own = steps.filter((state) => findPage(form, state.step.page)?.section === section.id);
    const first = own[0];
    if (!first) return [];
    const incomplete = own.find((state) => !state.complete);
    const answered = own.some((state) => {
      const page = findPage(form, state.step.page)!;
      const ids = groupOf(page) ? [page.questions[0]!.id] : page.questions.map((q) => q.id);
      return ids.some((id) => Object.hasOwn(kept, id));
    });
    let status: TaskStatus;
    if (!incomplete) status = "completed";
    else if (!first.visitable) status = "cannot-start-yet";
    else status = answered ? "in-progress" : "not-started";
    return [{ id: section.id, title: section.title, status, start: (incomplete ?? first).step }];
  });
}
