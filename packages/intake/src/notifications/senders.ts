import type { NotifyClient } from "@portal/notify";
import type { OutboxMessageRecord } from "../store.ts";

/**
 * What became of one attempt to hand a message to a provider. `retry` says whether a later attempt may
 * succeed (rate limit, provider error, network, timeout) or never will (the provider refused it).
 */
export type OutboxSendResult =
  | { ok: true; providerId: string | null }
  | { ok: false; retry: boolean; status: number | null; reason: string };

/** Hands outbox messages to a provider. `send` must not throw for a provider's failure. */
export interface OutboxSender {
  /** For logs: which sender handled a message ("notify", "demo"). */
  readonly name: string;
  send(message: OutboxMessageRecord): Promise<OutboxSendResult>;
}

/**
 * Sends through GOV.UK Notify: each message's template name becomes the Notify template id configured
 * for it, and the outbox id is Notify's `reference`, so a message can be found in Notify's dashboard.
 */
export function notifySender(
  client: Pick<NotifyClient, "sendEmail" | "sendSms">,
  templateIds: Readonly<Record<string, string>>,
): OutboxSender {
  return {
    name: "notify",
    async send(message) {
      const templateId = Object.hasOwn(templateIds, message.template)
        ? templateIds[message.template]
        : undefined;
      if (!templateId) {
        return {
          ok: false,
          retry: false,
          status: null,
          reason: `No GOV.UK Notify template id is configured for "${message.template}" (NOTIFY_TEMPLATE_IDS)`,
        };
      }
      const request = { templateId, personalisation: message.personalisation, reference: message.id };
      const result =
        message.channel === "sms"
          ? await client.sendSms({ ...request, phoneNumber: message.recipient })
          : await client.sendEmail({ ...request, emailAddress: message.recipient });
      return result.ok ? { ok: true, providerId: result.id } : result;
    },
  };
}

/**
 * Demo mode: sends nothing and reports success, so messages move to "sent" with no provider id and the
 * outbox viewer shows what would have been sent. Demo data never reaches a real inbox.
 */
export function demoSender(): OutboxSender {
  return {
    name: "demo",
    send: async () => ({ ok: true, providerId: null }),
  };
}
