import { openDatabase } from "@portal/db";

/** Opens the e2e suite's own database for one piece of work, to check or arrange what a journey needs. */
function withDatabase<T>(work: (db: ReturnType<typeof openDatabase>) => T): T {
  const path = process.env.E2E_DATABASE_PATH;
  if (!path) throw new Error("E2E_DATABASE_PATH is not set");
  const db = openDatabase(path);
  try {
    return work(db);
  } finally {
    db.$client.close();
  }
}

/** Reads the e2e suite's own database, to check what a journey stored. */
export function read<T>(sql: string, ...params: unknown[]): T[] {
  return withDatabase((db) => db.$client.prepare(sql).all(...params) as T[]);
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

/** The id of the service order for this person (the demo seed gives each person one order). */
export function orderIdOf(serviceUserRef: string): string {
  const id = read<{ id: string }>(
    "select id from service_orders where service_user_ref = ?",
    serviceUserRef,
  )[0]?.id;
  if (!id) throw new Error(`No order for ${serviceUserRef}`);
  return id;
}

/** Makes every providers portal session look signed in `minutes` ago, as if the person had sat there since. */
export function ageProviderSignIns(minutes: number) {
  const at = new Date(Date.now() - minutes * 60_000).toISOString();
  withDatabase((db) =>
    db.$client
      .prepare(
        "update portal_sessions set user = json_set(user, '$.authenticatedAt', ?) where portal = 'providers'",
      )
      .run(at),
  );
}
