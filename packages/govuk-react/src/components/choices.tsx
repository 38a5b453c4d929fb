// Radios and Checkboxes share their macros' structure; this renders both. Not exported from the package.
import type { ReactElement, RefObject } from "react";
import { type Attributes, attributes, content, cx, text } from "../shared.ts";
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
import { Hint } from "./hint.tsx";
import { Label } from "./label.tsx";

export interface ChoiceItem {
  text?: string;
  html?: string;
  id?: string;
  value?: string | number | boolean;
  label?: { classes?: string; attributes?: Attributes };
  hint?: HintOptions;
  /** Text of a divider ("or") shown in place of an item. */
  divider?: string;
  checked?: boolean;
  /** Revealed when the item is chosen; `html` is an HTML string, or React elements (for nested fields, say). */
  conditional?: { html?: string | ReactElement };
  disabled?: boolean;
  attributes?: Attributes;
}

export interface ChoicesProps<Item extends ChoiceItem> {
  name?: string;
  idPrefix?: string;
  items?: (Item | null | undefined | false)[];
  fieldset?: Pick<FieldsetProps, "describedBy" | "legend" | "classes" | "attributes">;
  hint?: HintOptions;
  errorMessage?: ErrorMessageOptions | false;
  formGroup?: FormGroupOptions & { beforeInputs?: FieldSlot; afterInputs?: FieldSlot };
  classes?: string;
  attributes?: Attributes;
}

type Kind = "radios" | "checkboxes";

export function Choices<Item extends ChoiceItem>({
  kind,
  params,
  moduleRef,
  describedBy: initialDescribedBy,
  isChecked,
  itemAttributes,
}: {
  kind: Kind;
  params: ChoicesProps<Item>;
  moduleRef: RefObject<HTMLDivElement | null>;
  describedBy: string | undefined;
  isChecked: (item: Item) => boolean;
  /** Item input attributes that differ between the two macros, given the item's own hint id. */
  itemAttributes: (item: Item, hintId: string | undefined, describedBy: string) => Record<string, unknown>;
}) {
  // The first item's id has no number, so an error summary can link to it with the prefix alone.
  const idPrefix = params.idPrefix || params.name;
  const { describedBy, messages } = fieldMessages(idPrefix, params, initialDescribedBy);
  const inner = (
    <>
      {messages}
      <div
        ref={moduleRef}
        data-module={`govuk-${kind}`}
        {...attributes(params.attributes, { className: cx(`govuk-${kind}`, params.classes) })}
      >
        {slot(params.formGroup?.beforeInputs)}
        {params.items?.map((item, index) => {
          if (!item) return null;
          const itemId = item.id || (index > 0 ? `${idPrefix}-${index + 1}` : text(idPrefix));
          if (item.divider) {
            return (
              <div key={index} className={`govuk-${kind}__divider`}>
                {item.divider}
              </div>
            );
          }
          const checked = isChecked(item);
          const hintId = item.hint?.text || item.hint?.html ? `${itemId}-item-hint` : undefined;
          const conditionalId = `conditional-${itemId}`;
          const conditional = item.conditional?.html;
          return [
            <div key={index} className={`govuk-${kind}__item`}>
              <input
                {...attributes(item.attributes, {
                  className: `govuk-${kind}__input`,
                  id: itemId,
                  type: kind === "radios" ? "radio" : "checkbox",
                  value: text(item.value),
                  // `defaultChecked`, not `checked`: a `checked` without `onChange` would make React lock the input.
                  defaultChecked: checked || undefined,
                  disabled: item.disabled || undefined,
                  // govuk-frontend's JavaScript turns this into `aria-controls` once it runs.
                  "data-aria-controls": conditional ? conditionalId : undefined,
                  ...itemAttributes(item, hintId, describedBy),
                })}
              />
              <Label
                html={item.html}
                text={item.text}
                classes={cx(`govuk-${kind}__label`, item.label?.classes)}
                attributes={item.label?.attributes}
                for={itemId}
              />
              {hintId && (
                <Hint
                  id={hintId}
                  classes={cx(`govuk-${kind}__hint`, item.hint?.classes)}
                  attributes={item.hint?.attributes}
                  html={item.hint?.html}
                  text={item.hint?.text}
                />
              )}
            </div>,
            conditional && (
              <div
                key={`${index}-conditional`}
                className={cx(`govuk-${kind}__conditional`, !checked && `govuk-${kind}__conditional--hidden`)}
                id={conditionalId}
                {...(typeof conditional === "string"
                  ? content(conditional, undefined)
                  : { children: conditional })}
              />
            ),
          ];
        })}
        {slot(params.formGroup?.afterInputs)}
      </div>
    </>
  );
  return (
    <FormGroup formGroup={params.formGroup} hasError={Boolean(params.errorMessage)}>
      {params.fieldset ? (
        <Fieldset
          describedBy={describedBy}
          classes={params.fieldset.classes}
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

/** Whether an item is chosen: its own `checked` wins, else it is when the field's value matches. */
export function chosen(item: ChoiceItem, matches: boolean | undefined): boolean {
  return item.checked || (matches === true && item.checked !== false);
}
