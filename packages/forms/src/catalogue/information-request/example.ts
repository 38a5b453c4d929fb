import type { Answers } from "../../definition.ts";
import { referrerExample } from "../shared/referrer.ts";

/** A date `days` from today as YYYY-MM-DD (Europe/London), for answers that must be in the future. */
export function daysFromToday(days: number, now: Date = new Date()): string {
  const date = new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(date);
}

/** A complete, valid request from a police officer. */
export const informationRequestExample: Answers = {
  ...referrerExample,
  "referrer-role": "Detective constable",
  "agency-type": "police",
  subjects: [
    {
      subject: { givenName: "Maya", familyName: "Example", dateOfBirth: "2017-04-12", sex: "female" },
      "subject-address": { line1: "1 Test Street", town: "Exampleton", postcode: "AB1 2CD" },
    },
  ],
  "lawful-basis": "safeguarding",
  "lawful-basis-details": "Joint s47 enquiry following a strategy discussion on 21 November.",
  "information-requested": "Whether Maya is known to children's services and any previous referrals.",
  "request-reason": "To inform the police risk assessment for the strategy meeting.",
  "needed-by": daysFromToday(7),
  "court-or-meeting": "Strategy meeting",
  "subject-aware": "not-appropriate",
};
