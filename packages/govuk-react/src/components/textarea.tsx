import type { Ref } from "react";
import { type Attributes, attributes, cx } from "../shared.ts";
import {
  type ErrorMessageOptions,
  type FieldSlot,
  FormGroup,
  type FormGroupOptions,
  fieldMessages,
  type HintOptions,
  slot,
} from "./form-group.tsx";
import { FieldLabel, type LabelOptions } from "./label.tsx";

export interface TextareaProps {
  id?: string;
  name?: string;
  rows?: number;
  value?: string;
  disabled?: boolean;
  describedBy?: string;
  label?: LabelOptions;
  hint?: HintOptions;
  errorMessage?: ErrorMessageOptions | false;
  formGroup?: FormGroupOptions & { beforeInput?: FieldSlot; afterInput?: FieldSlot };
  classes?: string;
  autocomplete?: string;
  spellcheck?: boolean;
  attributes?: Attributes;
  /** The form group element, which CharacterCount makes its root. */
  formGroupRef?: Ref<HTMLDivElement>;
}

export function Textarea(params: TextareaProps) {
  const id = params.id || params.name;
  const { describedBy, messages } = fieldMessages(id, params, params.describedBy);
  return (
    <FormGroup formGroup={params.formGroup} hasError={Boolean(params.errorMessage)} ref={params.formGroupRef}>
      <FieldLabel label={params.label} id={id} />
      {messages}
      {slot(params.formGroup?.beforeInput)}
      <textarea
        // `defaultValue`, not `value`: a `value` without `onChange` would make React lock the field.
        defaultValue={params.value}
        {...attributes(params.attributes, {
          className: cx("govuk-textarea", params.errorMessage && "govuk-textarea--error", params.classes),
          id: id ?? "",
          name: params.name ?? "",
          rows: params.rows || 5,
          spellCheck: typeof params.spellcheck === "boolean" ? String(params.spellcheck) : undefined,
          disabled: params.disabled || undefined,
          "aria-describedby": describedBy || undefined,
          autoComplete: params.autocomplete || undefined,
        })}
      />
      {slot(params.formGroup?.afterInput)}
    </FormGroup>
  );
}
