import { type Attributes, cx, i18nAttributes } from "../shared.ts";
import { useGovukFrontend } from "../use-govuk-frontend.ts";
import { slot } from "./form-group.tsx";
import { Hint } from "./hint.tsx";
import { Textarea, type TextareaProps } from "./textarea.tsx";

/** Messages by plural rule (`one`, `other`, ...), with `%{count}` for the number. */
type PluralMessages = Record<string, string>;

export interface CharacterCountProps
  extends Omit<TextareaProps, "disabled" | "autocomplete" | "describedBy" | "formGroupRef"> {
  maxlength?: number;
  maxwords?: number;
  threshold?: number;
  countType?: "characters" | "words";
  textareaDescriptionText?: string;
  charactersUnderLimitText?: PluralMessages;
  charactersAtLimitText?: string;
  charactersOverLimitText?: PluralMessages;
  wordsUnderLimitText?: PluralMessages;
  wordsAtLimitText?: string;
  wordsOverLimitText?: PluralMessages;
  countMessage?: { classes?: string };
}

export function CharacterCount(params: CharacterCountProps) {
  const ref = useGovukFrontend<HTMLDivElement>("CharacterCount");
  const id = params.id || params.name;
  const countType = params.countType || (params.maxwords ? "words" : undefined);
  const limit = params.maxwords || params.maxlength;
  const description =
    params.textareaDescriptionText ||
    `You can enter up to %{count} ${countType === "words" ? "words" : "characters"}`;
  const formGroupAttributes: Attributes = {
    // The macro appends `formGroup.attributes` after its own, so its own win.
    ...params.formGroup?.attributes,
    "data-module": "govuk-character-count",
    "data-maxlength": { value: params.maxlength, optional: true },
    "data-maxwords": { value: params.maxwords, optional: true },
    "data-threshold": { value: params.threshold, optional: true },
    "data-count-type": { value: countType || false, optional: true },
    // Without a limit the JavaScript gets it from its configuration and needs the description to fill in.
    ...(!limit && params.textareaDescriptionText
      ? i18nAttributes("textarea-description", { messages: { other: params.textareaDescriptionText } })
      : {}),
    ...i18nAttributes("characters-under-limit", { messages: params.charactersUnderLimitText }),
    ...i18nAttributes("characters-at-limit", { message: params.charactersAtLimitText }),
    ...i18nAttributes("characters-over-limit", { messages: params.charactersOverLimitText }),
    ...i18nAttributes("words-under-limit", { messages: params.wordsUnderLimitText }),
    ...i18nAttributes("words-at-limit", { message: params.wordsAtLimitText }),
    ...i18nAttributes("words-over-limit", { messages: params.wordsOverLimitText }),
  };
  return (
    <Textarea
      formGroupRef={ref}
      id={id}
      name={params.name}
      describedBy={`${id}-info`}
      rows={params.rows}
      spellcheck={params.spellcheck}
      value={params.value}
      formGroup={{
        classes: cx("govuk-character-count", params.formGroup?.classes),
        attributes: formGroupAttributes,
        beforeInput: params.formGroup?.beforeInput,
        afterInput: {
          html: (
            <>
              <Hint
                // Filled in by the JavaScript when the limit is only in its configuration.
                text={limit ? description.replaceAll("%{count}", String(limit)) : undefined}
                id={`${id}-info`}
                classes={cx("govuk-character-count__message", params.countMessage?.classes)}
              />
              {slot(params.formGroup?.afterInput)}
            </>
          ),
        },
      }}
      classes={cx("govuk-js-character-count", params.classes)}
      label={params.label}
      hint={params.hint}
      errorMessage={params.errorMessage}
      attributes={params.attributes}
    />
  );
}
