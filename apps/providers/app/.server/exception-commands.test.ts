import { describe, expect, it } from "vitest";
import { decisionFields, decisionRefusalField, parseDecision } from "./exception-commands.ts";

const post = (entries: Record<string, string>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(entries)) form.append(name, value);
  return form;
};

const VISIT = "4f0c7a5e-0b1d-4e8a-9c3b-2d6f1e7a8b90";

describe("finance's decision on an exception", () => {
  it("names each form's fields after its visit, so two forms never share an id", () => {
    expect(decisionFields(VISIT)).toEqual({
      intent: `decide-${VISIT}`,
      outcome: `decide-${VISIT}-outcome`,
      reason: `decide-${VISIT}-reason`,
    });
    expect(decisionFields("a").outcome).not.toBe(decisionFields("b").outcome);
  });

  it("reads the visit from the intent, the outcome and the trimmed reason", () => {
    const { intent, outcome, reason } = decisionFields(VISIT);
    expect(parseDecision(post({ intent, [outcome]: "cap", [reason]: " Plan is 30 minutes " }))).toMatchObject(
      {
        ok: true,
        intent,
        command: { visitId: VISIT, outcome: "cap", reason: "Plan is 30 minutes" },
      },
    );
  });

  it("ignores another form's fields and says what is missing by each field", () => {
    const { intent, outcome, reason } = decisionFields(VISIT);
    const other = decisionFields("visit-2");
    expect(
      parseDecision(post({ intent, [other.outcome]: "approve", [other.reason]: "Not this one" })),
    ).toMatchObject({
      ok: false,
      intent,
      errors: [
        { field: outcome, message: "Select whether to approve, cap or reject this visit" },
        { field: reason, message: "Enter the reason for your decision" },
      ],
      values: { [outcome]: "", [reason]: "" },
    });
  });

  it("refuses an outcome the page does not offer, and an overlong reason", () => {
    const { intent, outcome, reason } = decisionFields(VISIT);
    expect(
      parseDecision(post({ intent, [outcome]: "pay-double", [reason]: "x".repeat(2001) })),
    ).toMatchObject({
      ok: false,
      errors: [
        { field: outcome, message: "Select whether to approve, cap or reject this visit" },
        { field: reason, message: "The reason must be 2,000 characters or less" },
      ],
    });
  });

  it("treats a post naming no visit, or a malformed one, as not from the page", () => {
    for (const intent of [undefined, "", "decide-", "approve", "decide-a/b", `decide-${"x".repeat(65)}`]) {
      const form = intent === undefined ? post({}) : post({ intent });
      expect(parseDecision(form)).toEqual({ ok: false, intent: null, errors: [], values: {} });
    }
  });

  it("puts the service's refusal by the reason or by the outcome", () => {
    const { intent, outcome, reason } = decisionFields(VISIT);
    expect(decisionRefusalField(intent, "reason-required")).toBe(reason);
    expect(decisionRefusalField(intent, "cannot-cap")).toBe(outcome);
    expect(decisionRefusalField(intent, "invoiced")).toBe(outcome);
  });
});
