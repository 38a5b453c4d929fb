import type { SignedInUser } from "@portal/auth";
import { describe, expect, it } from "vitest";
import { requireRecentSignIn } from "./guard.server.ts";

const now = new Date("2026-03-02T10:00:00Z");
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

const user = (authenticatedAt: Date | null): SignedInUser => ({
  subject: "user-sunrise",
  email: "manager@sunrise-care.example.org",
  name: "Sunrise Manager",
  organisation: "provider-sunrise",
  organisationType: "provider",
  roles: ["provider:user"],
  sessionId: "session-1",
  authenticatedAt,
});

const page = (path: string) => new Request(`http://localhost:3005${path}`);

function thrownBy(run: () => void): Response {
  try {
    run();
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
  throw new Error("expected a Response to be thrown");
}

describe("requireRecentSignIn", () => {
  it.each([
    ["just now", 0],
    ["4 minutes ago", 4],
    ["exactly 5 minutes ago", 5],
  ])("passes a sign-in %s", (_label, minutes) => {
    expect(() =>
      requireRecentSignIn(page("/orders/o-1/reject"), user(minutesAgo(minutes)), 5, now),
    ).not.toThrow();
  });

  it.each([
    ["5 minutes and a second ago", minutesAgo(5 + 1 / 60)],
    ["an hour ago", minutesAgo(60)],
    ["at a time not known", null],
  ])("sends a sign-in %s to sign in afresh, back to this page", (_label, authenticatedAt) => {
    const response = thrownBy(() =>
      requireRecentSignIn(page("/orders/o-1/reject?from=list"), user(authenticatedAt), 5, now),
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(
      `/auth/sign-in?fresh=1&returnTo=${encodeURIComponent("/orders/o-1/reject?from=list")}`,
    );
    expect(response.headers.get("Cache-Control")).toBe("no-store");
  });

  it("returns to the page, not to React Router's data URL, from a client-side navigation", () => {
    const response = thrownBy(() =>
      requireRecentSignIn(page("/orders/o-1/reject.data?_routes=routes%2Forder-reject"), user(null), 5, now),
    );
    expect(response.headers.get("Location")).toBe(
      `/auth/sign-in?fresh=1&returnTo=${encodeURIComponent("/orders/o-1/reject")}`,
    );
  });
});
