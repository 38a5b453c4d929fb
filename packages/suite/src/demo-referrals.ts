import type { Env } from "@portal/config";
import { type Db, schema } from "@portal/db";
import { type Answers, catalogueById, examples, type FormId, subjectSummaries } from "@portal/forms";
import { demoPersonas } from "@portal/identity";
import {
  type Actor,
  type Attendee,
  type Command,
  type LadoRequest,
  openIntake,
  openLado,
  openTriage,
  randomId,
  type Answers as StoredAnswers,
} from "@portal/intake";
import { demoActors } from "./demo-actors.ts";

/**
 * Demo referrals, so a newcomer's queue is not empty: the catalogue's example answers sent by the
 * demo personas through the real intake service, some then worked through the real triage service.
 * Seeded only into a database that has no items yet, with times relative to now.
 */

interface Step {
  as: string;
  /** "take" assigns the item to the person acting. */
  command: Command | "take";
  /** Minutes after receipt. */
  after: number;
}

/**
 * A step on a LADO case. A `record-meeting` with no meeting id records the meeting arranged last;
 * `at` is minutes after receipt, and the meeting and its actions fall on days after receipt.
 */
interface LadoStep {
  request: LadoRequest | "take";
  after: number;
}

interface DemoReferral {
  formId: FormId;
  example?: number;
  /** Persona email, or null for someone not signed in (anonymous where the form allows it). */
  from: string | null;
  portal: "public" | "professionals";
  /** Minutes before now. */
  receivedAgo: number;
  /** Answers that differ from the example's (another adult, another employer). */
  changes?: Answers;
  steps?: Step[];
  ladoSteps?: LadoStep[];
}

const HOUR = 60;
const DAY = 24 * HOUR;
const SW = "mash.sw@council.example.org";
const MANAGER = "mash.manager@council.example.org";
const LADO = "lado@council.example.org";
const DSL = "dsl@school.example.org";

/** A moment `minutes` after `from`. */
const after = (from: Date, minutes: number) => new Date(from.getTime() + minutes * 60_000);

const threshold = (reason: string): LadoStep => ({
  request: { type: "record-consideration", threshold: "met", reason },
  after: 3 * HOUR,
});

const MEETING: Attendee[] = [
  { agency: "lado", name: "Dana Clarke" },
  { agency: "police", name: "DC Jo Rivers" },
  { agency: "childrens-social-care", name: "Sam Patel" },
  { agency: "employer", name: "Head teacher" },
];

/** A strategy meeting two days in, recorded the same day, with the police and children's social care. */
const strategyMeeting = (minutes: string): LadoStep[] => [
  {
    request: {
      type: "schedule-meeting",
      kind: "strategy",
      scheduledFor: new Date(0),
      attendees: MEETING,
    },
    after: 5 * HOUR,
  },
  {
    request: {
      type: "record-meeting",
      meetingId: "",
      attendees: MEETING,
      minutes,
      actions: [
        { owner: "Head teacher", action: "Risk assessment while enquiries continue", dueAt: new Date(0) },
      ],
      nextReviewAt: null,
    },
    after: 2 * DAY + 2 * HOUR,
  },
];

