import type { Actor, LadoCase, LadoCommand, LadoOutcomeCategory, LadoStage } from "./types.ts";

/**
 * Who may see and change LADO cases, as pure predicates asked by loaders and by the workflow alike.
 * LADO records are separate from the MASH: only the LADO role sees them, and nobody else is granted
 * anything here (deny by default). The employer who referred sees the status and the outcome category
 * through `ladoReferrerView`, never the case itself.
 */

const isLado = (actor: Actor) => actor.roles.includes("lado:officer");

export function canViewCase(actor: Actor): boolean {
  return isLado(actor);
}

/**
 * May this person run this command on this case? Every command is the LADO's: the employer's part is
 * to refer and to be told. The workflow decides whether the case allows it.
 */
export function canRunLado(actor: Actor, _lado: LadoCase, _command: LadoCommand): boolean {
  return isLado(actor);
}

/**
 * The person who referred, or their organisation's designated safeguarding lead (a role, not everyone
 * at the employer), may see the case's status and outcome category: nothing more.
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

/** What the employer is shown: built here so a page cannot show more by accident. */
export interface LadoReferrerView {
  reference: string;
  stage: LadoStage;
  receivedAt: Date;
  outcome: LadoOutcomeCategory | null;
}

export function ladoReferrerView(lado: LadoCase): LadoReferrerView {
  return {
    reference: lado.reference,
    stage: lado.stage,
    receivedAt: lado.receivedAt,
    outcome: lado.outcome?.category ?? null,
  };
}
