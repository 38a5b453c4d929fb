import * as handle from "./handlers.ts";
import { refuse } from "./handlers.ts";
import { canRun } from "./permissions.ts";
import type {
  Command,
  CommandType,
  Stage,
  TransitionContext,
  TransitionResult,
  TriageItem,
  TriageService,
} from "./types.ts";

type StageTable = { readonly [T in CommandType]?: handle.Handler<T> };
type Workflow = Readonly<Record<Stage, StageTable>>;

/** What can be done to an item that is still being looked at, in every triage service. */
const intake = {
  acknowledge: handle.acknowledge,
  assign: handle.assign,
  screen: handle.screen,
  link: handle.link,
  "mark-duplicate": handle.markDuplicate,
  reroute: handle.reroute,
  "ask-referrer": handle.askReferrer,
  "referrer-reply": handle.referrerReply,
} as const satisfies StageTable;

const screening = {
  ...intake,
  "request-check": handle.requestCheck,
  "respond-to-check": handle.respondToCheck,
  "withdraw-check": handle.withdrawCheck,
  decide: handle.decide,
} as const satisfies StageTable;

const decided = {
  acknowledge: handle.acknowledge,
  "ask-referrer": handle.askReferrer,
  "referrer-reply": handle.referrerReply,
  assign: handle.assign,
  link: handle.link,
  "record-feedback": handle.recordFeedback,
  close: handle.close,
} as const satisfies StageTable;

/** An allegation about an adult who works with children can go to the LADO while the item is open. */
const toLado = { "refer-to-lado": handle.referToLado } as const satisfies StageTable;

/**
 * The transition tables: the single source of truth for which command each stage allows. A command
 * missing from a stage is refused with "not-allowed-in-stage"; a closed item accepts nothing.
 */
export const WORKFLOWS: Readonly<Record<TriageService, Workflow>> = {
  /** Children's MASH contact: screen and RAG, checks, manager decision, feedback, close. */
  children: {
    received: { ...intake, ...toLado },
    screening: { ...screening, "step-down": handle.stepDown, ...toLado },
    decided: { ...decided, ...toLado },
    closed: {},
  },
  /** Early help request: respond within 24 working hours, allocate within 48 (no RAG needed). */
  "early-help": {
    received: { ...intake, ...toLado },
    screening: { ...screening, ...toLado },
    decided: { ...decided, ...toLado },
    closed: {},
  },
  /** Adults front door: care needs, carer's assessment and safeguarding concerns (the s42 route). */
  adults: { received: intake, screening, decided, closed: {} },
};

const STAGE_WORDS: Record<Stage, string> = {
  received: "has not been screened yet",
  screening: "is being screened",
  decided: "has a decision",
  closed: "is closed",
};

/** Whether the stage allows the command at all, whoever asks: pages use it to offer only live actions. */
export function allows(item: Pick<TriageItem, "service" | "stage">, type: CommandType): boolean {
  return WORKFLOWS[item.service][item.stage][type] !== undefined;
}

/**
 * Applies one command to one item at `now`, as `actor`. Pure: the caller stores the new item and
 * its events together, or nothing at all on a refusal.
 */
export function transition(item: TriageItem, command: Command, ctx: TransitionContext): TransitionResult {
  if (!canRun(ctx.actor, item, command)) return refuse("forbidden", "You do not have permission to do this");
  const handler = WORKFLOWS[item.service][item.stage][command.type] as
    | ((item: TriageItem, command: Command, ctx: TransitionContext) => TransitionResult)
    | undefined;
  if (!handler)
    return refuse("not-allowed-in-stage", `You cannot do this because the item ${STAGE_WORDS[item.stage]}`);
  return handler(item, command, ctx);
}
