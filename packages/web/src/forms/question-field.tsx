import type { OptionView, PersonPartView, PostedFields, QuestionView } from "@portal/forms";
import { personFieldName } from "@portal/forms";
import {
  CharacterCount,
  Checkboxes,
  DateInput,
  Fieldset,
  FileUpload,
  Hint,
  Input,
  Radios,
  Select,
} from "@portal/govuk-react";
import type { ReactElement, ReactNode } from "react";

/**
 * Where a question sits: the page's only question (its label or legend is the h1), one of several
 * questions on a page, or inside another (a conditional reveal, a part of a person or an address).
 */
type Level = "heading" | "question" | "nested";

export interface QuestionFieldProps {
  view: QuestionView;
  /** The page's only question: its label (or legend) is the page's h1. */
  isPageHeading?: boolean;
  /** Revealed under an option of another question: shown at body size. */
  nested?: boolean;
}

/** The file input beside a file question; the action stores the file and posts it as `${id}` JSON. */
export const uploadFieldName = (questionId: string) => `${questionId}-upload`;

/** Needs (disability, communication or other) on a person: the engine's limit. */
const NEEDS_LIMIT = 1000;

const one = (values: PostedFields, name: string): string | undefined => {
  const value = Object.hasOwn(values, name) ? values[name] : undefined;
  return typeof value === "string" ? value : undefined;
};

const many = (values: PostedFields, name: string): string[] => {
  const value = Object.hasOwn(values, name) ? values[name] : undefined;
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
};

const errorMessage = (message: string | undefined) => (message ? { text: message } : undefined);

const withOptional = (label: string, optional: boolean | undefined) =>
  optional ? `${label} (optional)` : label;

function labelFor(text: string, level: Level) {
  if (level === "heading") return { text, isPageHeading: true, classes: "govuk-label--l" };
  if (level === "question") return { text, classes: "govuk-label--s" };
  return { text };
}

function legendFor(text: string, level: Level) {
  if (level === "heading") return { text, isPageHeading: true, classes: "govuk-fieldset__legend--l" };
  if (level === "question") return { text, classes: "govuk-fieldset__legend--s" };
  return { text };
}

/** The questions revealed under an option, as the option's conditional content. */
function revealed(option: OptionView): { html: ReactElement } | undefined {
  if (option.revealed.length === 0) return undefined;
  return {
    html: (
      <>
        {option.revealed.map((view) => (
          <QuestionField key={view.question.id} view={view} nested />
        ))}
      </>
    ),
  };
}

function choiceItems(options: readonly OptionView[]) {
  return options.map((option) => ({
    value: option.value,
    text: option.label,
    checked: option.checked,
    ...(option.hint ? { hint: { text: option.hint } } : {}),
    ...(option.revealed.length > 0 ? { conditional: revealed(option) } : {}),
  }));
}

/** A GOV.UK date input posting `${prefix}-day`, `-month`, `-year`; the day's error marks every part. */
function DateField({
  prefix,
  legend,
  hint,
  values,
  fieldErrors,
}: {
  prefix: string;
  legend: { text: string; isPageHeading?: boolean; classes?: string };
  hint: string | undefined;
  values: PostedFields;
  fieldErrors: Record<string, string>;
}) {
  const parts = [
    ["day", 2],
    ["month", 2],
    ["year", 4],
  ] as const;
  const errors = parts.map(([part]) => fieldErrors[`${prefix}-${part}`]);
  const wholeDate = errors[0] !== undefined;
  return (
    <DateInput
      id={prefix}
      namePrefix={prefix}
      fieldset={{ legend }}
      hint={hint ? { text: hint } : undefined}
      errorMessage={errorMessage(errors.find((message) => message !== undefined))}
      items={parts.map(([part, width], index) => ({
        name: part,
        classes: `govuk-input--width-${width}`,
        value: one(values, `${prefix}-${part}`),
        ...(!wholeDate && errors[index] !== undefined ? { error: true } : {}),
      }))}
    />
  );
}

function partOptional(view: QuestionView, part: PersonPartView["part"]): boolean {
  const question = view.question;
  if (question.type !== "person") return false;
  switch (part) {
    case "dateOfBirth":
    case "sex":
    case "ethnicity":
    case "language":
    case "needs":
      return question.parts[part] === "optional";
    default:
      return false;
  }
}

