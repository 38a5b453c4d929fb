import { type Attributes, attributes, cx, looseEquals, text } from "../shared.ts";
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

export interface SelectItem {
  text?: string;
  value?: string | number | boolean | null;
  selected?: boolean;
  disabled?: boolean;
  attributes?: Attributes;
}

export interface SelectProps {
  id?: string;
  name?: string;
  items?: (SelectItem | null | undefined | false | "")[];
  /** Selects the item with this value (or text, for items without a value). */
  value?: string | number;
  disabled?: boolean;
  describedBy?: string;
  label?: LabelOptions;
  hint?: HintOptions;
  errorMessage?: ErrorMessageOptions | false;
  formGroup?: FormGroupOptions & { beforeInput?: FieldSlot; afterInput?: FieldSlot };
  classes?: string;
  attributes?: Attributes;
}

export function Select(params: SelectProps) {
  const id = params.id || params.name;
  const { describedBy, messages } = fieldMessages(id, params, params.describedBy);
  const items = (params.items ?? []).filter((item): item is SelectItem => Boolean(item));
  // An option without a value attribute submits its text, so the macro selects by text too.
  const optionValue = (item: SelectItem) => (item.value === undefined ? item.text : text(item.value));
  const isSelected = (item: SelectItem) =>
    item.selected ||
    (params.value ? looseEquals(optionValue(item), params.value) && item.selected !== false : false);
  // React marks the selected option from the <select>'s `defaultValue`; it warns about `selected` on <option>.
  const selected = items.filter(isSelected).map(optionValue).at(-1);
  return (
    <FormGroup formGroup={params.formGroup} hasError={Boolean(params.errorMessage)}>
      <FieldLabel label={params.label} id={id} />
      {messages}
      {slot(params.formGroup?.beforeInput)}
      <select
        defaultValue={selected}
        {...attributes(params.attributes, {
          className: cx("govuk-select", params.classes, params.errorMessage && "govuk-select--error"),
          id: id ?? "",
          name: params.name ?? "",
          disabled: params.disabled || undefined,
          "aria-describedby": describedBy || undefined,
        })}
      >
        {items.map((item, index) => (
          <option
            key={index}
            {...attributes(item.attributes, {
              value: item.value === undefined ? undefined : text(item.value),
              disabled: item.disabled || undefined,
            })}
          >
            {item.text}
          </option>
        ))}
      </select>
      {slot(params.formGroup?.afterInput)}
    </FormGroup>
  );
}
