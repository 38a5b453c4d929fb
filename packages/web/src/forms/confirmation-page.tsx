import type { PortalName } from "@portal/config";
import { Panel } from "@portal/govuk-react";
import type { ReactNode } from "react";
import { useRouteLoaderData } from "react-router";
import type { RootData } from "../document.tsx";

export interface ConfirmationPageProps {
  /** The panel title; "Referral sent" by default. */
  title?: string;
  reference: string;
  whatHappensNext: ReactNode;
  /** Whether the sender was signed in, and in which portal; the root loader's data by default. */
  sender?: { signedIn: boolean; portal: PortalName } | undefined;
}

/** Where a signed-in sender follows what they sent: in this portal, or (LADO) in the professionals portal. */
function FollowUp({ sender }: { sender: { signedIn: boolean; portal: PortalName } }) {
  if (!sender.signedIn) {
    return (
      <p className="govuk-body" data-testid="follow-up">
        Because you did not sign in, we cannot tell you what happens next; quote your reference if you contact
        us.
      </p>
    );
  }
  const follow =
    sender.portal === "public" ? (
      <a className="govuk-link" href="/requests">
        Your requests
      </a>
    ) : sender.portal === "professionals" ? (
      <a className="govuk-link" href="/referrals">
        Your referrals
      </a>
    ) : sender.portal === "lado" ? (
      "Your referrals in the professionals portal"
    ) : null;
  if (!follow) return null;
  return (
    <p className="govuk-body" data-testid="follow-up">
      You can follow it in {follow}: where it is, what was decided and any questions from the team.
    </p>
  );
}

/** GOV.UK confirmation: the panel with the reference (in `data-testid="reference"`), then what happens next. */
export function ConfirmationPage({
  title = "Referral sent",
  reference,
  whatHappensNext,
  sender,
}: ConfirmationPageProps) {
  const root = useRouteLoaderData<RootData>("root");
  const who = sender ?? (root ? { signedIn: root.user !== null, portal: root.portal } : null);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel titleText={title}>
          Your reference number
          <br />
          <strong data-testid="reference">{reference}</strong>
        </Panel>
        <h2 className="govuk-heading-m">What happens next</h2>
        {who && <FollowUp sender={who} />}
        {whatHappensNext}
      </div>
    </div>
  );
}
