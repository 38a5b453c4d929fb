import { Button } from "@portal/govuk-react";
import type { ReactNode } from "react";
import { Form } from "react-router";
import { SafeguardingBanner } from "./safeguarding-banner.tsx";

export interface StartPageProps {
  title: string;
  description: ReactNode;
  /** Where "Start now" posts; the current URL by default. */
  startAction?: string;
  safeguardingBanner: boolean;
  /** Shown to signed-in people: their saved forms. */
  savedFormsHref?: string | undefined;
}

/** A form's start page. "Start now" is a post (it opens a draft), styled as the GOV.UK start button. */
export function StartPage({
  title,
  description,
  startAction,
  safeguardingBanner,
  savedFormsHref,
}: StartPageProps) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{title}</h1>
        {safeguardingBanner && <SafeguardingBanner />}
        {description}
        <Form method="post" {...(startAction ? { action: startAction } : {})}>
          <Button text="Start now" isStartButton />
        </Form>
        {savedFormsHref && (
          <p className="govuk-body">
            <a className="govuk-link" href={savedFormsHref}>
              Continue a form you saved earlier
            </a>
          </p>
        )}
      </div>
    </div>
  );
}
