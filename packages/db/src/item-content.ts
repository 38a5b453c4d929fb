import type { Param } from "./statements.ts";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** What a referral said: its form and version, answers, subject people and referrer. */
export interface StoredItemContent {
  service: string;
  formId: string;
  formVersion: number;
  portal: string;
  answers: { [key: string]: Json };
  subjects: Json[];
  referrer: { [key: string]: Json };
}

/** Reads an item's content; each store then keeps only the services it owns. */
export function readItemContent(
  get: <T>(text: string, params: readonly Param[]) => T | undefined,
  id: string,
): StoredItemContent | undefined {
  const row = get<{
    service: string;
    form_id: string;
    form_version: number;
    portal: string;
    answers: string;
    subjects: string;
    referrer: string;
  }>(
    "SELECT service, form_id, form_version, portal, answers, subjects, referrer FROM intake_items WHERE id = ?",
    [id],
  );
  if (!row) return undefined;
  return {
    service: row.service,
    formId: row.form_id,
    formVersion: row.form_version,
    portal: row.portal,
    answers: JSON.parse(row.answers) as { [key: string]: Json },
    subjects: JSON.parse(row.subjects) as Json[],
    referrer: JSON.parse(row.referrer) as { [key: string]: Json },
  };
}
