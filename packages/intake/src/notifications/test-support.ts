import type { IntakeStore } from "../store.ts";
import { enqueueEmail, TEMPLATE_NAMES, type TemplateName } from "./templates.ts";

/** A well-formed (fake) Notify API key and template ids for every template (tests only). */
export const TEST_SERVICE_ID = "26785a09-ab16-4eb0-8407-a37497a57506";
export const TEST_SECRET = "3d844edf-8d35-48ac-975b-e847b4f122b0";
export const TEST_API_KEY = `suite_test-${TEST_SERVICE_ID}-${TEST_SECRET}`;
export const TEST_TEMPLATE_IDS = Object.fromEntries(
  TEMPLATE_NAMES.map((name, i) => [name, `00000000-0000-4000-8000-${String(i + 1).padStart(12, "0")}`]),
) as Record<TemplateName, string>;

/** Environment variables that point the outbox at a stand-in Notify. */
export function notifyVars(baseUrl: string): Record<string, string> {
  return {
    NOTIFY_API_KEY: TEST_API_KEY,
    NOTIFY_BASE_URL: baseUrl,
    NOTIFY_TEMPLATE_IDS: JSON.stringify(TEST_TEMPLATE_IDS),
  };
}

/** Queues `count` receipt emails, one millisecond apart so they are claimed in order; returns their ids. */
export function queueReceipts(store: IntakeStore, count: number, now: Date): string[] {
  return store.durably(() =>
    Array.from({ length: count }, (_, i) => {
      const at = new Date(now.getTime() - count + i);
      return enqueueEmail(store.outbox, {
        template: "receipt",
        recipient: `referrer${i + 1}@example.org`,
        personalisation: {
          reference: `CSC-2611-000${i + 1}`,
          link: `https://professionals.example.gov.uk/r/${i + 1}`,
        },
        now: at,
        id: `message-${String(i + 1).padStart(2, "0")}`,
      }).id;
    }),
  );
}
