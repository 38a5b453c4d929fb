import { describe, expect, it } from "vitest";
import { runResult } from "./run-result.ts";

describe("the service's answers, as the command action reads them", () => {
  it("passes a value through, turns not found into a 404 and anything else into a refusal with its message", () => {
    expect(runResult({ ok: true, value: 1 })).toEqual({ ok: true, value: 1 });
    expect(runResult({ ok: false, code: "not-found", message: "Page not found" })).toEqual({
      ok: false,
      reason: "not-found",
    });
    expect(runResult({ ok: false, code: "sign-in-again", message: "Sign in again" })).toEqual({
      ok: false,
      reason: "refused",
      error: { code: "sign-in-again", message: "Sign in again" },
    });
  });
});
