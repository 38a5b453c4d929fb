import type { Agency, Rag, Stage, TriageService } from "@portal/intake";

/** The words the hub uses for services, stages and ratings, in one place. */

export const SERVICE_NAMES: Record<TriageService, string> = {
  children: "Children's MASH",
  "early-help": "Early help",
  adults: "Adults front door",
};

export const STAGE_NAMES: Record<Stage, string> = {
  received: "New",
  screening: "Being screened",
  decided: "Decided",
  closed: "Closed",
};

export const RAG_NAMES: Record<Rag, string> = { red: "Red", amber: "Amber", green: "Green", blue: "Blue" };

export const serviceName = (service: string) => SERVICE_NAMES[service as TriageService] ?? service;
export const stageName = (stage: string) => STAGE_NAMES[stage as Stage] ?? stage;

export const AGENCY_NAMES: Record<Agency, string> = {
  police: "Police",
  health: "Health",
  education: "Education",
  probation: "Probation",
  "youth-justice": "Youth justice",
  housing: "Housing",
};
