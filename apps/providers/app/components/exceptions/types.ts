/** One exception as the page shows it: every string made here, so the page imports no domain code. */
export interface ExceptionRow {
  visitId: string;
  fields: { intent: string; outcome: string; reason: string };
  provider: string;
  person: string;
  date: string;
  planned: string;
  delivered: string;
  why: string;
  /** Capping needs a planned call: an unplanned visit is approved or rejected. */
  canCap: boolean;
}
