import { describe, expect, it } from "vitest";
import {
  MAX_REJECT_REASON,
  orderCommands,
  orderRefusalField,
  REJECT_REASON,
  REJECT_SIGN_IN,
  SIGN_IN_AGAIN,
} from "./order-commands.ts";

const signedInAt = new Date("2026-11-02T09:58:00Z");
const fresh = { authenticatedAt: signedInAt };

const post = (entries: Record<string, string>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(entries)) form.append(name, value);
  return form;
};

describe("order commands", () => {
  it("accepts with nothing but the intent", () => {
    expect(orderCommands.parse(post({ intent: "accept" }), fresh)).toMatchObject({
      ok: true,
      intent: "accept",
      command: { type: "accept" },
    });
  });

  it("accepts even when the sign-in time is unknown: only rejecting needs a fresh sign-in", () => {
    expect(orderCommands.parse(post({ intent: "accept" }), { authenticatedAt: null })).toMatchObject({
      ok: true,
      command: { type: "accept" },
    });
  });

  it("rejects with the reason trimmed and the time the person signed in, never one the form names", () => {
    expect(
      orderCommands.parse(
        post({
          intent: "reject",
          [REJECT_REASON]: "  We cannot staff the 7am calls \n",
          authenticatedAt: "2099-01-01",
        }),
        fresh,
      ),
    ).toEqual({
      ok: true,
      intent: "reject",
      command: { type: "reject", reason: "We cannot staff the 7am calls", authenticatedAt: signedInAt },
      values: {
        [REJECT_REASON]: "  We cannot staff the 7am calls \n",
        [REJECT_SIGN_IN]: "",
        "reject-submit": "",
      },
    });
  });

  it.each([
    ["missing", undefined],
    ["blank", "   "],
  ])("needs a reason (%s)", (_case, reason) => {
    const entries: Record<string, string> = { intent: "reject" };
    if (reason !== undefined) entries[REJECT_REASON] = reason;
    expect(orderCommands.parse(post(entries), fresh)).toMatchObject({
      ok: false,
      intent: "reject",
      errors: [{ field: REJECT_REASON, message: "Enter why you are rejecting this order" }],
    });
  });

  it("refuses a reason over the limit, keeping what was typed", () => {
    const long = "x".repeat(MAX_REJECT_REASON + 1);
    expect(orderCommands.parse(post({ intent: "reject", [REJECT_REASON]: long }), fresh)).toMatchObject({
      ok: false,
      errors: [
        {
          field: REJECT_REASON,
          message: "Why you are rejecting this order must be 2,000 characters or less",
        },
      ],
      values: { [REJECT_REASON]: long },
    });
    expect(
      orderCommands.parse(post({ intent: "reject", [REJECT_REASON]: "x".repeat(MAX_REJECT_REASON) }), fresh),
    ).toMatchObject({ ok: true });
  });

  it("asks for a sign-in whose time is unknown to be done again, keeping the reason typed", () => {
    expect(
      orderCommands.parse(post({ intent: "reject", [REJECT_REASON]: "No carers" }), {
        authenticatedAt: null,
      }),
    ).toEqual({
      ok: false,
      intent: "reject",
      errors: [{ field: REJECT_SIGN_IN, message: SIGN_IN_AGAIN }],
      values: { [REJECT_REASON]: "No carers", [REJECT_SIGN_IN]: "", "reject-submit": "" },
    });
  });

  it("lists the missing reason before the sign-in, in page order", () => {
    expect(orderCommands.parse(post({ intent: "reject" }), { authenticatedAt: null })).toMatchObject({
      ok: false,
      errors: [{ field: REJECT_REASON }, { field: REJECT_SIGN_IN }],
    });
  });

  it.each([["change"], ["toString"], [""]])("does not take intent %j from a post", (intent) => {
    expect(orderCommands.parse(post({ intent }), fresh)).toEqual({
      ok: false,
      intent: null,
      errors: [],
      values: {},
    });
  });

  it("puts each refusal by the field it is about", () => {
    expect(orderRefusalField("reject", "reason-required")).toBe(REJECT_REASON);
    expect(orderRefusalField("reject", "sign-in-again")).toBe(REJECT_SIGN_IN);
    expect(orderRefusalField("reject", "not-allowed-now")).toBe("reject-submit");
    expect(orderRefusalField("accept", "not-allowed-now")).toBe("accept-submit");
    expect(orderRefusalField("accept", "forbidden")).toBe("accept-submit");
  });
});
