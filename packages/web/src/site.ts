import type { Role } from "@portal/auth";
import type { PortalName } from "@portal/config";

export interface NavigationItem {
  href: string;
  text: string;
  /** Shown only to users holding one of these roles; to everyone signed in otherwise. */
  roles?: readonly Role[];
}

/** What differs between the portals' shared layout. */
export interface Site {
  serviceName: string;
  navigation: NavigationItem[];
}

/** The signed-in user as the layout shows them: never more than the header needs. */
export interface HeaderUser {
  name: string;
  organisation: string | null;
  roles: Role[];
}

export const SUITE_NAME = "Council referral services";

export const SITES: Record<PortalName, Site> = {
  public: {
    serviceName: "Get help for a child, a family or an adult",
    navigation: [
      { href: "/", text: "Home" },
      { href: "/requests", text: "Your requests" },
    ],
  },
  professionals: {
    serviceName: "Make a referral",
    navigation: [
      { href: "/", text: "Home" },
      { href: "/referrals", text: "Your referrals" },
    ],
  },
  mash: {
    serviceName: "Multi-agency safeguarding hub",
    navigation: [
      {
        href: "/queue",
        text: "Queue",
        roles: ["mash:practitioner", "mash:manager", "earlyhelp:triage", "adults:triage"],
      },
      { href: "/checks", text: "Checks", roles: ["mash:partner"] },
    ],
  },
  lado: {
    serviceName: "Allegations against adults who work with children",
    navigation: [
      { href: "/", text: "Home" },
      { href: "/cases", text: "Cases", roles: ["lado:officer"] },
      { href: "/dashboard", text: "Timescales", roles: ["lado:officer"] },
    ],
  },
  providers: {
    serviceName: "Care provider portal",
    navigation: [
      { href: "/", text: "Home" },
      { href: "/orders", text: "Orders" },
      { href: "/actuals", text: "Actuals", roles: ["provider:user"] },
      { href: "/exceptions", text: "Exceptions", roles: ["finance:officer"] },
      { href: "/invoices", text: "Invoices" },
      { href: "/payments", text: "Payments", roles: ["finance:officer"] },
      { href: "/queries", text: "Queries" },
    ],
  },
};

export function pageTitle(portal: PortalName, ...parts: string[]): string {
  return [...parts, SITES[portal].serviceName, SUITE_NAME].join(" – ");
}