function PersonPart({ view, part }: { view: QuestionView; part: PersonPartView }) {
  const id = view.question.id;
  const name = part.names[0] ?? personFieldName(id, part.part);
  const label = withOptional(part.label, partOptional(view, part.part));
  const value = one(view.values, name);
  const error = errorMessage(part.error);
  const field = { id: name, name, label: { text: label }, errorMessage: error, value };
  switch (part.part) {
    case "givenName":
    case "familyName":
      return <Input {...field} spellcheck={false} />;
    case "dateOfBirth":
    case "expectedDueDate":
      return (
        <DateField
          prefix={personFieldName(id, part.part)}
          legend={{ text: label }}
          hint={undefined}
          values={view.values}
          fieldErrors={view.fieldErrors}
        />
      );
    case "sex":
      return (
        <Radios
          name={name}
          idPrefix={name}
          fieldset={{ legend: { text: label } }}
          errorMessage={error}
          classes="govuk-radios--small"
          items={(part.options ?? []).map((option) => ({
            value: option.value,
            text: option.label,
            checked: option.value === value,
          }))}
        />
      );
    case "ethnicity":
      return (
        <Select
          {...field}
          items={[
            { value: "", text: "Select an option" },
            ...(part.options ?? []).map((option) => ({ value: option.value, text: option.label })),
          ]}
        />
      );
    case "language":
      return <Input {...field} />;
    case "needs":
      return <CharacterCount {...field} maxlength={NEEDS_LIMIT} rows={3} />;
    case "born":
      // Rendered by PersonField, with the dates revealed under its options.
      return null;
  }
}

/** A person: a fieldset of its parts; when "born" is asked, the dates are revealed under Yes and No. */
function PersonField({ view, level }: { view: QuestionView; level: Level }) {
  const question = view.question;
  const parts = view.personParts ?? [];
  const born = parts.find((part) => part.part === "born");
  const dateOf = (name: "dateOfBirth" | "expectedDueDate") => {
    const part = parts.find((p) => p.part === name);
    return part ? <PersonPart view={view} part={part} /> : undefined;
  };
  return (
    <QuestionFieldset view={view} level={level}>
      {parts.map((part) => {
        if (part.part === "born") {
          const name = part.names[0] ?? personFieldName(question.id, "born");
          const value = one(view.values, name);
          const dateOfBirth = dateOf("dateOfBirth");
          const dueDate = dateOf("expectedDueDate");
          return (
            <Radios
              key={part.part}
              name={name}
              idPrefix={name}
              fieldset={{ legend: { text: part.label } }}
              errorMessage={errorMessage(part.error)}
              items={[
                {
                  value: "yes",
                  text: "Yes",
                  checked: value === "yes",
                  ...(dateOfBirth ? { conditional: { html: dateOfBirth } } : {}),
                },
                {
                  value: "no",
                  text: "No",
                  checked: value === "no",
                  ...(dueDate ? { conditional: { html: dueDate } } : {}),
                },
              ]}
            />
          );
        }
        if (born && (part.part === "dateOfBirth" || part.part === "expectedDueDate")) return null;
        return <PersonPart key={part.part} view={view} part={part} />;
      })}
    </QuestionFieldset>
  );
}

const ADDRESS_PARTS = [
  { part: "line-1", label: "Address line 1", autocomplete: "address-line1" },
  { part: "line-2", label: "Address line 2 (optional)", autocomplete: "address-line2" },
  {
    part: "town",
    label: "Town or city",
    autocomplete: "address-level2",
    classes: "govuk-!-width-two-thirds",
  },
  {
    part: "county",
    label: "County (optional)",
    autocomplete: undefined,
    classes: "govuk-!-width-two-thirds",
  },
  { part: "postcode", label: "Postcode", autocomplete: "postal-code", classes: "govuk-input--width-10" },
] as const;

/** The fieldset around a question made of several inputs (a person, an address), with its hint. */
function QuestionFieldset({
  view,
  level,
  children,
}: {
  view: QuestionView;
  level: Level;
  children: ReactNode;
}) {
  const question = view.question;
  const hintId = `${question.id}-hint`;
  return (
    <div className="govuk-form-group">
      <Fieldset
        legend={legendFor(withOptional(question.label, question.optional), level)}
        describedBy={question.hint ? hintId : undefined}
      >
        {question.hint && <Hint id={hintId} text={question.hint} />}
        {children}
      </Fieldset>
    </div>
  );
}

/** An address: a fieldset of the five parts the engine posts (`${id}-line-1` … `${id}-postcode`). */
function AddressField({ view, level }: { view: QuestionView; level: Level }) {
  const question = view.question;
  return (
    <QuestionFieldset view={view} level={level}>
      {ADDRESS_PARTS.map(({ part, label, autocomplete, ...rest }) => {
        const name = `${question.id}-${part}`;
        return (
          <Input
            key={part}
            id={name}
            name={name}
            label={{ text: label }}
            autocomplete={autocomplete}
            classes={"classes" in rest ? rest.classes : undefined}
            errorMessage={errorMessage(view.fieldErrors[name])}
            value={one(view.values, name)}
          />
        );
      })}
    </QuestionFieldset>
  );
}

function attachmentName(raw: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== "object" || parsed === null || !("name" in parsed)) return undefined;
    return typeof parsed.name === "string" ? parsed.name : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A file question: the file input (`${id}-upload`), hidden `${id}` inputs re-posting the attachments
 * already uploaded, and their names. The error summary's `#${id}` links are pointed at the file input
 * by StepPage.
 */
