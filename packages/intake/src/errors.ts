/**
 * Thrown when a service is asked to act on a draft that the app should already have checked with
 * `getDraftFor`: it does not exist (or is not this person's), has expired, or was already submitted.
 */
export class DraftUnavailableError extends Error {
  override name = "DraftUnavailableError";
  constructor(
    readonly code: "not-found" | "expired" | "submitted",
    readonly draftId: string,
  ) {
    super(`Draft is ${code === "not-found" ? "not found" : code}`);
  }
}
