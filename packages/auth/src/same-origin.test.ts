import { describe, expect, it } from "vitest";
import { assertSameOrigin } from "./same-origin.ts";

const ORIGIN = "http://localhost:3003";

function refusal(headers: Record<string, string>, method = "POST"): number | null {
  try {
    assertSameOrigin(new Request(`${ORIGIN}/auth/sign-out`, { method, headers }), ORIGIN);
    return null;
  } catch (error) {
    if (error instanceof Response) return error.status;
    throw error;
  }
}

describe("assertSameOrigin", () => {
  it.each([
    ["Sec-Fetch-Site same-origin and matching Origin", { "Sec-Fetch-Site": "same-origin", Origin: ORIGIN }],
    ["only a matching Origin (older browsers)", { Origin: ORIGIN }],
    ["only Sec-Fetch-Site same-origin", { "Sec-Fetch-Site": "same-origin" }],
  ])("allows %s", (_label, headers) => {
    expect(refusal(headers)).toBeNull();
  });

  it.each([
    ["a cross-site POST", { "Sec-Fetch-Site": "cross-site", Origin: "https://evil.example" }],
    ["another portal on the same host", { "Sec-Fetch-Site": "same-site", Origin: "http://localhost:3004" }],
    ["a foreign Origin without Sec-Fetch-Site", { Origin: "https://evil.example" }],
    ["an opaque Origin", { Origin: "null" }],
    [
      "same-origin claimed with a foreign Origin",
      { "Sec-Fetch-Site": "same-origin", Origin: "https://evil.example" },
    ],
    ["a navigation typed by hand", { "Sec-Fetch-Site": "none" }],
    ["neither header", {}],
  ])("refuses %s with 403", (_label, headers) => {
    expect(refusal(headers)).toBe(403);
  });

  it("lets reads through, which change nothing", () => {
    expect(refusal({ "Sec-Fetch-Site": "cross-site" }, "GET")).toBeNull();
    expect(refusal({}, "HEAD")).toBeNull();
  });

  it("compares origins, not spellings of the configured URL", () => {
    const request = new Request(`${ORIGIN}/x`, { method: "POST", headers: { Origin: ORIGIN } });
    expect(() => assertSameOrigin(request, `${ORIGIN}/some/base/`)).not.toThrow();
  });
});
