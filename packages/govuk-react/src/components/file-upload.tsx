import { type Attributes, attributes, cx, i18nAttributes } from "../shared.ts";
import { useGovukFrontend } from "../use-govuk-frontend.ts";
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

export interface FileUploadProps {
  id?: string;
  name?: string;
  multiple?: boolean;
  disabled?: boolean;
  describedBy?: string;
  label?: LabelOptions;
  hint?: HintOptions;
  errorMessage?: ErrorMessageOptions | false;
  formGroup?: FormGroupOptions & { beforeInput?: FieldSlot; afterInput?: FieldSlot };
  classes?: string;
  attributes?: Attributes;
  /** Wraps the input for govuk-frontend's enhanced drop zone. */
  javascript?: boolean;
  wrapperClasses?: string;
  wrapperAttributes?: Attributes;
  chooseFilesButtonText?: string;
  noFileChosenText?: string;
  /** Messages by plural rule (`one`, `other`, ...), with `%{count}` for the number. */
  multipleFilesChosenText?: Record<string, string>;
  dropInstructionText?: string;
  enteredDropZoneText?: string;
  leftDropZoneText?: string;
}

export function FileUpload(params: FileUploadProps) {
  const ref = useGovukFrontend<HTMLDivElement>("FileUpload");
  const id = params.id || params.name;
  const { describedBy, messages } = fieldMessages(id, params, params.describedBy);
  const input = (
    <input
      {...attributes(params.attributes, {
        className: cx("govuk-file-upload", params.classes, params.errorMessage && "govuk-file-upload--error"),
        id: id ?? "",
        name: params.name ?? "",
        type: "file",
        disabled: params.disabled || undefined,
        multiple: params.multiple || undefined,
        "aria-describedby": describedBy || undefined,
      })}
    />
  );
  return (
    <FormGroup formGroup={params.formGroup} hasError={Boolean(params.errorMessage)}>
      <FieldLabel label={params.label} id={id} />
      {messages}
      {slot(params.formGroup?.beforeInput)}
      {params.javascript ? (
        <div
          ref={ref}
          {...attributes(params.wrapperAttributes, {
            className: cx("govuk-file-upload-wrapper", params.wrapperClasses),
            "data-module": "govuk-file-upload",
            ...i18nAttributes("choose-files-button", { message: params.chooseFilesButtonText }),
            ...i18nAttributes("no-file-chosen", { message: params.noFileChosenText }),
            ...i18nAttributes("multiple-files-chosen", { messages: params.multipleFilesChosenText }),
            ...i18nAttributes("drop-instruction", { message: params.dropInstructionText }),
            ...i18nAttributes("entered-drop-zone", { message: params.enteredDropZoneText }),
            ...i18nAttributes("left-drop-zone", { message: params.leftDropZoneText }),
          })}
        >
          {input}
        </div>
      ) : (
        input
      )}
      {slot(params.formGroup?.afterInput)}
    </FormGroup>
  );
}
