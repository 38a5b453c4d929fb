import type { Answers } from "../../definition.ts";
import { without } from "../shared/answers.ts";
import { DASH_QUESTIONS } from "./dash.ts";

/** The first `yes` DASH questions answered "yes", the rest "no". */
export function dashAnswers(yes: number): Answers {
  return Object.fromEntries(DASH_QUESTIONS.map((q, i) => [q.id, i < yes ? "yes" : "no"]));
}

/** A complete, valid domestic abuse notification: DASH score 14 (high), MARAC, Operation Encompass. */
export const policeNotificationExample: Answers = {
  "police-force": "County Police",
  "police-reference": "CP-2026-114578",
  "officer-name": "PC Jordan Example",
  "officer-number": "4521",
  "incident-date": "2026-11-21",
  "incident-time": "22:40",
  "incident-location": "1 Test Street, Exampleton",
  "incident-types": ["domestic-abuse"],
  "incident-summary":
    "Police called by a neighbour. Victim had a facial injury; suspect arrested. Two children were upstairs.",
  "police-research": "Two previous domestic incidents at the address in 2026, both graded medium.",
  "police-grade": "high",
  people: [
    {
      person: { givenName: "Sam", familyName: "Example", dateOfBirth: "1990-03-05", sex: "female" },
      "person-roles": ["victim"],
    },
    {
      person: { givenName: "Alex", familyName: "Sample", dateOfBirth: "1988-07-19", sex: "male" },
      "person-roles": ["perpetrator"],
      "person-address": "8 Other Road, Exampleton",
    },
    {
      person: { givenName: "Maya", familyName: "Example", dateOfBirth: "2017-04-12" },
      "person-roles": ["child-present", "child-resident"],
    },
  ],
  "dash-completed": "yes",
  ...dashAnswers(14),
  "dash-judgement-level": "no",
  "marac-referral": "yes",
  "children-present": "yes",
  "children-where": "Maya was on the landing and heard shouting and a crash.",
  "voice-of-child": 'Maya said: "Alex was hurting Mum again." She was shaking and holding her mum\'s hand.',
  "encompass-notice-needed": "yes",
  "encompass-schools": "Greenfield Primary School: Maya Example",
  "notification-type": "referral",
};

/** Score 9 (standard) raised to medium by the officer's judgement; no MARAC. */
export const policeNotificationJudgementExample: Answers = {
  ...without(policeNotificationExample, "children-where"),
  ...dashAnswers(9),
  "dash-judgement-level": "medium",
  "dash-judgement-reason": "Victim minimised the abuse; neighbours report escalating incidents.",
  "marac-referral": "no",
  "children-present": "no",
};
