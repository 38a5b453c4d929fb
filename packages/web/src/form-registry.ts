import type { PortalName } from "@portal/config";

/** Where a form of the catalogue is offered: its path in a portal (who may use it is the catalogue's). */
export interface PortalForm {
  /** The form's path in the portal, without the leading slash (CONTRACTS.md). */
  path: string;
  formId: string;
}

export const PORTAL_FORMS: Record<PortalName, readonly PortalForm[]> = {
  public: [
    { path: "early-help", formId: "early-help-family" },
    { path: "report-a-concern", formId: "report-a-concern" },
    { path: "adult-care-needs", formId: "adult-care-needs-request" },
    { path: "carer-support", formId: "carer-support" },
  ],
  professionals: [
    { path: "refer/child-safeguarding", formId: "child-safeguarding-referral" },
    { path: "refer/early-help", formId: "early-help-professional" },
    { path: "refer/adult-safeguarding", formId: "adult-safeguarding-concern" },
    { path: "refer/adult-care-needs", formId: "adult-care-needs-referral" },
    { path: "refer/police-notification", formId: "police-notification" },
    { path: "refer/fostering-enquiry", formId: "fostering-enquiry" },
    { path: "refer/information-request", formId: "information-request" },
  ],
  mash: [],
  lado: [{ path: "refer", formId: "lado-referral" }],
  providers: [],
};

/** The portal form a URL path belongs to: the longest registered path it starts with. */
export function formAt(portal: PortalName, pathname: string): PortalForm | undefined {
  return PORTAL_FORMS[portal]
    .filter((entry) => pathname === `/${entry.path}` || pathname.startsWith(`/${entry.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
}

/** The form whose first pages are a self-check with its own result page (`your-result`). */
export const SELF_CHECK_FORM = "adult-care-needs-request";
