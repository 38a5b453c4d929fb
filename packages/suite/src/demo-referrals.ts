import type { Role } from "@portal/auth";
import type { Env } from "@portal/config";
import { type Db, inArray, schema } from "@portal/db";
import { type Answers, catalogueById, examples, type FormId, subjectSummaries } from "@portal/forms";
import { demoPersonas } from "@portal/identity";
import {
  type Actor,
  type Command,
  openIntake,
  openTriage,
  randomId,
  type Answers as StoredAnswers,
} from "@portal/intake";

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

interface DemoReferral {
  formId: FormId;
  example?: number;
  /** Persona email, or null for someone not signed in (anonymous where the form allows it). */
  from: string | null;
  portal: "public" | "professionals";
  /** Minutes before now. */
  receivedAgo: number;
  steps?: Step[];
}

const HOUR = 60;
const DAY = 24 * HOUR;
const SW = "mash.sw@council.example.org";
const MANAGER = "mash.manager@council.example.org";

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
];

/** The personas' `sub` (the users table id), so demo items belong to the accounts people sign in as. */
function subjects(db: Db): Map<string, string> {
  const rows = db
    .select({ id: schema.users.id, email: schema.users.email })
    .from(schema.users)
    .where(
      inArray(
        schema.users.email,
        demoPersonas.map((p) => p.email),
      ),
    )
    .all();
  return new Map(rows.map((row) => [row.email, row.id]));
}

export function seedDemoReferrals(db: Db, env: Env, now: Date = new Date()): number {
  if (db.select({ id: schema.intakeItems.id }).from(schema.intakeItems).limit(1).get()) return 0;
  const intake = openIntake(db, env);
  const triage = openTriage(db, env);
  const subs = subjects(db);
  const actorFor = (email: string): Actor => {
    const persona = demoPersonas.find((p) => p.email === email);
    if (!persona) throw new Error(`No demo persona ${email}`);
    return {
      subject: subs.get(email) ?? email,
      name: persona.name,
      roles: persona.roles as Role[],
      organisation: persona.organisation,
      organisationType: persona.organisationType,
    };
  };
  const commandFor = (step: Step, by: Actor): Command => {
    if (step.command === "take") return { type: "assign", assignee: { subject: by.subject, name: by.name } };
    return step.command.type === "request-check" ? { ...step.command, checkId: randomId() } : step.command;
  };

  for (const demo of DEMO) {
    const form = catalogueById[demo.formId];
    const answers: Answers = examples[demo.formId][demo.example ?? 0] ?? {};
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
  }
  return DEMO.length;
}
