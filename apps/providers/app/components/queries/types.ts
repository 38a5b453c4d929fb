/** What the query pages show, every string made in the loader so the pages import no domain code. */

export type QueryStatusName = "Open" | "Answered" | "Closed";

export interface QueryAbout {
  text: string;
  /** The order's or invoice's page, when this person may see it. */
  href: string | null;
}

export interface QueryRow {
  id: string;
  title: string;
  status: QueryStatusName;
  about: QueryAbout;
  team: string;
  /** Finance sees every provider's queries, so each row names its provider; null for a provider's staff. */
  provider: string | null;
  lastMessage: string;
}

export interface ThreadMessage {
  key: string;
  from: string;
  side: "provider" | "council";
  at: string;
  text: string;
}
