import type { SelectItem } from "@portal/govuk-react";
import {
  isTriageService,
  OPEN_STAGES,
  type QueueCounts,
  type QueueRequest,
  RAGS,
  STAGES,
  type TriageService,
} from "@portal/intake";
import { RAG_NAMES, SERVICE_NAMES, STAGE_NAMES } from "../names.ts";

export { serviceName, stageName } from "../names.ts";

/** The queue's filters live in its address, so a filtered view can be bookmarked and shared. */
export const FILTER_FIELDS = ["service", "stage", "rag", "deadline", "assigned"] as const;
type FilterField = (typeof FILTER_FIELDS)[number];

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  (values as readonly string[]).includes(value ?? "") ? (value as T) : undefined;

/** Reads the filters from the address; anything unrecognised is ignored, never trusted. */
export function queueRequest(params: URLSearchParams): QueueRequest {
  const service = params.get("service");
  const stage = oneOf([...STAGES, "open"] as const, params.get("stage"));
  const rag = oneOf([...RAGS, "none"] as const, params.get("rag"));
  const assigned = oneOf(["me", "none"] as const, params.get("assigned"));
  return {
    ...(service && isTriageService(service) ? { service } : {}),
    ...(stage ? { stage } : {}),
    ...(rag ? { rag } : {}),
    ...(params.get("deadline") === "overdue" ? { overdue: true } : {}),
    ...(assigned ? { assigned } : {}),
    after: params.get("after"),
  };
}

export interface Filter {
  name: FilterField;
  label: string;
  options: SelectItem[];
}

const counted = (text: string, count: number | undefined) => `${text} (${count ?? 0})`;

/** The filter menus, each option with how many open items it holds. */
export function filterItems(services: readonly TriageService[], counts: QueueCounts): Filter[] {
  const filters: Filter[] = [];
  if (services.length > 1)
    filters.push({
      name: "service",
      label: "Service",
      options: [
        { value: "", text: counted("All services", counts.total) },
        ...services.map((s) => ({ value: s, text: counted(SERVICE_NAMES[s], counts.byService[s]) })),
      ],
    });
  filters.push(
    {
      name: "stage",
      label: "Stage",
      options: [
        { value: "", text: counted("All open", counts.total) },
        ...OPEN_STAGES.map((s) => ({ value: s, text: counted(STAGE_NAMES[s], counts.byStage[s]) })),
        { value: "closed", text: "Closed" },
      ],
    },
    {
      name: "rag",
      label: "RAG rating",
      options: [
        { value: "", text: "Any rating" },
        ...RAGS.map((r) => ({ value: r, text: counted(RAG_NAMES[r], counts.byRag[r]) })),
        { value: "none", text: counted("Not rated", counts.byRag.none) },
      ],
    },
    {
      name: "deadline",
      label: "Deadline",
      options: [
        { value: "", text: "Any deadline" },
        { value: "overdue", text: counted("Overdue", counts.overdue) },
      ],
    },
    {
      name: "assigned",
      label: "Assigned to",
      options: [
        { value: "", text: "Anyone" },
        { value: "me", text: counted("Me", counts.assignedTo) },
        { value: "none", text: counted("Unassigned", counts.unassigned) },
      ],
    },
  );
  return filters;
}
