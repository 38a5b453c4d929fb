export { CheckAnswersPage, type CheckAnswersPageProps } from "./check-answers-page.tsx";
export { ConfirmationPage, type ConfirmationPageProps } from "./confirmation-page.tsx";
export { type StepCheck, useImmediateValidation } from "./immediate-validation.ts";
export { Lines } from "./lines.tsx";
export { QuestionField, type QuestionFieldProps, uploadFieldName } from "./question-field.tsx";
export { SAFEGUARDING_TEXT, SafeguardingBanner } from "./safeguarding-banner.tsx";
export {
  type SavedDraft,
  SavedForLaterPage,
  type SavedForLaterPageProps,
  SavedFormsList,
} from "./saved.tsx";
export { StartPage, type StartPageProps } from "./start-page.tsx";
export { StepPage, type StepPageProps } from "./step-page.tsx";
export {
  escapeHtml,
  fileSize,
  formatDate,
  formatDateTime,
  formatShortDateTime,
  formatTime,
  linesHtml,
} from "./text.ts";
