import { looseEquals } from "../shared.ts";
import { useGovukFrontend } from "../use-govuk-frontend.ts";
import { type ChoiceItem, Choices, type ChoicesProps, chosen } from "./choices.tsx";

export type RadiosItem = ChoiceItem;

export interface RadiosProps extends ChoicesProps<RadiosItem> {
  /** Checks the item with this value. */
  value?: string | number | boolean;
}

export function Radios(params: RadiosProps) {
  const ref = useGovukFrontend<HTMLDivElement>("Radios");
  return (
    <Choices
      kind="radios"
      params={params}
      moduleRef={ref}
      describedBy={params.fieldset?.describedBy}
      isChecked={(item) => chosen(item, params.value ? looseEquals(item.value, params.value) : undefined)}
      itemAttributes={(_item, hintId) => ({ name: params.name ?? "", "aria-describedby": hintId })}
    />
  );
}
