import { ErrorSummary, NotificationBanner } from "@portal/govuk-react";
import type { Refusal } from "./command-forms.ts";

/**
 * The top of a page with forms (a case page, a providers portal page): its title (marked "Error:"
 * after a refused post), the way back, and the error summary linking to each field at fault or else
 * the `done` success banner.
 */
export function PageTop({
  title,
  refusal,
  back,
  done,
}: {
  title: string;
  refusal: Refusal | undefined;
  back?: { href: string; text: string } | null;
  done?: string | null;
}) {
  return (
    <>
      <title>{refusal ? `Error: ${title}` : title}</title>
      {back && (
        <a href={back.href} className="govuk-back-link">
          {back.text}
        </a>
      )}
      {refusal && (
        <ErrorSummary
          titleText="There is a problem"
          errorList={refusal.errors.map((error) => ({ text: error.message, href: `#${error.field}` }))}
        />
      )}
      {done && !refusal && <NotificationBanner type="success" text={done} />}
    </>
  );
}
