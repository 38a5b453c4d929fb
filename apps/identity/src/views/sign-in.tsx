import { Button, EmailInput, ErrorSummary, type FieldError, PasswordInput } from "./components.tsx";
import { Page } from "./layout.tsx";

export interface SignInPageProps {
  action: string;
  homeUrl: string;
  /** What the person typed, kept on a re-render. The password never is. */
  email: string;
  errors: FieldError[];
}

export function SignInPage({ action, homeUrl, email, errors }: SignInPageProps) {
  const errorFor = (field: string) => errors.find((error) => error.field === field)?.message;
  return (
    <Page title="Sign in" hasErrors={errors.length > 0} homeUrl={homeUrl}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {errors.length > 0 ? <ErrorSummary errors={errors} /> : null}
          <h1 className="govuk-heading-l">Sign in</h1>
          <p className="govuk-body">Use the email address and password your organisation gave you.</p>
          <form method="post" action={action} noValidate>
            <EmailInput id="email" label="Email address" value={email} error={errorFor("email")} />
            <PasswordInput id="password" label="Password" error={errorFor("password")} />
            <Button>Sign in</Button>
          </form>
        </div>
      </div>
    </Page>
  );
}
