import { DateInput } from "@portal/govuk-react";
import { smallLegend } from "./action-form.tsx";
import type { FormState } from "./form-state.ts";

const PARTS = [
  ["day", 2],
  ["month", 2],
  ["year", 4],
] as const;

/**
 * A GOV.UK date input posting `<prefix>-day`, `-month`, `-year`, showing what was typed after a refused
 * post. A message keyed to the day is about the whole date and marks every part; one keyed to the
 * month or year marks only that part.
 */
export function DateField({
  prefix,
  legend,
  hint,
  state,
}: {
  prefix: string;
  legend: string;
  hint?: string;
  state: FormState;
}) {
  const errors = PARTS.map(([part]) => state.error(`${prefix}-${part}`));
  const wholeDate = errors[0] !== undefined;
  return (
    <DateInput
      id={prefix}
      namePrefix={prefix}
      fieldset={smallLegend(legend)}
      hint={hint ? { text: hint } : undefined}
      errorMessage={errors.find((error) => error !== undefined)}
      items={PARTS.map(([part, width], index) => ({
        name: part,
        classes: `govuk-input--width-${width}`,
        value: state.text(`${prefix}-${part}`) ?? "",
        ...(!wholeDate && errors[index] !== undefined ? { error: true } : {}),
      }))}
    />
  );
}
