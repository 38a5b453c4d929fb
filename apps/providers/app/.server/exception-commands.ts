import { DECISION_OUTCOMES, type DecisionOutcome, type DecisionRefusal } from "@portal/commissioning";
import {
  commandForm,
  commandParser,
  oneOf,
  type ParseResult,
  requiredText,
} from "@portal/web/casework/command-forms.ts";

/**
 * Finance's decisions on the exceptions page: one form per exception, so every field's name (and id)
 * carries the visit's id and two forms never share an id. The intent names the visit.
 */

export interface DecisionInput {
  visitId: string;
  outcome: DecisionOutcome;
  reason: string;
}

const PREFIX = "decide-";
/** Visit ids as the store makes them (random UUIDs; the demo data's readable ids too). */
const VISIT_ID = /^[\w-]{1,64}$/;

export const MAX_REASON = 2000;

/** The intent and field names of one exception's form. */
export function decisionFields(visitId: string) {
  const intent = `${PREFIX}${visitId}`;
  return { intent, outcome: `${intent}-outcome`, reason: `${intent}-reason` };
}

function decisionForm(visitId: string) {
  const names = decisionFields(visitId);
  return commandForm(
    {
      [names.outcome]: oneOf(DECISION_OUTCOMES, "Select whether to approve, cap or reject this visit"),
      [names.reason]: requiredText("Enter the reason for your decision", "The reason", MAX_REASON),
    },
    // The names are computed, so the types cannot know the shape has passed: both are there.
    (fields): DecisionInput => ({
      visitId,
      outcome: fields[names.outcome] as DecisionOutcome,
      reason: fields[names.reason] ?? "",
    }),
  );
}

/** One exception's decision from the page's post; a post naming no visit did not come from the page. */
export function parseDecision(form: FormData): ParseResult<string, DecisionInput> {
  const intent = form.get("intent");
  const visitId = typeof intent === "string" && intent.startsWith(PREFIX) ? intent.slice(PREFIX.length) : "";
  if (!VISIT_ID.test(visitId)) return { ok: false, intent: null, errors: [], values: {} };
  return commandParser({ [decisionFields(visitId).intent]: decisionForm(visitId) }).parse(form, undefined);
}

/** Where the service's refusal goes: a missing reason by the reason, anything else by the outcome. */
export function decisionRefusalField(intent: string, code: DecisionRefusal): string {
  const visitId = intent.slice(PREFIX.length);
  const names = decisionFields(visitId);
  return code === "reason-required" ? names.reason : names.outcome;
}
