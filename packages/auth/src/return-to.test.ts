import { describe, expect, it } from "vitest";
import { safeReturnTo } from "./return-to.ts";

describe("safeReturnTo", () => {
  it.each([
    ["/queue?x=1", "/queue?x=1"],
    ["/", "/"],
    ["/items/0193b5c2-7d1e#notes", "/items/0193b5c2-7d1e#notes"],
    ["/queue?next=https://evil.example", "/queue?next=https://evil.example"],
    ["/search?q=%2F%2Fsomething", "/search?q=%2F%2Fsomething"],
    ["/a/../queue", "/queue"],
  ])("keeps the same-origin path %j", (value, expected) => {
    expect(safeReturnTo(value)).toBe(expected);
  });

  it.each([
    ["missing", undefined],
    ["null", null],
    ["empty", ""],
    ["protocol-relative", "//evil.example"],
    ["protocol-relative with path", "//evil.example/queue"],
    ["backslash host", "/\\evil.example"],
    ["double backslash", "\\\\evil.example"],
    ["absolute https", "https://evil.example"],
    ["absolute http on our host name", "http://localhost:3003/queue"],
    ["javascript scheme", "javascript:alert(1)"],
    ["data scheme", "data:text/html,<script>alert(1)</script>"],
    ["relative without slash", "queue"],
    ["leading space", " /queue"],
    ["encoded slashes", "%2F%2Fevil.example"],
    ["encoded second slash", "/%2Fevil.example"],
    ["encoded backslash", "/%5Cevil.example"],
    ["double-encoded slashes", "/%252F%252Fevil.example"],
    ["CR LF header splitting", "/queue\r\nSet-Cookie: a=b"],
    ["encoded CR LF", "/queue%0D%0ASet-Cookie:%20a=b"],
    ["tab that browsers strip", "/\t/evil.example"],
    ["encoded tab", "/%09/evil.example"],
    ["malformed encoding", "/queue%E0%A4%A"],
    ["too long", `/${"a".repeat(3000)}`],
  ])("refuses %s and uses /", (_label, value) => {
    expect(safeReturnTo(value)).toBe("/");
  });

  it("refuses a value that keeps decoding round after round", () => {
    let value = "/%2Fevil.example";
    for (let i = 0; i < 8; i++) value = value.replaceAll("%", "%25");
    expect(safeReturnTo(value)).toBe("/");
  });
});
