import type { ItemQuestionDefinition, QuestionDefinition } from "../definition.ts";
import { addressCodec } from "./address.ts";
import { checkboxesCodec, singleChoiceCodec } from "./choice.ts";
import type { FieldCodec } from "./codec.ts";
import { dateCodec } from "./date.ts";
import { emailCodec } from "./email.ts";
import { fileCodec } from "./file.ts";
import { numberCodec } from "./number.ts";
import { personCodec } from "./person.ts";
import { phoneCodec } from "./phone.ts";
import { postcodeCodec } from "./postcode.ts";
import { textCodec } from "./text.ts";

export type FieldQuestion = Exclude<QuestionDefinition, { type: "repeating-group" }>;

const codecs: { [T in FieldQuestion["type"]]: FieldCodec<Extract<FieldQuestion, { type: T }>> } = {
  text: textCodec,
  textarea: textCodec,
  number: numberCodec,
  email: emailCodec,
  phone: phoneCodec,
  postcode: postcodeCodec,
  date: dateCodec,
  "yes-no": singleChoiceCodec,
  radios: singleChoiceCodec,
  select: singleChoiceCodec,
  checkboxes: checkboxesCodec,
  address: addressCodec,
  person: personCodec,
  file: fileCodec,
};

/** The codec for a question that maps to posted fields (everything but a repeating group). */
export function codecFor(question: FieldQuestion | ItemQuestionDefinition): FieldCodec<FieldQuestion> {
  return codecs[question.type] as FieldCodec<FieldQuestion>;
}
