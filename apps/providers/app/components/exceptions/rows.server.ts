import type { Commissioning } from "@portal/commissioning/service";
import { formatDate, formatTime } from "@portal/intake/london-time";
import { decisionFields } from "../../.server/exception-commands.ts";
import type { ExceptionRow } from "./types.ts";

type QueueEntry = Extract<ReturnType<Commissioning["exceptionQueue"]>, { ok: true }>["value"][number];

const carers = (n: number) => `${n} carer${n === 1 ? "" : "s"}`;
const minutes = (n: number) => `${n} minute${n === 1 ? "" : "s"}`;

const PENDING = /^Waiting for a finance decision: /;

export function exceptionRow({ visit, planned, provider, explanation }: QueueEntry): ExceptionRow {
  const why = explanation.replace(PENDING, "");
  const claimedLess = visit.claimedMinutes < visit.actualMinutes ? ` (${visit.claimedMinutes} claimed)` : "";
  return {
    visitId: visit.id,
    fields: decisionFields(visit.id),
    provider: provider.name,
    person: visit.serviceUserRef,
    date: formatDate(visit.date),
    planned: planned
      ? `${formatTime(planned.startsAt)}, ${minutes(planned.minutes)}, ${carers(planned.carers)}`
      : "Not planned",
    delivered: `${formatTime(visit.actualStart)}, ${minutes(visit.actualMinutes)}${claimedLess}, ${carers(visit.carers)}`,
    why: why.charAt(0).toUpperCase() + why.slice(1),
    canCap: planned !== null,
  };
}