function FileField({ view, level, label }: { view: QuestionView; level: Level; label: string }) {
  const question = view.question;
  const uploadName = uploadFieldName(question.id);
  const uploaded = many(view.values, question.id);
  const names = uploaded.flatMap((raw) => attachmentName(raw) ?? []);
  return (
    <>
      {uploaded.map((raw, index) => (
        <input key={index} type="hidden" name={question.id} value={raw} />
      ))}
      <FileUpload
        id={uploadName}
        name={uploadName}
        label={labelFor(label, level)}
        hint={question.hint ? { text: question.hint } : undefined}
        errorMessage={errorMessage(view.error?.message ?? view.fieldErrors[uploadName])}
        formGroup={
          names.length > 0
            ? {
                beforeInput: {
                  html: (
                    <div data-testid={`${question.id}-uploaded`}>
                      <p className="govuk-body govuk-!-margin-bottom-2">Files you have uploaded:</p>
                      <ul className="govuk-list govuk-list--bullet">
                        {names.map((name, index) => (
                          <li key={index}>{name}</li>
                        ))}
                      </ul>
                    </div>
                  ),
                },
              }
            : undefined
        }
      />
    </>
  );
}

/** GOV.UK fixed-width inputs for short answers, so the box hints at the length expected. */
function widthFor(maxLength: number): string | undefined {
  if (maxLength <= 10) return "govuk-input--width-10";
  if (maxLength <= 20) return "govuk-input--width-20";
  return undefined;
}

/**
 * One question, rendered with the GOV.UK component for its type. Every input's id is its posted
 * field name (for radios and checkboxes, the first option's), so the error summary's `#field` links
 * land on it. Values are what was posted or stored; React escapes them, so typed HTML shows as text.
 */
export function QuestionField({ view, isPageHeading = false, nested = false }: QuestionFieldProps) {
  const question = view.question;
  const level: Level = isPageHeading ? "heading" : nested ? "nested" : "question";
  const label = withOptional(question.label, question.optional);
  const hint = question.hint ? { text: question.hint } : undefined;
  const error = errorMessage(view.error?.message);
  const value = one(view.values, question.id);
  const options = view.options ?? [];
  const anyRevealed = options.some((option) => option.revealed.length > 0);

  // The single-input types differ only in a few attributes of the same GOV.UK input.
  const input = {
    id: question.id,
    name: question.id,
    label: labelFor(label, level),
    hint,
    errorMessage: error,
    value,
  };
  switch (question.type) {
    case "text":
      return <Input {...input} autocomplete={question.autocomplete} classes={widthFor(question.maxLength)} />;
    case "textarea":
      return <CharacterCount {...input} maxlength={question.maxLength} rows={question.rows} />;
    case "number":
      return (
        <Input
          {...input}
          inputmode={question.wholeNumber ? "numeric" : "decimal"}
          spellcheck={false}
          classes="govuk-input--width-5"
          suffix={question.suffix ? { text: question.suffix } : undefined}
          autocomplete={question.autocomplete}
        />
      );
    case "email":
      return (
        <Input {...input} type="email" spellcheck={false} autocomplete={question.autocomplete ?? "email"} />
      );
    case "phone":
      return (
        <Input
          {...input}
          type="tel"
          classes="govuk-input--width-20"
          autocomplete={question.autocomplete ?? "tel"}
        />
      );
    case "postcode":
      return (
        <Input
          {...input}
          classes="govuk-input--width-10"
          autocomplete={question.autocomplete ?? "postal-code"}
        />
      );
    case "date":
      return (
        <DateField
          prefix={question.id}
          legend={legendFor(label, level)}
          hint={question.hint}
          values={view.values}
          fieldErrors={view.fieldErrors}
        />
      );
    case "yes-no":
    case "radios":
      return (
        <Radios
          name={question.id}
          idPrefix={question.id}
          fieldset={{ legend: legendFor(label, level) }}
          hint={hint}
          errorMessage={error}
          // The Design System keeps conditional reveals out of inline radios.
          classes={
            !anyRevealed && (question.type === "yes-no" || question.inline)
              ? "govuk-radios--inline"
              : undefined
          }
          items={choiceItems(options)}
        />
      );
    case "checkboxes":
      return (
        <Checkboxes
          name={question.id}
          idPrefix={question.id}
          fieldset={{ legend: legendFor(label, level) }}
          hint={hint}
          errorMessage={error}
          items={choiceItems(options)}
        />
      );
    case "select":
      // A select cannot reveal: questions it reveals follow it, and are kept only for their option.
      return (
        <>
          <Select
            id={question.id}
            name={question.id}
            label={labelFor(label, level)}
            hint={hint}
            errorMessage={error}
            value={value}
            items={[
              { value: "", text: "Select an option" },
              ...options.map((option) => ({ value: option.value, text: option.label })),
            ]}
          />
          {options.flatMap((option) =>
            option.revealed.map((revealedView) => (
              <QuestionField key={revealedView.question.id} view={revealedView} nested={nested} />
            )),
          )}
        </>
      );
    case "address":
      return <AddressField view={view} level={level} />;
    case "person":
      return <PersonField view={view} level={level} />;
    case "file":
      return <FileField view={view} level={level} label={label} />;
  }
}
