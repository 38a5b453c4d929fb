import { type Attributes, attributes, content, cx } from "../shared.ts";
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

export interface InputAffix {
  text?: string;
  html?: string;
  classes?: string;
  attributes?: Attributes;
}

export interface InputProps {
  id?: string;
  name?: string;
  type?: string;
  inputmode?: string;
  value?: string | number;
  disabled?: boolean;
  describedBy?: string;
  label?: LabelOptions;
  hint?: HintOptions;
  errorMessage?: ErrorMessageOptions | false;
  prefix?: InputAffix;
  suffix?: InputAffix;
  formGroup?: FormGroupOptions & { beforeInput?: FieldSlot; afterInput?: FieldSlot };
  inputWrapper?: { classes?: string; attributes?: Attributes };
  classes?: string;
  autocomplete?: string;
  autocapitalize?: string;
  pattern?: string;
  spellcheck?: boolean;
  attributes?: Attributes;
}

export function Input(params: InputProps) {
  const id = params.id || params.name;
  const { describedBy, messages } = fieldMessages(id, params, params.describedBy || undefined);
  const { formGroup, prefix, suffix } = params;
  // The template's own `govukAttributes` call, so optional values drop out the same way.
  const { value, ...own } = attributes({
    class: cx("govuk-input", params.classes, params.errorMessage && "govuk-input--error"),
    id,
    name: params.name,
    type: params.type || "text",
    spellcheck: {
      value: typeof params.spellcheck === "boolean" ? String(params.spellcheck) : false,
      optional: true,
    },
    value: { value: params.value, optional: true },
    disabled: { value: params.disabled, optional: true },
    "aria-describedby": { value: describedBy || undefined, optional: true },
    autocomplete: { value: params.autocomplete, optional: true },
    autocapitalize: { value: params.autocapitalize, optional: true },
    pattern: { value: params.pattern, optional: true },
    inputmode: { value: params.inputmode, optional: true },
  });
  // `defaultValue`, not `value`: a `value` without `onChange` would make React lock the field.
  const input = <input defaultValue={value as string | undefined} {...attributes(params.attributes, own)} />;
  const affix = (item: InputAffix | undefined, type: "prefix" | "suffix") =>
    (item?.text || item?.html) && (
      <div
        {...attributes(item.attributes, {
          className: cx(`govuk-input__${type}`, item.classes),
          "aria-hidden": "true",
        })}
        {...content(item.html, item.text)}
      />
    );
  const before = slot(formGroup?.beforeInput);
  const after = slot(formGroup?.afterInput);
  const prefixElement = affix(prefix, "prefix");
  const suffixElement = affix(suffix, "suffix");
  return (
    <FormGroup formGroup={formGroup} hasError={Boolean(params.errorMessage)}>
      <FieldLabel label={params.label} id={id} />
      {messages}
      {before || prefixElement || suffixElement || after ? (
        <div
          {...attributes(params.inputWrapper?.attributes, {
            className: cx("govuk-input__wrapper", params.inputWrapper?.classes),
          })}
        >
          {before}
          {prefixElement}
          {input}
          {suffixElement}
          {after}
        </div>
      ) : (
        input
      )}
    </FormGroup>
  );
}
