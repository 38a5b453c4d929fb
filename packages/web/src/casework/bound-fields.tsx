import {
  Checkboxes,
  type CheckboxesProps,
  Input,
  type InputProps,
  Radios,
  type RadiosProps,
  Textarea,
  type TextareaProps,
} from "@portal/govuk-react";
import type { FormState } from "./form-state.ts";

/**
 * GOV.UK fields bound to one action form's state by name: the name is the id, what was typed comes
 * back after a refused post, and so does the field's message. One place to get all three right.
 */

type Bound<P> = Omit<P, "name" | "id" | "idPrefix" | "value" | "values" | "errorMessage"> & {
  state: FormState;
  name: string;
};

/** `fallback`: the choice shown before anything is posted (the current rating, the only option). */
export function RadiosField({ state, name, fallback, ...props }: Bound<RadiosProps> & { fallback?: string }) {
  return (
    <Radios
      {...props}
      name={name}
      idPrefix={name}
      value={state.text(name) ?? fallback}
      errorMessage={state.error(name)}
    />
  );
}

/** `fallback`: the boxes ticked before anything is posted. */
export function CheckboxesField({
  state,
  name,
  fallback = [],
  ...props
}: Bound<CheckboxesProps> & { fallback?: string[] }) {
  return (
    <Checkboxes
      {...props}
      name={name}
      idPrefix={name}
      values={state.list(name) ?? fallback}
      errorMessage={state.error(name)}
    />
  );
}

export function TextareaField({
  state,
  name,
  fallback = "",
  ...props
}: Bound<TextareaProps> & { fallback?: string }) {
  return (
    <Textarea
      {...props}
      id={name}
      name={name}
      value={state.text(name) ?? fallback}
      errorMessage={state.error(name)}
    />
  );
}

export function InputField({
  state,
  name,
  fallback = "",
  ...props
}: Bound<InputProps> & { fallback?: string }) {
  return (
    <Input
      {...props}
      id={name}
      name={name}
      value={state.text(name) ?? fallback}
      errorMessage={state.error(name)}
    />
  );
}
