export * from "./catalogue/index.ts";
export {
  answerLines,
  type CheckAnswersRow,
  type CheckAnswersSection,
  changeHref,
  checkAnswers,
  isReturnToCheck,
  RETURN_TO_CHECK,
} from "./check-answers.ts";
export { type AnswerLookup, evaluate, isAnswered, lookupIn } from "./conditions.ts";
export type * from "./definition.ts";
export type { FieldError, ParseContext } from "./fields/codec.ts";
export { dateNames, parseDateParts, todayInLondon } from "./fields/date.ts";
export { normaliseEmail } from "./fields/email.ts";
export {
  DEFAULT_ETHNICITY_OPTIONS,
  DEFAULT_SEX_OPTIONS,
  PERSON_PART_LABELS,
  personFieldName,
} from "./fields/person.ts";
export { normalisePhone } from "./fields/phone.ts";
export { normalisePostcode } from "./fields/postcode.ts";
export {
  canVisit,
  firstIncompleteStep,
  isComplete,
  type Journey,
  journey,
  nextStep,
  pathPages,
  previousStep,
  prune,
  removeItem,
  type StepState,
  type SubmitStepResult,
  saveStep,
  submitStep,
} from "./journey.ts";
export { plainText } from "./plain-text.ts";
export { type PostedFields, postedFields } from "./posted.ts";
export {
  type FieldErrors,
  pageSchema,
  parsePage,
  type StepContext,
  type StepParse,
  stepFields,
} from "./schema.ts";
export {
  addAnotherField,
  parseStepPath,
  type StepRef,
  stepPath,
  UnknownStepError,
} from "./steps.ts";
export { type SubjectPerson, type SubjectSummary, subjectPeople, subjectSummaries } from "./subjects.ts";
export { type Task, type TaskStatus, taskList } from "./task-list.ts";
export { type DefinitionCheck, formDefinitionSchema, validateDefinition } from "./validate-definition.ts";
export { type OptionView, type PageView, type PersonPartView, pageView, type QuestionView } from "./view.ts";
export { walkForm } from "./walk-form.ts";
