import { describe, expect, it } from "vitest";
import {
  aboutParam,
  parseAbout,
  raiseCommands,
  raiseRefusalField,
  threadCommands,
  threadRefusalField,
} from "./query-commands.ts";

const post = (entries: Record<string, string>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(entries)) form.append(name, value);
  return form;
};

const teams = ["Brokerage", "Provider payments"];

describe("what a new query is about", () => {
  it("reads an order or an invoice and nothing else", () => {
    expect(parseAbout("order:abc-123")).toEqual({ kind: "order", id: "abc-123" });
    expect(parseAbout("invoice:9f1c2e")).toEqual({ kind: "invoice", id: "9f1c2e" });
    for (const bad of [
      null,
      "",
      "order:",
      "visit:abc",
      "order:a/b",
      "order:abc:def",
      " order:abc",
      "invoice:<x>",
    ])
      expect(parseAbout(bad)).toBeNull();
    expect(aboutParam({ kind: "order", id: "abc" })).toBe("order:abc");
  });
});

describe("raising a query", () => {
  it("takes a council team from the settings, a subject and a message, trimmed", () => {
    expect(
      raiseCommands.parse(
        post({
          intent: "raise",
          "raise-team": "Brokerage",
          "raise-title": " Times ",
          "raise-text": " Can it move? ",
        }),
        { teams },
      ),
    ).toMatchObject({ ok: true, command: { team: "Brokerage", title: "Times", text: "Can it move?" } });
  });

  it("says what is missing, by each field, in the order of the page", () => {
    expect(
      raiseCommands.parse(post({ intent: "raise", "raise-team": "Social work", "raise-title": " " }), {
        teams,
      }),
    ).toMatchObject({
      ok: false,
      intent: "raise",
      errors: [
        { field: "raise-team", message: "Select the council team your query is for" },
        { field: "raise-title", message: "Enter a subject for your query" },
        { field: "raise-text", message: "Enter your message" },
      ],
    });
  });

  it("refuses an overlong subject or message", () => {
    const parsed = raiseCommands.parse(
      post({
        intent: "raise",
        "raise-team": "Brokerage",
        "raise-title": "x".repeat(201),
        "raise-text": "y".repeat(5001),
      }),
      { teams },
    );
    expect(parsed).toMatchObject({
      ok: false,
      errors: [
        { field: "raise-title", message: "The subject must be 200 characters or less" },
        { field: "raise-text", message: "Your message must be 5,000 characters or less" },
      ],
    });
  });

  it("treats a post without the page's intent as not from the page", () => {
    expect(raiseCommands.parse(post({ intent: "reply" }), { teams })).toMatchObject({
      ok: false,
      intent: null,
    });
  });

  it("puts the service's refusal by the message or the team", () => {
    expect(raiseRefusalField("raise", "invalid")).toBe("raise-text");
    expect(raiseRefusalField("raise", "forbidden")).toBe("raise-team");
  });
});

describe("a query's thread", () => {
  it("replies with the text typed, and closes with nothing more", () => {
    expect(
      threadCommands.parse(post({ intent: "reply", "reply-text": " Thanks " }), undefined),
    ).toMatchObject({
      ok: true,
      command: { type: "reply", text: "Thanks" },
    });
    expect(threadCommands.parse(post({ intent: "close" }), undefined)).toMatchObject({
      ok: true,
      command: { type: "close" },
    });
  });

  it("needs a reply's text", () => {
    expect(threadCommands.parse(post({ intent: "reply", "reply-text": "" }), undefined)).toMatchObject({
      ok: false,
      errors: [{ field: "reply-text", message: "Enter your reply" }],
    });
  });

  it("puts a refusal by the reply or by the button", () => {
    expect(threadRefusalField("reply", "invalid")).toBe("reply-text");
    expect(threadRefusalField("reply", "not-allowed-now")).toBe("reply-submit");
    expect(threadRefusalField("close", "not-allowed-now")).toBe("close-submit");
  });
});
