import { type Attributes, attributes, cx } from "../shared.ts";
import { Fieldset, type FieldsetProps } from "./fieldset.tsx";
import {
  type ErrorMessageOptions,
  type FieldSlot,
  FormGroup,
  type FormGroupOptions,
  fieldMessages,
  type HintOptions,
  slot,
} from "./form-group.tsx";
import { Input } from "./input.tsx";

export interface DateInputItem {
  id?: string;
  name?: string;
  /** Defaults to the capitalised name. */
  label?: string;
  value?: string | number;
  classes?: string;
  /** Marks this input as in error; without any, all inputs are when there is an `errorMessage`. */
  error?: boolean;
  inputmode?: string;
  autocomplete?: string;
  pattern?: string;
  attributes?: Attributes;
}

export interface DateInputProps {
  id?: string;
  namePrefix?: string;
  /** Replace the default day, month and year inputs. */
  items?: (DateInputItem | null | undefined | false)[];
  /** Options for the default inputs; `false` leaves one out. */
  day?: DateInputItem | false;
  month?: DateInputItem | false;
  year?: DateInputItem | false;
  /** Values by name (with the prefix, if any): `{ day, month, year }`. */
  values?: Record<string, string | number | undefined>;
  fieldset?: Pick<FieldsetProps, "describedBy" | "legend" | "classes" | "attributes">;
  hint?: HintOptions;
  errorMessage?: ErrorMessageOptions | false;
  formGroup?: FormGroupOptions & { beforeInputs?: FieldSlot; afterInputs?: FieldSlot };
  classes?: string;
  attributes?: Attributes;
}

const hasErrorClass = (item: DateInputItem) => item.classes?.includes("govuk-input--error") ?? false;
const capitalise = (value: string | undefined) =>
  value ? value.charAt(0).toUpperCase() + value.slice(1).toLowerCase() : "";

export function DateInput(params: DateInputProps) {
  const fields = [
    { name: "day", width: 2, item: params.day },
    { name: "month", width: 2, item: params.month },
    { name: "year", width: 4, item: params.year },
  ].map((field) => ({
    ...field,
    item:
      field.item === undefined
        ? {
            name: field.name,
            value: params.values?.[field.name],
            classes: `govuk-input--width-${field.width}`,
          }
        : field.item,
  }));
  const items = params.items?.length ? params.items : fields.map((field) => field.item);
  const anyItemHasError = items.some((item) => item && (item.error || hasErrorClass(item)));
  const namePrefix = params.namePrefix ? `${params.namePrefix}-` : "";
  const { describedBy, messages } = fieldMessages(params.id, params, params.fieldset?.describedBy);

  const renderItem = (item: DateInputItem, index: number) => {
    // Items named (or given) as the day, month or year input take that input's defaults.
    const field = fields.find(
      ({ name, item: fieldItem }) =>
        item === fieldItem ||
        (item.name && (item.name === name || (fieldItem && item.name === fieldItem.name))),
    );
    const name = field ? (item.name ?? field.name) : item.name;
    const value = field && item.value === undefined && field.item ? field.item.value : item.value;
    const classes = cx(
      !hasErrorClass(item) &&
        (item.error ||
          hasErrorClass(item) ||
          (item.error !== false && params.errorMessage && !anyItemHasError)) &&
        "govuk-input--error",
      !item.classes?.includes("govuk-input--width-") && `govuk-input--width-${field?.width ?? 2}`,
      item.classes,
    );
    return (
      <div key={index} className="govuk-date-input__item">
        <Input
          label={{ text: item.label || capitalise(name), classes: "govuk-date-input__label" }}
          id={item.id || `${params.id}-${name}`}
          classes={cx("govuk-date-input__input", classes)}
          name={`${namePrefix}${name}`}
          value={value === undefined ? params.values?.[`${namePrefix}${name}`] : value}
          type="text"
          inputmode={item.inputmode || "numeric"}
          autocomplete={item.autocomplete}
          pattern={item.pattern}
          attributes={item.attributes}
        />
      </div>
    );
  };

  const inner = (
    <>
      {messages}
      <div
        id={params.id || undefined}
        {...attributes(params.attributes, { className: cx("govuk-date-input", params.classes) })}
      >
        {slot(params.formGroup?.beforeInputs)}
        {items.map((item, index) => item && renderItem(item, index))}
        {slot(params.formGroup?.afterInputs)}
      </div>
    </>
  );
  return (
    <FormGroup formGroup={params.formGroup} hasError={Boolean(params.errorMessage)}>
      {params.fieldset ? (
        // role="group" so that JAWS announces the description of a fieldset of text inputs.
        <Fieldset
          describedBy={describedBy}
          classes={params.fieldset.classes}
          role="group"
          attributes={params.fieldset.attributes}
          legend={params.fieldset.legend}
        >
          {inner}
        </Fieldset>
      ) : (
        inner
      )}
    </FormGroup>
  );
}
