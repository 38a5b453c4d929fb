import { type PageView, type QuestionView, stepPath } from "@portal/forms";
import { BackLink, Button, ErrorSummary, Radios } from "@portal/govuk-react";
import type { FormEventHandler } from "react";
import { Form } from "react-router";
import { Lines } from "./lines.tsx";
import { QuestionField, uploadFieldName } from "./question-field.tsx";
import { SafeguardingBanner } from "./safeguarding-banner.tsx";

export interface StepPageProps {
  view: PageView;
  /** The previous step, or the form's start page. */
  backHref?: string;
  /** Offer "Save and come back later" (posts `intent=save-for-later`). */
  saveForLaterAllowed?: boolean;
  /**
   * The link to a step path relative to the draft ("siblings/2"), for the Change links of an
   * "add another" list. By default the path itself, which resolves beside the current step's URL.
   */
  hrefFor?: (path: string) => string;
  /** Runs before the post; prevent the event's default to keep the page (immediate validation). */
  onSubmit?: FormEventHandler<HTMLFormElement>;
}

/** Every question on the page, with those revealed under options. */
function allQuestions(questions: readonly QuestionView[]): QuestionView[] {
  return questions.flatMap((view) => [
    view,
    ...allQuestions((view.options ?? []).flatMap((option) => option.revealed)),
  ]);
}

/**
 * A file question's errors belong to its file input (`${id}-upload`): the engine keys "required" and
 * "too many" to `${id}` (whose inputs are hidden), and a refused upload to `${id}-upload`, which the
 * question's own view leaves out. Both are shown beside the input and linked to it.
 */
function fileErrors(view: PageView) {
  const files = allQuestions(view.questions).filter((question) => question.question.type === "file");
  const hrefs = new Map(
    files.map((file) => [`#${file.question.id}`, `#${uploadFieldName(file.question.id)}`]),
  );
  const uploadErrors = new Map(
    view.errorSummary.flatMap((item) =>
      files.some((file) => item.href === `#${uploadFieldName(file.question.id)}`)
        ? [[item.href.slice(1), item.text]]
        : [],
    ),
  );
  const errorList = view.errorSummary.map((item) => ({
    text: item.text,
    href: hrefs.get(item.href) ?? item.href,
  }));
  const withUploadErrors = (question: QuestionView): QuestionView => {
    const uploadName = uploadFieldName(question.question.id);
    const options = question.options?.map((option) => ({
      ...option,
      revealed: option.revealed.map(withUploadErrors),
    }));
    const message = question.question.type === "file" ? uploadErrors.get(uploadName) : undefined;
    return {
      ...question,
      ...(options ? { options } : {}),
      ...(message !== undefined ? { fieldErrors: { ...question.fieldErrors, [uploadName]: message } } : {}),
    };
  };
  return {
    errorList,
    questions: view.questions.map(withUploadErrors),
    hasFile: files.length > 0,
  };
}

function Buttons({ saveForLaterAllowed }: { saveForLaterAllowed: boolean }) {
  return (
    <div className="govuk-button-group">
      <Button text="Continue" />
      {saveForLaterAllowed && (
        <Button
          text="Save and come back later"
          classes="govuk-button--secondary"
          name="intent"
          value="save-for-later"
        />
      )}
    </div>
  );
}

/** The items of a repeating group so far, each with Change (a link) and Remove (a post). */
function ItemList({
  items,
  hrefFor,
}: {
  items: NonNullable<PageView["items"]>;
  hrefFor: (path: string) => string;
}) {
  return (
    <dl className="govuk-summary-list" data-testid="items">
      {items.map((item) => (
        <div key={item.index} className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{item.title}</dt>
          <dd className="govuk-summary-list__value">
            <Lines lines={item.lines} />
          </dd>
          <dd className="govuk-summary-list__actions">
            <ul className="govuk-summary-list__actions-list">
              <li className="govuk-summary-list__actions-list-item">
                <a className="govuk-link" href={hrefFor(stepPath(item.change))}>
                  Change<span className="govuk-visually-hidden"> {item.title}</span>
                </a>
              </li>{" "}
              <li className="govuk-summary-list__actions-list-item">
                <Form method="post">
                  <input type="hidden" name="intent" value="remove-item" />
                  <button
                    type="submit"
                    name="item"
                    value={String(item.index)}
                    className="govuk-link app-link-button"
                  >
                    Remove<span className="govuk-visually-hidden"> {item.title}</span>
                  </button>
                </Form>
              </li>
            </ul>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * A GOV.UK question page for one step: back link, the 999 banner on safeguarding forms, error
 * summary, section caption, heading (the question's own label when it is the only one), the
 * questions and Continue. Forms post to the current URL and work without JavaScript. The document
 * title is the route's.
 */
export function StepPage({
  view,
  backHref,
  saveForLaterAllowed = false,
  hrefFor = (path) => path,
  onSubmit,
}: StepPageProps) {
  const { errorList, questions, hasFile } = fileErrors(view);
  const headingInForm = view.kind === "questions" && view.labelIsHeading && questions.length === 1;
  const key = stepPath(view.step);
  return (
    <>
      {backHref && <BackLink href={backHref} />}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {errorList.length > 0 && <ErrorSummary titleText="There is a problem" errorList={errorList} />}
          {view.safeguardingBanner && <SafeguardingBanner />}
          {view.section && (
            <span className="govuk-caption-l">
              Section {view.section.number} of {view.section.of}: {view.section.title}
            </span>
          )}
          {!headingInForm && <h1 className="govuk-heading-l">{view.title}</h1>}

          {view.kind === "add-another" ? (
            <>
              {view.items && view.items.length > 0 && <ItemList items={view.items} hrefFor={hrefFor} />}
              <Form method="post" noValidate key={key} onSubmit={onSubmit}>
                {view.addAnother && (
                  <Radios
                    name={view.addAnother.name}
                    idPrefix={view.addAnother.name}
                    fieldset={{
                      legend: { text: view.addAnother.label, classes: "govuk-fieldset__legend--m" },
                    }}
                    errorMessage={view.addAnother.error ? { text: view.addAnother.error } : undefined}
                    classes="govuk-radios--inline"
                    items={[
                      { value: "yes", text: "Yes", checked: view.addAnother.value === "yes" },
                      { value: "no", text: "No", checked: view.addAnother.value === "no" },
                    ]}
                  />
                )}
                <Buttons saveForLaterAllowed={saveForLaterAllowed} />
              </Form>
            </>
          ) : (
            // Keyed by step: fields are uncontrolled, so a client navigation to the next step must
            // not keep the previous step's inputs (and what was typed in them).
            <Form
              method="post"
              noValidate
              key={key}
              onSubmit={onSubmit}
              {...(hasFile ? { encType: "multipart/form-data" as const } : {})}
            >
              {questions.map((question) => (
                <QuestionField key={question.question.id} view={question} isPageHeading={headingInForm} />
              ))}
              <Buttons saveForLaterAllowed={saveForLaterAllowed} />
            </Form>
          )}
        </div>
      </div>
    </>
  );
}
