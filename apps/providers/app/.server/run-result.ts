import type { Result } from "@portal/commissioning/service";
import type { RunResult } from "@portal/web/casework/command-action.server.ts";

/** The commissioning service's answer in the shape the case pages' command action reads. */
export function runResult<T, Code extends string = string>(result: Result<T>): RunResult<{ value: T }, Code> {
  if (result.ok) return { ok: true, value: result.value };
  if (result.code === "not-found") return { ok: false, reason: "not-found" };
  return { ok: false, reason: "refused", error: { code: result.code as Code, message: result.message } };
}
