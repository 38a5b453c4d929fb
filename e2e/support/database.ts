import { openDatabase } from "@portal/db";

/** The e2e suite's own database, to check what a journey stored. */
export function intakeItemByReference(reference: string) {
  const path = process.env.E2E_DATABASE_PATH;
  if (!path) throw new Error("E2E_DATABASE_PATH is not set");
  const db = openDatabase(path);
  try {
    return db.$client
      .prepare("select form_id as formId, service, answers, referrer from intake_items where reference = ?")
      .get(reference) as { formId: string; service: string; answers: string; referrer: string } | undefined;
  } finally {
    db.$client.close();
  }
}

export function countItemsForForm(formId: string): number {
  const path = process.env.E2E_DATABASE_PATH;
  if (!path) throw new Error("E2E_DATABASE_PATH is not set");
  const db = openDatabase(path);
  try {
    return (
      db.$client.prepare("select count(*) as n from intake_items where form_id = ?").get(formId) as {
        n: number;
      }
    ).n;
  } finally {
    db.$client.close();
  }
}

export function outboxMessagesTo(recipient: string) {
  const path = process.env.E2E_DATABASE_PATH;
  if (!path) throw new Error("E2E_DATABASE_PATH is not set");
  const db = openDatabase(path);
  try {
    return db.$client
      .prepare("select template, status, personalisation from outbox_messages where recipient = ?")
      .all(recipient) as { template: string; status: string; personalisation: string }[];
  } finally {
    db.$client.close();
  }
}
