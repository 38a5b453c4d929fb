import type { Condition, FormDefinition } from "../../definition.ts";
import { address, date, options, phone, radios, textarea, yesNo } from "../shared/builders.ts";
import { referrerPage } from "../shared/referrer.ts";

const PRIVATE_FOSTERING: Condition = { equals: ["enquiry-type", "private-fostering"] };
const PROSPECTIVE_CARER: Condition = { equals: ["enquiry-type", "prospective-carer"] };

/**
 * A professional tells the fostering service about a private fostering arrangement (the council
 * must be notified: Children Act 1989 s66), passes on someone interested in fostering, or asks
 * something else.
 */
export const fosteringEnquiry: FormDefinition = {
  id: "fostering-enquiry",
  version: 1,
  title: "Make a fostering enquiry",
  audience: "professional",
  service: "children",
  allowAnonymous: false,
  safeguardingBanner: false,
  pages: [
    referrerPage(),
    {
      id: "enquiry-type",
      title: "What is your enquiry about?",
      questions: [
        radios(
          "enquiry-type",
          "What is your enquiry about?",
          options(
            [
              "private-fostering",
              "A private fostering arrangement",
              "A child under 16 (under 18 if disabled) is, or will be, cared for by someone who is not a close relative for 28 days or more",
            ],
            ["prospective-carer", "Someone who would like to foster"],
            ["other", "Something else"],
          ),
          "Select what your enquiry is about",
        ),
      ],
    },
    {
      id: "private-fostering-child",
      title: "The child",
      condition: PRIVATE_FOSTERING,
      questions: [
        {
          id: "child",
          type: "person",
          label: "The child's details",
          parts: { dateOfBirth: "required", sex: "optional", language: "optional", needs: "optional" },
          partLabels: { needs: "Disability, health or communication needs" },
          subject: { role: "child", address: "carer-address" },
          errors: {
            givenName: "Enter the child's first name",
            familyName: "Enter the child's last name",
            tooLong: "The child's details must be shorter",
            dateOfBirth: {
              required: "Enter the child's date of birth",
              invalid: "The child's date of birth must be a real date",
              rule: "The child's date of birth must be in the past",
            },
          },
        },
      ],
    },
    {
      id: "private-fostering-carer",
      title: "The private foster carer",
      condition: PRIVATE_FOSTERING,
      questions: [
        {
          id: "private-foster-carer",
          type: "person",
          label: "Who is caring for the child?",
          parts: {},
          subject: { role: "private-foster-carer", address: "carer-address" },
          errors: {
            givenName: "Enter the carer's first name",
            familyName: "Enter the carer's last name",
            tooLong: "The carer's name must be shorter",
          },
        },
        address("carer-address", "Where is the child living?", {
          line1: "Enter the first line of the address where the child is living",
          town: "Enter the town or city where the child is living",
          postcode: "Enter the postcode where the child is living",
          postcodeInvalid: "Enter a real postcode for where the child is living",
          tooLong: "Each line of the address must be 100 characters or less",
        }),
      ],
    },
    {
      id: "private-fostering-arrangement",
      title: "The arrangement",
      condition: PRIVATE_FOSTERING,
      questions: [
        date(
          "arrangement-start",
          "When did the arrangement start, or when will it start?",
          undefined,
          {
            required: "Enter when the arrangement started or will start",
            invalid: "The start of the arrangement must be a real date",
          },
          { hint: "Tell us at least 6 weeks before a planned arrangement starts" },
        ),
        yesNo(
          "parents-aware",
          "Do the child's parents know about the arrangement?",
          "Select yes if the child's parents know about the arrangement",
        ),
      ],
    },
    {
      id: "prospective-carer",
      title: "The person who would like to foster",
      condition: PROSPECTIVE_CARER,
      questions: [
        {
          id: "prospective-carer",
          type: "person",
          label: "Their details",
          parts: {},
          errors: {
            givenName: "Enter their first name",
            familyName: "Enter their last name",
            tooLong: "Their name must be shorter",
          },
        },
        phone("prospective-carer-phone", "Their phone number", {
          required: "Enter their phone number",
          invalid: "Enter their phone number, like 01632 960 001 or 07700 900 982",
        }),
        yesNo(
          "prospective-carer-agrees",
          "Have they agreed to us contacting them?",
          "Select yes if they have agreed to us contacting them",
        ),
      ],
    },
    {
      id: "enquiry-details",
      title: "Your enquiry",
      questions: [
        textarea(
          "enquiry-details",
          "Tell us about your enquiry",
          {
            required: "Enter the details of your enquiry",
            tooLong: "Your enquiry must be 3000 characters or less",
          },
          { maxLength: 3000, rows: 6 },
        ),
      ],
    },
  ],
};
