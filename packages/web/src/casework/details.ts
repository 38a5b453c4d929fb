import type { Json } from "@portal/intake";

/**
 * Reading what a history entry's audit details or a referral's stored referrer say. They are JSON
 * written by older versions too, so every read checks the shape and falls back to nothing.
 */

export type Details = { readonly [key: string]: Json };

/** A non-blank string at `key`, or null. */
export const detailText = (details: Details, key: string): string | null => {
  const value = details[key];
  return typeof value === "string" && value.trim() !== "" ? value : null;
};

/** The name of a person reference ({ subject, name }) at `key`, or null. */
export const detailPerson = (details: Details, key: string): string | null => {
  const value = details[key];
  return value !== null &&
    typeof value === "object" &&
    !Array.isArray(value) &&
    typeof value.name === "string"
    ? value.name
    : null;
};

export interface ReferrerLines {
  anonymous: boolean;
  /** Name, organisation and email, one a line. */
  lines: string[];
  /** Who sent it, for the history: name and organisation. */
  sender: string;
}

/** The referrer as a case page shows them, from the referral's stored referrer. */
export function referrerLines(referrer: Details, anonymous: boolean): ReferrerLines {
  if (anonymous || referrer.anonymous === true)
    return { anonymous: true, lines: ["Anonymous"], sender: "Anonymous" };
  const who = [detailText(referrer, "name"), detailText(referrer, "organisation")].filter(
    (line) => line !== null,
  );
  const email = detailText(referrer, "email");
  const lines = email ? [...who, email] : who;
  return {
    anonymous: false,
    lines: lines.length > 0 ? lines : ["Not known"],
    sender: who.join(", ") || "The referrer",
  };
}
