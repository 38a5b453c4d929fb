import type { PageDefinition } from "../../definition.ts";
import { phone, text } from "./builders.ts";

/**
 * The professional's own details. Name, email and organisation come from their sign-in claims and
 * are never asked again; only what the claims cannot carry is asked here.
 */
export function referrerPage(section?: string): PageDefinition {
  return {
    id: "your-role",
    title: "Your role and phone number",
    ...(section === undefined ? {} : { section }),
    questions: [
      text(
        "referrer-role",
        "What is your role?",
        { required: "Enter your role", tooLong: "Your role must be 100 characters or less" },
        {
          hint: "For example, designated safeguarding lead, health visitor or social worker",
          autocomplete: "organization-title",
        },
      ),
      phone(
        "referrer-phone",
        "Phone number we can call you on",
        {
          required: "Enter a phone number we can call you on",
          invalid: "Enter a phone number, like 01632 960 001 or 07700 900 982",
        },
        { hint: "A direct line or mobile is best, so we can reach you quickly", autocomplete: "tel" },
      ),
    ],
  };
}

export const referrerExample = {
  "referrer-role": "Designated safeguarding lead",
  "referrer-phone": "01632 960 001",
} as const;
