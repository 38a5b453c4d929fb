import type { Answers } from "../../definition.ts";
import { referrerExample } from "../shared/referrer.ts";

/** A complete, valid private fostering notification from a school. */
export const fosteringEnquiryExample: Answers = {
  ...referrerExample,
  "enquiry-type": "private-fostering",
  child: {
    givenName: "Tomasz",
    familyName: "Example",
    dateOfBirth: "2012-01-09",
    sex: "male",
    language: "Polish",
  },
  "private-foster-carer": { givenName: "Ewa", familyName: "Sample" },
  "carer-address": { line1: "7 Test Lane", town: "Exampleton", postcode: "AB4 6LM" },
  "arrangement-start": "2026-10-01",
  "parents-aware": "yes",
  "enquiry-details": "Tomasz has lived with a family friend since October while his mother works abroad.",
};

/** Someone who would like to foster. */
export const fosteringEnquiryProspectiveExample: Answers = {
  ...referrerExample,
  "enquiry-type": "prospective-carer",
  "prospective-carer": { givenName: "Lee", familyName: "Example" },
  "prospective-carer-phone": "07700 900 321",
  "prospective-carer-agrees": "yes",
  "enquiry-details": "A teaching assistant at our school would like to find out about fostering.",
};
