import { Button, Input } from "@portal/govuk-react";

export interface PasswordInputProps {
  id: string;
  label: string;
  error?: string | undefined;
}

/**
 * govuk-frontend's password input, composed from Input and Button exactly as its macro composes
 * govukInput and govukButton (@portal/govuk-react has no PasswordInput yet). The Show button stays
 * hidden until govuk-frontend's script runs.
 */
export function PasswordInput({ id, label, error }: PasswordInputProps) {
  return (
    <Input
      id={id}
      name={id}
      type="password"
      label={{ text: label }}
      errorMessage={error ? { text: error } : false}
      spellcheck={false}
      autocapitalize="none"
      autocomplete="current-password"
      classes="govuk-password-input__input govuk-js-password-input-input"
      inputWrapper={{ classes: "govuk-password-input__wrapper" }}
      formGroup={{
        classes: "govuk-password-input",
        attributes: { "data-module": "govuk-password-input" },
        afterInput: {
          html: (
            <Button
              type="button"
              text="Show"
              classes="govuk-button--secondary govuk-password-input__toggle govuk-js-password-input-toggle"
              attributes={{
                "aria-controls": id,
                "aria-label": "Show password",
                hidden: { value: true, optional: true },
              }}
            />
          ),
        },
      }}
    />
  );
}
