/**
 * Small pure builders for catalogue definitions. They only save typing: every label and every error
 * message is still written by hand at the call site (never generated from question text).
 */
import type {
  AddressQuestion,
  CheckboxesQuestion,
  DateQuestion,
  DateRule,
  EmailQuestion,
  Option,
  PhoneQuestion,
  RadiosQuestion,
  TextareaQuestion,
  TextQuestion,
  YesNoQuestion,
} from "../../definition.ts";

type Extra<Q> = Partial<Omit<Q, "id" | "type" | "label" | "errors">>;

/** Options from [value, label, hint?] tuples. */
export function options(
  ...items: ReadonlyArray<readonly [value: string, label: string, hint?: string]>
): Option[] {
  return items.map(([value, label, hint]) =>
    hint === undefined ? { value, label } : { value, label, hint },
  );
}

export function yesNo(
  id: string,
  label: string,
  required: string,
  extra: Extra<YesNoQuestion> = {},
): YesNoQuestion {
  return { ...extra, id, type: "yes-no", label, errors: { required } };
}

export function radios(
  id: string,
  label: string,
  opts: readonly Option[],
  required: string,
  extra: Extra<RadiosQuestion> = {},
): RadiosQuestion {
  return { ...extra, id, type: "radios", label, options: opts, errors: { required } };
}

export function checkboxes(
  id: string,
  label: string,
  opts: readonly Option[],
  required: string | undefined,
  extra: Extra<CheckboxesQuestion> = {},
): CheckboxesQuestion {
  return {
    ...extra,
    id,
    type: "checkboxes",
    label,
    options: opts,
    errors: required === undefined ? {} : { required },
    ...(required === undefined ? { optional: true } : {}),
  };
}

export function text(
  id: string,
  label: string,
  errors: { required?: string; tooLong: string },
  extra: Extra<TextQuestion> & { maxLength?: number } = {},
): TextQuestion {
  return {
    maxLength: 100,
    ...extra,
    id,
    type: "text",
    label,
    errors,
    ...(errors.required === undefined ? { optional: true } : {}),
  };
}

export function textarea(
  id: string,
  label: string,
  errors: { required?: string; tooLong: string },
  extra: Extra<TextareaQuestion> & { maxLength?: number } = {},
): TextareaQuestion {
  return {
    maxLength: 2000,
    ...extra,
    id,
    type: "textarea",
    label,
    errors,
    ...(errors.required === undefined ? { optional: true } : {}),
  };
}

export function phone(
  id: string,
  label: string,
  errors: { required?: string; invalid: string },
  extra: Extra<PhoneQuestion> = {},
): PhoneQuestion {
  return {
    ...extra,
    id,
    type: "phone",
    label,
    errors,
    ...(errors.required === undefined ? { optional: true } : {}),
  };
}

export function date(
  id: string,
  label: string,
  rule: DateRule | undefined,
  errors: { required?: string; invalid: string; rule?: string },
  extra: Extra<DateQuestion> = {},
): DateQuestion {
  return {
    ...extra,
    id,
    type: "date",
    label,
    ...(rule === undefined ? {} : { rule }),
    errors,
    ...(errors.required === undefined ? { optional: true } : {}),
  };
}

export function address(
  id: string,
  label: string,
  errors: AddressQuestion["errors"],
  extra: Extra<AddressQuestion> = {},
): AddressQuestion {
  return { ...extra, id, type: "address", label, errors };
}

export function email(
  id: string,
  label: string,
  errors: { required?: string; invalid: string },
  extra: Extra<EmailQuestion> = {},
): EmailQuestion {
  return {
    ...extra,
    id,
    type: "email",
    label,
    errors,
    ...(errors.required === undefined ? { optional: true } : {}),
  };
}
