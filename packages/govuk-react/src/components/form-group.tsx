// Pieces shared by the form field macros: the form group wrapper and the hint and error message that
// `aria-describedby` points at. Not exported from the package: they have no macro of their own.
import type { ReactElement, ReactNode, Ref } from "react";
import { type Attributes, attributes, cx } from "../shared.ts";
import { ErrorMessage, type ErrorMessageProps } from "./error-message.tsx";
import { Hint, type HintProps } from "./hint.tsx";

export type HintOptions = Pick<HintProps, "text" | "html" | "classes" | "attributes">;
export type ErrorMessageOptions = Omit<ErrorMessageProps, "id">;

/**
 * Content the macros place beside the field (`formGroup.beforeInput`, `afterInputs`, ...). Its `html` is a
 * React element rather than an HTML string: it sits among other elements, and React cannot place a raw
 * HTML string without an element of its own around it.
 */
export interface FieldSlot {
  text?: string;
  html?: ReactElement;
}

export interface FormGroupOptions {
  classes?: string;
  attributes?: Attributes;
}

export function slot(content: FieldSlot | undefined): ReactNode {
  return content && (content.html || content.text);
}

export function FormGroup(props: {
  formGroup: FormGroupOptions | undefined;
  hasError: boolean;
  children: ReactNode;
  ref?: Ref<HTMLDivElement>;
}) {
  const { formGroup } = props;
  return (
    <div
      ref={props.ref}
      {...attributes(formGroup?.attributes, {
        className: cx("govuk-form-group", props.hasError && "govuk-form-group--error", formGroup?.classes),
      })}
    >
      {props.children}
    </div>
  );
}

/** The hint and error message for a field whose ids start with `idPrefix`, and the `aria-describedby` naming them. */
export function fieldMessages(
  idPrefix: string | undefined,
  params: { hint?: HintOptions | false | null; errorMessage?: ErrorMessageOptions | false | null },
  describedBy: string | undefined,
) {
  const { hint, errorMessage } = params;
  const hintId = `${idPrefix}-hint`;
  const errorId = `${idPrefix}-error`;
  return {
    describedBy: cx(describedBy, hint && hintId, errorMessage && errorId),
    messages: (
      <>
        {hint && (
          <Hint
            id={hintId}
            classes={hint.classes}
            attributes={hint.attributes}
            html={hint.html}
            text={hint.text}
          />
        )}
        {errorMessage && (
          <ErrorMessage
            id={errorId}
            classes={errorMessage.classes}
            attributes={errorMessage.attributes}
            html={errorMessage.html}
            text={errorMessage.text}
            visuallyHiddenText={errorMessage.visuallyHiddenText}
          />
        )}
      </>
    ),
  };
}
