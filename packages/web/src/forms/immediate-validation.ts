import {
  type Answers,
  catalogue,
  type PageView,
  pageView,
  parsePage,
  postedFields,
  type Step,
  stepPath,
} from "@portal/forms";
import { type FormEvent, useState } from "react";

/** What the browser needs to check a step itself: the same definition and answers the server uses. */
export interface StepCheck {
  formId: string;
  step: Step;
  answers: Answers;
  today: string;
}

/**
 * With JavaScript, a step is checked in the browser by the same page schema the server action uses,
 * so errors show at once without a round trip; the server still checks every post. Pages with a
 * file, and "Save and come back later", always go to the server.
 */
export function useImmediateValidation(check: StepCheck, serverView: PageView) {
  const [refused, setRefused] = useState<{ key: string; view: PageView } | null>(null);
  const key = `${check.formId}/${stepPath(check.step)}`;
  const view = refused?.key === key ? refused.view : serverView;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const form = catalogue[check.formId];
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    if (!form || (submitter instanceof HTMLButtonElement && submitter.value === "save-for-later")) return;
    if (event.currentTarget.enctype === "multipart/form-data") return;
    const posted = postedFields(new FormData(event.currentTarget));
    const parsed = parsePage(form, check.step, posted, { today: check.today, answers: check.answers });
    if (parsed.ok) return;
    event.preventDefault();
    setRefused({ key, view: pageView(form, check.step, check.answers, parsed.errors, posted) });
  }

  return { view, onSubmit };
}
