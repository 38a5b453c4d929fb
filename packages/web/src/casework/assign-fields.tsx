import { Button, ErrorMessage } from "@portal/govuk-react";
import type { FormState } from "./form-state.ts";

export interface AssignForm {
  toMe: boolean;
  unassign: boolean;
  assignee: string | null;
}

/** "Assign to me" and "Unassign" as buttons posting `assign-to`: the person is the one posting. */
export function AssignFields({
  form: { toMe, unassign, assignee },
  state,
}: {
  form: AssignForm;
  state: FormState;
}) {
  const error = state.error("assign-to");
  return (
    <>
      <p className="govuk-body">{assignee ? `Assigned to ${assignee}.` : "Nobody is assigned."}</p>
      <div className={error ? "govuk-form-group govuk-form-group--error" : undefined}>
        {error && <ErrorMessage id="assign-to-error" text={error.text} />}
        <div className="govuk-button-group">
          {toMe && (
            <Button id="assign-to" name="assign-to" value="me" text="Assign to me" preventDoubleClick />
          )}
          {unassign && (
            <Button
              id={toMe ? undefined : "assign-to"}
              name="assign-to"
              value="nobody"
              text="Unassign"
              classes="govuk-button--secondary"
              preventDoubleClick
            />
          )}
        </div>
      </div>
    </>
  );
}
