import { Button, ErrorSummary, Input } from "@portal/govuk-react";
import { Page } from "./layout.tsx";
import { PasswordInput } from "./password-input.tsx";

export interface FieldError {
  field: "email" | "password";
  message: string;
}

export interface SignInPageProps {
  action: string;
  homeUrl: string;
  /** What the person typed, kept on a re-render. The password never is. */
  email: string;
  errors: FieldError[];
  /**
   * The person is signed in already but the service asked for their password again (prompt=login,
   * before something like rejecting an order), so the page says why it is back.
   */
  again?: boolean;
}

export function SignInPage({ action, homeUrl, email, errors, again = false }: SignInPageProps) {
  const errorFor = (field: FieldError["field"]) => errors.find((error) => error.field === field)?.message;
  const emailError = errorFor("email");
  return (
    <Page title={again ? "Sign in again" : "Sign in"} hasErrors={errors.length > 0} homeUrl={homeUrl}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {errors.length > 0 ? (
            <ErrorSummary
              titleText="There is a problem"
              errorList={errors.map((error) => ({ text: error.message, href: `#${error.field}` }))}
            />
          ) : null}
          <h1 className="govuk-heading-l">{again ? "Sign in again" : "Sign in"}</h1>
          {again ? (
            <p className="govuk-body">
              What you are about to do needs you to have signed in within the last few minutes. Enter your
              email address and password again to continue.
            </p>
          ) : (
            <p className="govuk-body">Use the email address and password your organisation gave you.</p>
          )}
          <form method="post" action={action} noValidate>
            <Input
              id="email"
              name="email"
              type="email"
              label={{ text: "Email address" }}
              errorMessage={emailError ? { text: emailError } : false}
              spellcheck={false}
              autocomplete="username"
              value={email}
            />
            <PasswordInput id="password" label="Password" error={errorFor("password")} />
            <Button text="Sign in" />
          </form>
        </div>
      </div>
    </Page>
  );
}