/** Allegations against adults at the demo school, at different points of the LADO's process. */
const LADO_DEMO: DemoReferral[] = [
  {
    // Earlier concern about the same adult as the new referral below: a repeat concern to spot.
    formId: "lado-referral",
    from: DSL,
    portal: "professionals",
    receivedAgo: 60 * DAY,
    changes: {
      "allegation-what": "A parent complained that Mr Sample handled their son roughly in the playground.",
      "allegation-date": "",
      "previous-concerns": "no",
    },
    ladoSteps: [
      { request: "take", after: HOUR },
      {
        request: {
          type: "record-consideration",
          threshold: "below",
          route: "employer",
          reason: "Low-level concern about handling: for the school's own procedures, with advice.",
        },
        after: 4 * HOUR,
      },
      {
        request: {
          type: "record-feedback",
          message: "Below threshold: the school will manage it, with our advice.",
        },
        after: 5 * HOUR,
      },
      { request: { type: "close" }, after: 6 * HOUR },
    ],
  },
  {
    formId: "lado-referral",
    from: DSL,
    portal: "professionals",
    receivedAgo: 12 * DAY,
    changes: {
      adult: { givenName: "Alex", familyName: "Morgan", dateOfBirth: "1979-10-02", sex: "male" },
      "adult-job-title": "After-school football coach",
      "allegation-what": "A pupil said the coach sent him private messages on social media asking to meet.",
    },
    ladoSteps: [
      { request: "take", after: 40 },
      threshold("Behaviour that may indicate unsuitability to work with children: threshold met."),
      ...strategyMeeting("Police to review the messages. The coach is not to run the club meanwhile."),
      {
        request: { type: "start-enquiry", agency: "police", note: "Reviewing the messages." },
        after: 2 * DAY + 3 * HOUR,
      },
    ],
  },
  {
    formId: "lado-referral",
    from: DSL,
    portal: "professionals",
    receivedAgo: 45 * DAY,
    changes: {
      adult: { givenName: "Jordan", familyName: "Blake", dateOfBirth: "1990-01-21", sex: "female" },
      "adult-job-title": "Teaching assistant",
      "allegation-what": "A pupil said the teaching assistant pushed her in the lunch queue.",
    },
    ladoSteps: [
      { request: "take", after: 30 },
      threshold("An alleged assault on a pupil: harm threshold met."),
      ...strategyMeeting("CCTV to be checked by the school; no police enquiry needed."),
      {
        request: {
          type: "record-outcome",
          category: "unfounded",
          reason: "CCTV shows no contact between them.",
        },
        after: 18 * DAY,
      },
      {
        request: { type: "record-feedback", message: "The allegation was unfounded." },
        after: 18 * DAY + HOUR,
      },
      { request: { type: "close" }, after: 18 * DAY + 2 * HOUR },
    ],
  },
  // The example itself, just arrived: its earlier concern shows at initial consideration.
  { formId: "lado-referral", from: DSL, portal: "professionals", receivedAgo: 3 * HOUR },
];

const DEMO: DemoReferral[] = [
  {
    formId: "child-safeguarding-referral",
    from: "dsl@school.example.org",
    portal: "professionals",
    receivedAgo: 2 * HOUR,
  },
  {
    formId: "child-safeguarding-referral",
    from: "gp@health.example.org",
    portal: "professionals",
    receivedAgo: DAY,
    steps: [
      { as: SW, command: "take", after: 20 },
      { as: SW, command: { type: "screen", rag: "amber", reason: "" }, after: 40 },
      {
        as: SW,
        command: {
          type: "request-check",
          checkId: "",
          agency: "police",
          question: "Are the police aware of any incidents at the family's address in the last two years?",
        },
        after: 45,
      },
    ],
  },
  {
    formId: "police-notification",
    from: "officer@police.example.org",
    portal: "professionals",
    receivedAgo: 3 * DAY,
    steps: [
      { as: MANAGER, command: "take", after: 10 },
      { as: MANAGER, command: { type: "screen", rag: "red", reason: "" }, after: 15 },
      {
        as: MANAGER,
        command: {
          type: "decide",
          outcome: "s47-strategy",
          reason: "Injury to a child during a domestic abuse incident",
        },
        after: 90,
      },
    ],
  },
  { formId: "report-a-concern", example: 1, from: null, portal: "public", receivedAgo: 40 },
  {
    formId: "early-help-professional",
    from: "dsl@school.example.org",
    portal: "professionals",
    receivedAgo: 5 * HOUR,
  },
  { formId: "early-help-family", from: "parent@example.org", portal: "public", receivedAgo: 2 * DAY },
  {
    formId: "adult-safeguarding-concern",
    from: "gp@health.example.org",
    portal: "professionals",
    receivedAgo: 3 * HOUR,
  },
  { formId: "adult-care-needs-request", from: "parent@example.org", portal: "public", receivedAgo: 6 * DAY },
  { formId: "carer-support", from: "parent@example.org", portal: "public", receivedAgo: 30 },
  ...LADO_DEMO,
];

