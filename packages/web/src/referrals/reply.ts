/** The optional file input beside the answer: its name and id (the error summary links to it). */
export const ANSWER_FILE_FIELD = "answer-file";

/** Why an answer could not be sent, with what was typed: `error` for the answer, `fileError` for the file. */
export interface ReplyFailure {
  answer: string;
  error?: string;
  fileError?: string;
}

/** The longest answer a referrer may send to the team's question, in characters. */
export const ANSWER_MAX_LENGTH = 5000;

/**
 * The answer as typed: browsers send a textarea's line breaks as CR LF, but the character count people
 * see counts each as one, so line breaks are made LF before counting or saving.
 */
export function normaliseAnswer(value: FormDataEntryValue | null): string {
  return typeof value === "string" ? value.replace(/\r\n?/g, "\n") : "";
}

/** Why an answer cannot be sent, in the GOV.UK error message style; null when it can. */
export function answerError(answer: string): string | null {
  if (answer.trim() === "") return "Enter your answer";
  if (answer.length > ANSWER_MAX_LENGTH) return "Your answer must be 5,000 characters or less";
  return null;
}
