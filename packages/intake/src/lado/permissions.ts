import type { Actor, LadoCase, LadoCommand, LadoOutcomeCategory, LadoStage } from "./types.ts";

/**
 * Who may see and change LADO cases, as pure predicates asked by loaders and by the workflow alike.
 * LADO records are separate from the MASH: only the LADO role sees them, and nobody else is granted
 * anything here (deny by default). The employer who referred sees the status, the LADO's questions
 * and the outcome category through `ladoReferrerView`, never the case itself, and answers a question.
 */

const isLado = (actor: Actor) => actor.roles.includes("lado:officer");

export function canViewCase(actor: Actor): boolean {
  return isLado(actor);
}

/**
 * May this person run this command on this case? Every command is the LADO's but the answer to its
 * question, which is the referrer's alone (not even a LADO officer answers for them): the employer's
 * part is to refer, to answer and to be told. The workflow decides whether the case allows it.
 */
export function canRunLado(actor: Actor, lado: LadoCase, command: LadoCommand): boolean {
  if (command.type === "referrer-reply") return canSeeCaseAsReferrer(actor, lado);
  return isLado(actor);
}

/**
 * The person who referred, or their organisation's designated safeguarding lead (a role, not everyone
 * at the employer), may see the case's status, the LADO's questions and the outcome category, and
 * answer the open question: nothing more.
 */
export function canSeeCaseAsReferrer(
  actor: Actor,
  lado: Pick<LadoCase, "referrerSubject" | "referrerOrganisation">,
): boolean {
  if (lado.referrerSubject !== null && lado.referrerSubject === actor.subject) return true;
  return (
    actor.roles.includes("safeguarding:lead") &&
    actor.organisation !== null &&
    lado.referrerOrganisation === actor.organisation
  );
}

/**
 * What the employer is shown of the case itself: built here so a page cannot show more by accident.
 * Never the reasons, minutes, meetings, enquiries or follow-on referrals. The messages of the open
 * question are the referrer's own correspondence and are read beside it.
 */
export interface LadoReferrerView {
  reference: string;
  stage: LadoStage;
  receivedAt: Date;
  outcome: LadoOutcomeCategory | null;
  /** The allegation did not meet the harm threshold: the employer is told so, to manage it. */
  belowThreshold: boolean;
  /** What the LADO recorded as told to the employer, written for them. */
  feedback: string | null;
  /** The LADO's question waiting for the referrer's answer (a message id). */
  questionId: string | null;
}

export function ladoReferrerView(lado: LadoCase): LadoReferrerView {
  return {
    reference: lado.reference,
    stage: lado.stage,
    receivedAt: lado.receivedAt,
    outcome: lado.outcome?.category ?? null,
    belowThreshold: lado.consideration?.threshold === "below",
    feedback: lado.feedback?.message ?? null,
    questionId: lado.question?.id ?? null,
  };
}
