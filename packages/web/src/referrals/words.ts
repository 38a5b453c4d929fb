import type { PortalName } from "@portal/config";

/** How a portal names what its people send: professionals make referrals, the public make requests. */
export interface ReferralWords {
  /** For sentences: "referral" or "request". */
  noun: "referral" | "request";
  /** The start of a heading: "Referrals" or "Requests". */
  plural: "Referrals" | "Requests";
  /** The list page's heading and its navigation item. */
  listTitle: "Your referrals" | "Your requests";
  /** Where the list lives in this portal; one item is at `${basePath}/<id>`. */
  basePath: "/referrals" | "/requests";
}

const PUBLIC: ReferralWords = {
  noun: "request",
  plural: "Requests",
  listTitle: "Your requests",
  basePath: "/requests",
};
const PROFESSIONALS: ReferralWords = {
  noun: "referral",
  plural: "Referrals",
  listTitle: "Your referrals",
  basePath: "/referrals",
};

/** The public portal's people follow requests; everyone else (professionals, LADO referrers) referrals. */
export function referralWords(portal: PortalName): ReferralWords {
  return portal === "public" ? PUBLIC : PROFESSIONALS;
}
