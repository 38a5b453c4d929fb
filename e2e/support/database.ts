import { openDatabase } from "@portal/db";

/** Reads the e2e suite's own database, to check what a journey stored. */
function read<T>(sql: string, ...params: unknown[]): T[] {
  const path = process.env.E2E_DATABASE_PATH;
  if (!path) throw new Error("E2E_DATABASE_PATH is not set");
  const db = openDatabase(path);
  try {
    return db.$client.prepare(sql).all(...params) as T[];
  } finally {
    db.$client.close();
  }
}

export function intakeItemByReference(reference: string) {
  return read<{ formId: string; service: string; answers: string; referrer: string }>(
    "select form_id as formId, service, answers, referrer from intake_items where reference = ?",
    reference,
  )[0];
}

export function itemIdByReference(reference: string): string {
  const id = read<{ id: string }>("select id from intake_items where reference = ?", reference)[0]?.id;
  if (!id) throw new Error(`No item ${reference}`);
  return id;
}

/** An item some other organisation sent: for checking a referrer cannot open it. */
export function itemNotFrom(organisation: string): string {
  const id = read<{ id: string }>(
    "select id from intake_items where coalesce(referrer_organisation, '') <> ? limit 1",
    organisation,
  )[0]?.id;
  if (!id) throw new Error(`No item from outside ${organisation}`);
  return id;
}

export function countItemsForForm(formId: string): number {
  return read<{ n: number }>("select count(*) as n from intake_items where form_id = ?", formId)[0]?.n ?? 0;
}

export function outboxMessagesTo(recipient: string) {
  return read<{ template: string; status: string; personalisation: string }>(
    "select template, status, personalisation from outbox_messages where recipient = ?",
    recipient,
  );
}

/** When the item with this reference was received. */
export function receivedAt(reference: string): Date {
  const at = read<{ at: number }>(
    "select received_at as at from intake_items where reference = ?",
    reference,
  )[0]?.at;
  if (at === undefined) throw new Error(`No item ${reference}`);
  return new Date(at);
}
