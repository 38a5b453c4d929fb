import type { LadoStage } from "../lado/types.ts";
import type { TriageItem } from "../triage/types.ts";

/** Where a referral is, in the words its referrer sees (never the hub's stages or ratings). */
export type ReferrerStatus =
  | "Received"
  | "Being looked at"
  | "Decision made"
  | "Closed"
  | "Sent to another team";

export function referrerStatus(item: Pick<TriageItem, "stage" | "reroutedFrom">): ReferrerStatus {
  switch (item.stage) {
    case "closed":
      return "Closed";
    case "decided":
      return "Decision made";
    case "screening":
      return "Being looked at";
    case "received":
      // A re-routed item waits, new, at the team it was sent to.
      return item.reroutedFrom ? "Sent to another team" : "Received";
  }
}

/** Where a LADO referral is, in the same plain words (never the LADO's stages). */
export function ladoReferrerStatus(stage: LadoStage): ReferrerStatus {
  switch (stage) {
    case "received":
      return "Received";
    case "consideration":
    case "management":
      return "Being looked at";
    case "below-threshold":
    case "outcome":
      return "Decision made";
    case "closed":
      return "Closed";
  }
}
