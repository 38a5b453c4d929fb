import { cx } from "../shared.ts";
import { useGovukFrontend } from "../use-govuk-frontend.ts";
import { type ChoiceItem, Choices, type ChoicesProps, chosen } from "./choices.tsx";

export interface CheckboxesItem extends ChoiceItem {
  /** Overrides the field's `name` for this item. */
  name?: string;
  /** `exclusive` unchecks the other items when this one is checked ("None of these"). */
  behaviour?: "exclusive";
}

export interface CheckboxesProps extends ChoicesProps<CheckboxesItem> {
  /** Checks the items with these values. */
  values?: (string | number | boolean)[];
  describedBy?: string;
}

export function Checkboxes(params: CheckboxesProps) {
  const ref = useGovukFrontend<HTMLDivElement>("Checkboxes");
  return (
    <Choices
      kind="checkboxes"
      params={params}
      moduleRef={ref}
      describedBy={params.fieldset?.describedBy || params.describedBy}
      isChecked={(item) =>
        chosen(
          item,
          params.values ? item.value !== undefined && params.values.includes(item.value) : undefined,
        )
      }
      itemAttributes={(item, hintId, describedBy) => ({
        name: item.name || params.name || "",
        "data-behaviour": item.behaviour || undefined,
        // Without a fieldset to carry it, each checkbox points at the field's hint and error itself.
        "aria-describedby": cx(params.fieldset ? undefined : describedBy, hintId) || undefined,
      })}
    />
  );
}
