import { WarningText } from "@portal/govuk-react";

export const SAFEGUARDING_TEXT =
  "If a child or adult is in immediate danger, call 999. If you are worried about a child or adult right now, phone the council's front door.";

/** The 999 banner every page of a safeguarding form shows. */
export function SafeguardingBanner() {
  return <WarningText text={SAFEGUARDING_TEXT} iconFallbackText="Warning" />;
}
