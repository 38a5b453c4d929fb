import * as handle from "./handlers.ts";
import { refuse } from "./handlers.ts";
import { canRunLado } from "./permissions.ts";
import type {
  LadoCase,
  LadoCommand,
  LadoCommandType,
  LadoContext,
  LadoStage,
  LadoTransitionResult,
} from "./types.ts";

type StageTable = { readonly [T in LadoCommandType]?: handle.LadoHandler<T> };

/**
 * What every open stage allows besides its own work: a child protection concern can arise at any
 * point (refer to the MASH), and the LADO may need information from the referrer at any point.
 */
const whileOpen = {
  assign: handle.assign,
  "refer-to-mash": handle.referToMash,
  "ask-referrer": handle.askReferrer,
  "referrer-reply": handle.referrerReply,
} as const satisfies StageTable;

/** Before the threshold decision: pick it up, acknowledge it, decide. */
const beforeDecision = {
  ...whileOpen,
  acknowledge: handle.acknowledge,
  "record-consideration": handle.recordConsideration,
} as const satisfies StageTable;

/**
 * The transition table: the single source of truth for which command each stage allows. A command
 * missing from a stage is refused with "not-allowed-in-stage"; a closed case accepts nothing.
 */
export const LADO_WORKFLOW: Readonly<Record<LadoStage, StageTable>> = {
  received: beforeDecision,
  consideration: beforeDecision,
  "below-threshold": {
    ...whileOpen,
    "record-feedback": handle.recordFeedback,
    close: handle.close,
  },
  management: {
    ...whileOpen,
    "schedule-meeting": handle.scheduleMeeting,
    "record-meeting": handle.recordMeeting,
    "start-enquiry": handle.startEnquiry,
    "update-enquiry": handle.updateEnquiry,
    "record-outcome": handle.recordOutcome,
  },
  outcome: {
    ...whileOpen,
    "record-follow-on": handle.recordFollowOn,
    "record-feedback": handle.recordFeedback,
    close: handle.close,
  },
  closed: {},
};

const STAGE_WORDS: Record<LadoStage, string> = {
  received: "has not been picked up yet",
  consideration: "is waiting for a decision on the threshold",
  "below-threshold": "did not meet the threshold",
  management: "is being managed under the allegation process",
  outcome: "has an outcome",
  closed: "is closed",
};

/** Whether the stage allows the command at all, whoever asks: pages use it to offer only live actions. */
export function ladoAllows(lado: Pick<LadoCase, "stage">, type: LadoCommandType): boolean {
  return LADO_WORKFLOW[lado.stage][type] !== undefined;
}

/**
 * Applies one command to one LADO case at `now`, as `actor`. Pure: the caller stores the new case and
 * its events together (and creates any spawned MASH item), or nothing at all on a refusal.
 */
export function ladoTransition(lado: LadoCase, command: LadoCommand, ctx: LadoContext): LadoTransitionResult {
  if (!canRunLado(ctx.actor, lado, command))
    return refuse("forbidden", "You do not have permission to do this");
  const handler = LADO_WORKFLOW[lado.stage][command.type] as
    | ((lado: LadoCase, command: LadoCommand, ctx: LadoContext) => LadoTransitionResult)
    | undefined;
  if (!handler)
    return refuse("not-allowed-in-stage", `You cannot do this because the case ${STAGE_WORDS[lado.stage]}`);
  return handler(lado, command, ctx);
}
