import { Panel } from "@portal/govuk-react";
import type { ReactNode } from "react";

export interface ConfirmationPageProps {
  /** The panel title; "Referral sent" by default. */
  title?: string;
  reference: string;
  whatHappensNext: ReactNode;
}

/** GOV.UK confirmation: the panel with the reference (in `data-testid="reference"`), then what happens next. */
export function ConfirmationPage({
  title = "Referral sent",
  reference,
  whatHappensNext,
}: ConfirmationPageProps) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel titleText={title}>
          Your reference number
          <br />
          <strong data-testid="reference">{reference}</strong>
        </Panel>
        <h2 className="govuk-heading-m">What happens next</h2>
        {whatHappensNext}
      </div>
    </div>
  );
}
