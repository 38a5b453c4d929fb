import type { FormDefinition } from "../../definition.ts";
import { address, date, options, radios, text, textarea } from "../shared/builders.ts";
import { referrerPage } from "../shared/referrer.ts";

/** A partner agency asks children's services for information about people. */
export const informationRequest: FormDefinition = {
  id: "information-request",
  version: 1,
  title: "Request information from children's services",
  audience: "professional",
  service: "children",
  allowAnonymous: false,
  safeguardingBanner: false,
  sections: [
    { id: "about-you", title: "About you" },
    { id: "about-whom", title: "Who the request is about" },
    { id: "request", title: "Your request" },
  ],
  pages: [
    referrerPage("about-you"),
    {
      id: "agency-type",
      title: "Your agency",
      section: "about-you",
      questions: [
        radios(
          "agency-type",
          "What type of agency are you asking for?",
          options(
            ["police", "Police"],
            ["health", "Health"],
            ["education", "School or education service"],
            ["probation", "Probation"],
            ["youth-justice", "Youth justice"],
            ["housing", "Housing"],
            ["local-authority", "Another local authority"],
            ["court", "Court or legal service"],
            ["other", "Another agency"],
          ),
          "Select the type of agency you are asking for",
        ),
      ],
    },
    {
      id: "subjects",
      title: "Who the request is about",
      section: "about-whom",
      questions: [
        {
          id: "subjects",
          type: "repeating-group",
          label: "People the request is about",
          itemLabel: "Person",
          addAnotherLabel: "Is the request about anyone else?",
          min: 1,
          max: 10,
          errors: {
            addAnother: "Select yes if the request is about anyone else",
            tooFew: "Add at least one person the request is about",
            tooMany: "You can add up to 10 people",
          },
          questions: [
            {
              id: "subject",
              type: "person",
              label: "Their details",
              parts: { dateOfBirth: "required", sex: "optional" },
              subject: { role: "information-subject", address: "subject-address" },
              errors: {
                givenName: "Enter the person's first name",
                familyName: "Enter the person's last name",
                tooLong: "The person's details must be shorter",
                dateOfBirth: {
                  required: "Enter the person's date of birth",
                  invalid: "The person's date of birth must be a real date",
                  rule: "The person's date of birth must be in the past",
                },
              },
            },
            address(
              "subject-address",
              "Their address",
              {
                line1: "Enter the first line of the person's address",
                town: "Enter the town or city of the person's address",
                postcode: "Enter the postcode of the person's address",
                postcodeInvalid: "Enter a real postcode for the person's address",
                tooLong: "Each line of the person's address must be 100 characters or less",
              },
              { optional: true },
            ),
          ],
        },
      ],
    },
    {
      id: "lawful-basis",
      title: "Lawful basis",
      section: "request",
      questions: [
        radios(
          "lawful-basis",
          "What is your lawful basis for asking?",
          options(
            ["consent", "The person (or their parent) has consented"],
            [
              "safeguarding",
              "Safeguarding children or adults at risk",
              "For example, Children Act 1989 s47 enquiries",
            ],
            ["crime", "Preventing or detecting crime", "Data Protection Act 2018 Schedule 2 paragraph 2"],
            ["court-order", "A court order"],
            ["statutory-duty", "Another statutory duty"],
          ),
          "Select your lawful basis for asking",
        ),
        textarea(
          "lawful-basis-details",
          "Give details of the lawful basis",
          {
            required: "Enter details of the lawful basis",
            tooLong: "The details of the lawful basis must be 1000 characters or less",
          },
          {
            maxLength: 1000,
            hint: "For example, the legislation, court order number or date consent was given",
          },
        ),
      ],
    },
    {
      id: "information-needed",
      title: "What you need and why",
      section: "request",
      questions: [
        textarea(
          "information-requested",
          "What information do you need?",
          {
            required: "Enter the information you need",
            tooLong: "The information you need must be 2000 characters or less",
          },
          {
            hint: "Ask only for what you need, for example whether a child is known and who the allocated worker is",
          },
        ),
        textarea("request-reason", "Why do you need it?", {
          required: "Enter why you need the information",
          tooLong: "Why you need it must be 2000 characters or less",
        }),
      ],
    },
    {
      id: "needed-by",
      title: "When you need it",
      section: "request",
      questions: [
        date("needed-by", "When do you need the information by?", "today-or-future", {
          required: "Enter when you need the information by",
          invalid: "The date you need the information by must be a real date",
          rule: "The date you need the information by must be today or in the future",
        }),
        text(
          "court-or-meeting",
          "Is it for a court hearing or meeting?",
          { tooLong: "The hearing or meeting must be 100 characters or less" },
          { hint: "For example, child protection conference on 3 December" },
        ),
      ],
    },
    {
      id: "subject-aware",
      title: "Whether they know",
      section: "request",
      questions: [
        radios(
          "subject-aware",
          "Do the people this is about know you are asking?",
          options(
            ["yes", "Yes"],
            ["no", "No"],
            ["not-appropriate", "No, telling them could put someone at risk or prejudice an investigation"],
          ),
          "Select whether the people this is about know you are asking",
        ),
      ],
    },
  ],
};
