import { randomBytes, randomInt } from "node:crypto";

/** An unguessable identifier for URLs: 128 random bits, base64url (22 characters). */
export function randomId(): string {
  return randomBytes(16).toString("base64url");
}

/** Crockford's base32: no I, L, O or U, so a reference read aloud or copied by hand is unambiguous. */
export const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

export const SERVICES = ["children", "early-help", "adults", "lado"] as const;
export type Service = (typeof SERVICES)[number];

export const SERVICE_PREFIX: Record<Service, string> = {
  children: "CSC",
  "early-help": "EH",
  adults: "ASC",
  lado: "LADO",
};

const londonMonth = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  year: "2-digit",
  month: "2-digit",
});

/** Two-digit year and month in England (a referral made at 00:30 BST on 1 July is a July referral). */
export function yearMonth(now: Date): string {
  const parts = londonMonth.formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}${part("month")}`;
}

/**
 * A human reference such as CSC-2611-4F7Q: the service, the year and month received, and four random
 * Crockford characters. For people to quote, never for access. `random(n)` returns 0 ≤ r < n.
 */
export function makeReference(
  service: Service,
  now: Date,
  random: (n: number) => number = randomInt,
): string {
  let suffix = "";
  for (let i = 0; i < 4; i++) suffix += CROCKFORD[random(CROCKFORD.length)];
  return `${SERVICE_PREFIX[service]}-${yearMonth(now)}-${suffix}`;
}

export const REFERENCE_PATTERN = /^(CSC|EH|ASC|LADO)-\d{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
