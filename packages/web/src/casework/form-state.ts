import type { Refusal } from "./command-forms.ts";

/**
 * One form's state after a refused post: its messages and what was typed, for that form only. The
 * other forms on the page show as they were.
 */
export interface FormState {
  errors: readonly { field: string; message: string }[];
  /** The `errorMessage` option for a field, or undefined when it has none. */
  error(field: string): { text: string } | undefined;
  text(field: string): string | undefined;
  list(field: string): string[] | undefined;
}

export function formState(refusal: Refusal | undefined, intent: string): FormState {
  const mine = refusal?.intent === intent ? refusal : undefined;
  return {
    errors: mine?.errors ?? [],
    error(field) {
      const message = mine?.errors.find((error) => error.field === field)?.message;
      return message === undefined ? undefined : { text: message };
    },
    text(field) {
      const value = mine?.values[field];
      return typeof value === "string" ? value : undefined;
    },
    list(field) {
      const value = mine?.values[field];
      return Array.isArray(value) ? value : undefined;
    },
  };
}
