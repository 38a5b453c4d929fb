import { describe, expect, it } from "vitest";
import type { NewOutboxMessage } from "../store.ts";
import { at } from "../test-support.ts";
import {
  enqueueEmail,
  OutboxTemplateError,
  TEMPLATE_NAMES,
  TEMPLATES,
  type TemplateName,
} from "./templates.ts";

const t0 = at("2026-11-02T10:00:00Z");

function memoryOutbox() {
  const queued: NewOutboxMessage[] = [];
  return { queued, enqueue: (message: NewOutboxMessage) => void queued.push(message) };
}

const valid: { [T in TemplateName]: Record<string, string> } = {
  receipt: { reference: "CSC-2611-4F7Q", link: "https://professionals.example.gov.uk/referrals/1" },
  question: { reference: "CSC-2611-4F7Q", link: "https://professionals.example.gov.uk/referrals/1" },
  outcome: { reference: "CSC-2611-4F7Q", link: "https://professionals.example.gov.uk/referrals/1" },
  rerouted: { reference: "CSC-2611-4F7Q", link: "https://professionals.example.gov.uk/referrals/1" },
  "draft-saved": { link: "https://public.example.gov.uk/resume/abc", expires: "2026-12-02T10:00:00.000Z" },
  "operation-encompass": {
    reference: "CSC-2611-4F7Q",
    link: "https://professionals.example.gov.uk/encompass/1",
    due: "2026-11-03T08:30:00.000Z",
  },
};

describe("the templates", () => {
  it("are all emails that carry a link and no more than a reference and a date besides", () => {
    expect(TEMPLATE_NAMES.sort()).toEqual(
      ["draft-saved", "operation-encompass", "outcome", "question", "receipt", "rerouted"].sort(),
    );
    for (const name of TEMPLATE_NAMES) {
      const definition = TEMPLATES[name];
      expect(definition.channel).toBe("email");
      expect(definition.personalisation).toContain("link");
      for (const key of definition.personalisation)
        expect(["reference", "link", "expires", "due"]).toContain(key);
    }
  });
});

describe("enqueueEmail", () => {
  it.each(TEMPLATE_NAMES)("queues a %s email with exactly its personalisation", (template) => {
    const outbox = memoryOutbox();
    const message = enqueueEmail(outbox, {
      template,
      recipient: " someone@example.org ",
      personalisation: valid[template] as never,
      now: t0,
    });
    expect(outbox.queued).toEqual([message]);
    expect(message).toMatchObject({
      channel: "email",
      template,
      recipient: "someone@example.org",
      personalisation: valid[template],
      createdAt: t0,
      nextAttemptAt: t0,
      status: "queued",
      attempts: 0,
      leaseUntil: null,
      sentAt: null,
      providerId: null,
      lastError: null,
    });
    expect(message.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it("uses the id it is given", () => {
    const message = enqueueEmail(memoryOutbox(), {
      template: "receipt",
      recipient: "a@example.org",
      personalisation: { reference: "CSC-1", link: "https://x.example/1" },
      now: t0,
      id: "fixed-id",
    });
    expect(message.id).toBe("fixed-id");
  });

  it.each([
    ["a missing key", "receipt", { reference: "CSC-1" }, 'Personalisation for "receipt": missing link'],
    ["an empty value", "receipt", { reference: " ", link: "https://x.example" }, "missing reference"],
    [
      "case details",
      "outcome",
      { reference: "CSC-1", link: "https://x.example", childName: "Sam Smith" },
      'Personalisation for "outcome": not allowed childName',
    ],
    [
      "a value that is not text",
      "draft-saved",
      { link: "https://x.example", expires: 30 },
      "missing expires",
    ],
    [
      "an unknown template",
      "newsletter",
      { link: "https://x.example" },
      'Unknown message template "newsletter"',
    ],
  ])("refuses %s, naming keys but never values", (_, template, personalisation, message) => {
    const outbox = memoryOutbox();
    const attempt = () =>
      enqueueEmail(outbox, {
        template: template as TemplateName,
        recipient: "a@example.org",
        personalisation: personalisation as never,
        now: t0,
      });
    expect(attempt).toThrow(OutboxTemplateError);
    expect(attempt).toThrow(message);
    expect(() => attempt()).not.toThrow(/Sam Smith|a@example\.org/);
    expect(outbox.queued).toEqual([]);
  });

  it("refuses an empty recipient", () => {
    expect(() =>
      enqueueEmail(memoryOutbox(), {
        template: "receipt",
        recipient: "  ",
        personalisation: { reference: "CSC-1", link: "https://x.example" },
        now: t0,
      }),
    ).toThrow('No recipient for "receipt"');
  });
});
