import type {
  CheckboxesQuestion,
  Option,
  RadiosQuestion,
  SelectQuestion,
  YesNoQuestion,
} from "../definition.ts";
import { readList, readString } from "../posted.ts";
import { type FieldCodec, missing, ok } from "./codec.ts";

export const YES_NO_OPTIONS: readonly Option[] = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

/** Options of a yes/no question, carrying its reveals. */
export function yesNoOptions(q: YesNoQuestion): Option[] {
  return YES_NO_OPTIONS.map((option) => {
    const reveals = q.reveals?.[option.value as "yes" | "no"];
    return reveals ? { ...option, reveals } : option;
  });
}

export function optionsOf(
  q: YesNoQuestion | RadiosQuestion | SelectQuestion | CheckboxesQuestion,
): readonly Option[] {
  return q.type === "yes-no" ? yesNoOptions(q) : q.options;
}

const labelOf = (options: readonly Option[], value: unknown) =>
  options.find((option) => option.value === value)?.label;

/** Radios, select and yes/no: one value that must be one of the options (anything else reads as empty). */
export const singleChoiceCodec: FieldCodec<YesNoQuestion | RadiosQuestion | SelectQuestion> = {
  names: (q) => [q.id],
  parse(q, posted) {
    const value = readString(posted, q.id);
    return labelOf(optionsOf(q), value) === undefined ? missing(q, q.id) : ok(value);
  },
  toFields: (q, value) => (typeof value === "string" ? { [q.id]: value } : {}),
  format: (q, value) => {
    const label = labelOf(optionsOf(q), value);
    return label === undefined ? [] : [label];
  },
};

/** Checkboxes: the chosen option values in option order; unknown values are ignored. */
export const checkboxesCodec: FieldCodec<CheckboxesQuestion> = {
  names: (q) => [q.id],
  parse(q, posted) {
    const chosen = new Set(readList(posted, q.id));
    const values = q.options.filter((option) => chosen.has(option.value)).map((option) => option.value);
    return values.length === 0 ? missing(q, q.id) : ok(values);
  },
  toFields: (q, value) =>
    Array.isArray(value) ? { [q.id]: value.filter((v) => typeof v === "string") } : {},
  format: (q, value) => (Array.isArray(value) ? value.flatMap((v) => labelOf(q.options, v) ?? []) : []),
};