/** A LADO step's request as of its case: the meeting it records, and when things fall. */
function ladoRequestFor(step: LadoStep, by: Actor, receivedAt: Date, lastMeeting: string): LadoRequest {
  const { request } = step;
  if (request === "take") return { type: "assign", assignee: { subject: by.subject, name: by.name } };
  if (request.type === "schedule-meeting") return { ...request, scheduledFor: after(receivedAt, 2 * DAY) };
  if (request.type === "record-meeting")
    return {
      ...request,
      meetingId: request.meetingId || lastMeeting,
      actions: request.actions.map((action) => ({ ...action, dueAt: after(receivedAt, 9 * DAY) })),
      nextReviewAt: after(receivedAt, 30 * DAY),
    };
  return request;
}

export function seedDemoReferrals(db: Db, env: Env, now: Date = new Date()): number {
  if (db.select({ id: schema.intakeItems.id }).from(schema.intakeItems).limit(1).get()) return 0;
  const intake = openIntake(db, env);
  const triage = openTriage(db, env);
  const lado = openLado(db, env);
  const actorFor = demoActors(db);
  const commandFor = (step: Step, by: Actor): Command => {
    if (step.command === "take") return { type: "assign", assignee: { subject: by.subject, name: by.name } };
    return step.command.type === "request-check" ? { ...step.command, checkId: randomId() } : step.command;
  };

  for (const demo of DEMO) {
    const form = catalogueById[demo.formId];
    const answers: Answers = { ...examples[demo.formId][demo.example ?? 0], ...demo.changes };
    const receivedAt = new Date(now.getTime() - demo.receivedAgo * 60_000);
    const sender = demo.from ? actorFor(demo.from) : null;
    const saved = intake.saveDraftPage({
      actor: { subject: sender?.subject ?? null, portal: demo.portal },
      formId: form.id,
      formVersion: form.version,
      answers: answers as unknown as StoredAnswers,
      visitedPageIds: [],
      now: receivedAt,
    });
    if (!("ok" in saved)) throw new Error(`Demo draft refused: ${saved.error}`);
    const persona = demo.from ? demoPersonas.find((p) => p.email === demo.from) : undefined;
    const { itemId } = intake.submitReferral({
      draftId: saved.ok.id,
      service: form.service,
      formId: form.id,
      formVersion: form.version,
      answers: answers as unknown as StoredAnswers,
      subjects: subjectSummaries(form, answers),
      referrer:
        sender && persona
          ? {
              subject: sender.subject,
              name: persona.name,
              email: persona.email,
              organisation: persona.organisation,
              organisationType: persona.organisationType,
              anonymous: false,
            }
          : { anonymous: true },
      portal: demo.portal,
      now: receivedAt,
    });
    for (const step of demo.steps ?? []) {
      const at = new Date(receivedAt.getTime() + step.after * 60_000);
      const by = actorFor(step.as);
      const outcome = triage.run(by, itemId, commandFor(step, by), "mash", at);
      if (!outcome.ok) throw new Error(`Demo step refused: ${JSON.stringify(outcome)}`);
    }
    const officer = actorFor(LADO);
    let lastMeeting = "";
    for (const step of demo.ladoSteps ?? []) {
      const at = after(receivedAt, step.after);
      const request = ladoRequestFor(step, officer, receivedAt, lastMeeting);
      const outcome = lado.run(officer, itemId, request, "lado", at);
      if (!outcome.ok) throw new Error(`Demo LADO step refused: ${JSON.stringify(outcome)}`);
      lastMeeting = outcome.case.meetings.at(-1)?.id ?? lastMeeting;
    }
  }
  return DEMO.length;
}
