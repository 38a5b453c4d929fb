/**
 * The few GOV.UK Design System components the sign-in pages need, with govuk-frontend 6's markup.
 * Written here because @portal/govuk-react did not exist yet when this app was built.
 */

export interface FieldError {
  field: string;
  message: string;
}

export function ErrorSummary({ errors }: { errors: FieldError[] }) {
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={error.field}>
                <a href={`#${error.field}`}>{error.message}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

function ErrorMessage({ id, message }: { id: string; message: string }) {
  return (
    <p id={`${id}-error`} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {message}
    </p>
  );
}

interface FieldProps {
  id: string;
  label: string;
  error?: string | undefined;
}

export function EmailInput({ id, label, error, value }: FieldProps & { value: string }) {
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {error ? <ErrorMessage id={id} message={error} /> : null}
      <input
        className={`govuk-input${error ? " govuk-input--error" : ""}`}
        id={id}
        name={id}
        type="email"
        spellCheck={false}
        autoComplete="username"
        defaultValue={value}
        aria-describedby={error ? `${id}-error` : undefined}
      />
    </div>
  );
}

/** The password input component; its Show button stays hidden until govuk-frontend's script runs. */
export function PasswordInput({ id, label, error }: FieldProps) {
  return (
    <div
      className={`govuk-form-group${error ? " govuk-form-group--error" : ""} govuk-password-input`}
      data-module="govuk-password-input"
    >
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {error ? <ErrorMessage id={id} message={error} /> : null}
      <div className="govuk-input__wrapper govuk-password-input__wrapper">
        <input
          className={`govuk-input govuk-password-input__input govuk-js-password-input-input${error ? " govuk-input--error" : ""}`}
          id={id}
          name={id}
          type="password"
          spellCheck={false}
          aria-describedby={error ? `${id}-error` : undefined}
          autoComplete="current-password"
          autoCapitalize="none"
        />
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-password-input__toggle govuk-js-password-input-toggle"
          data-module="govuk-button"
          aria-controls={id}
          aria-label="Show password"
          hidden
        >
          Show
        </button>
      </div>
    </div>
  );
}

export function Button({ children, ...rest }: { children: string; form?: string; name?: string; value?: string }) {
  return (
    <button type="submit" className="govuk-button" data-module="govuk-button" {...rest}>
      {children}
    </button>
  );
}
