import { randomId } from "../ids.ts";
import type { OutboxMessageRecord, OutboxRepository } from "../store.ts";

/**
 * The messages the suite sends, and the personalisation each one's template needs. Messages carry a
 * reference and a link to sign in or come back, never names, answers or case details: email is not a
 * safe place for them. The wording lives in the templates at GOV.UK Notify (NOTIFY_TEMPLATE_IDS maps
 * each name to a Notify template id); `((link))` and friends are filled from these keys.
 */
export const TEMPLATES = {
  /** A referral was received: its reference and a link to follow it. */
  receipt: { channel: "email", personalisation: ["reference", "link"] },
  /** The team asked the referrer a question about a referral. */
  question: { channel: "email", personalisation: ["reference", "link"] },
  /** A referral has an outcome for the referrer to read. */
  outcome: { channel: "email", personalisation: ["reference", "link"] },
  /** A referral was passed to another team. */
  rerouted: { channel: "email", personalisation: ["reference", "link"] },
  /** Answers were saved; a single-use link to come back to them, and when it expires. */
  "draft-saved": { channel: "email", personalisation: ["link", "expires"] },
  /** Operation Encompass: a school's key adult is told a police notification is waiting, and by when. */
  "operation-encompass": { channel: "email", personalisation: ["reference", "link", "due"] },
} as const satisfies Record<string, { channel: "email" | "sms"; personalisation: readonly string[] }>;

export type TemplateName = keyof typeof TEMPLATES;
export const TEMPLATE_NAMES = Object.keys(TEMPLATES) as TemplateName[];

/** Exactly the keys a template needs, each a string. */
export type PersonalisationFor<T extends TemplateName> = {
  [K in (typeof TEMPLATES)[T]["personalisation"][number]]: string;
};

export function isTemplateName(name: string): name is TemplateName {
  return Object.hasOwn(TEMPLATES, name);
}

/** A producer asked for a message the templates do not describe: a programming error, never user input. */
export class OutboxTemplateError extends Error {
  override name = "OutboxTemplateError";
}

export interface EnqueueEmailInput<T extends TemplateName> {
  template: T;
  /** The email address. Stored with the message, never logged. */
  recipient: string;
  personalisation: PersonalisationFor<T>;
  now: Date;
  /** The message id (Notify's `reference`); random by default. */
  id?: string;
}

/**
 * Queues an email in the outbox. Call it inside the `durably` transaction that causes the message, so
 * the message exists exactly when its cause does. Refuses (throws OutboxTemplateError, rolling the
 * transaction back) an unknown template, a template that is not an email, and personalisation with a
 * missing, empty or extra key: extra keys are how case details would leak into email.
 */
export function enqueueEmail<T extends TemplateName>(
  outbox: Pick<OutboxRepository, "enqueue">,
  input: EnqueueEmailInput<T>,
): OutboxMessageRecord {
  const template = input.template as string;
  if (!isTemplateName(template)) throw new OutboxTemplateError(`Unknown message template "${template}"`);
  const definition = TEMPLATES[template];
  if (definition.channel !== "email") {
    throw new OutboxTemplateError(`The "${template}" template is not an email`);
  }
  const given = input.personalisation as Record<string, unknown>;
  const needed: readonly string[] = definition.personalisation;
  const missing = needed.filter(
    (key) => typeof given[key] !== "string" || (given[key] as string).trim() === "",
  );
  const extra = Object.keys(given).filter((key) => !needed.includes(key));
  if (missing.length || extra.length) {
    const problems = [
      missing.length ? `missing ${missing.join(", ")}` : "",
      extra.length ? `not allowed ${extra.join(", ")}` : "",
    ].filter(Boolean);
    throw new OutboxTemplateError(`Personalisation for "${template}": ${problems.join("; ")}`);
  }
  if (!input.recipient.trim()) throw new OutboxTemplateError(`No recipient for "${template}"`);
  const message: OutboxMessageRecord = {
    id: input.id ?? randomId(),
    channel: "email",
    template,
    recipient: input.recipient.trim(),
    personalisation: Object.fromEntries(needed.map((key) => [key, given[key] as string])),
    createdAt: input.now,
    status: "queued",
    attempts: 0,
    nextAttemptAt: input.now,
    leaseUntil: null,
    sentAt: null,
    providerId: null,
    lastError: null,
  };
  outbox.enqueue(message);
  return message;
}
