import { randomId } from "./ids.ts";
import type { Answers, DraftRecord, IntakeStore } from "./store.ts";

export type Draft = DraftRecord;

/** Who is asking, at which portal. `subject` is null for someone who is not signed in. */
export interface DraftActor {
  subject: string | null;
  portal: string;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Largest answers object kept in a draft (JSON characters); a form's answers are far smaller. */
export const MAX_DRAFT_ANSWERS_CHARS = 1_000_000;

export function draftExpiry(now: Date, ttlDays: number): Date {
  return new Date(now.getTime() + ttlDays * DAY_MS);
}

export function isExpired(draft: Pick<DraftRecord, "expiresAt">, now: Date): boolean {
  return draft.expiresAt.getTime() <= now.getTime();
}

/**
 * Record-level check. A signed-in person's draft is theirs alone. A draft started by someone not
 * signed in has no owner: its unguessable id is the key, and the app only ever passes an id taken from
 * that person's session or from a redeemed resume link. Drafts never cross portals.
 */
export function canAccessDraft(
  actor: DraftActor,
  draft: Pick<DraftRecord, "portal" | "ownerSubject">,
): boolean {
  if (draft.portal !== actor.portal) return false;
  return draft.ownerSubject === null || draft.ownerSubject === actor.subject;
}

export interface SaveDraftPageInput {
  actor: DraftActor;
  /** The draft being continued; absent or null to start a new one. */
  draftId?: string | null;
  formId: string;
  formVersion: number;
  /** All the answers so far (replacing what was saved), as the forms engine keeps them. */
  answers: Answers;
  visitedPageIds: string[];
  now: Date;
}

export type SaveDraftPageError = "not-found" | "submitted" | "too-large";
export type SaveDraftPageResult = { ok: Draft } | { error: SaveDraftPageError };

export function createDraftService(deps: { store: IntakeStore; draftTtlDays: number }) {
  const { store, draftTtlDays } = deps;

  function getDraftFor(actor: DraftActor, id: string, now: Date): Draft | null {
    const draft = store.drafts.get(id);
    if (!draft || !canAccessDraft(actor, draft) || isExpired(draft, now)) return null;
    return draft;
  }

  return {
    getDraftFor,

    /**
     * Creates a draft, or updates one the actor may reach. Each save moves the expiry to
     * DRAFT_TTL_DAYS after it. A signed-in person who continues a draft they began before signing in
     * becomes its owner, so it appears in their saved forms (and its old secret links stop working
     * for anyone not signed in as them).
     */
    saveDraftPage(input: SaveDraftPageInput): SaveDraftPageResult {
      const { actor, now } = input;
      const json = JSON.stringify(input.answers);
      if (json.length > MAX_DRAFT_ANSWERS_CHARS) return { error: "too-large" };
      // Stored exactly as it will be read back: plain objects, no undefined, no class instances.
      const answers = JSON.parse(json) as Answers;
      const expiresAt = draftExpiry(now, draftTtlDays);
      return store.durably(() => {
        if (!input.draftId) {
          const draft: Draft = {
            id: randomId(),
            portal: actor.portal,
            formId: input.formId,
            formVersion: input.formVersion,
            ownerSubject: actor.subject,
            answers,
            visitedPageIds: [...input.visitedPageIds],
            createdAt: now,
            updatedAt: now,
            expiresAt,
            submittedItemId: null,
            submittedAt: null,
          };
          store.drafts.insert(draft);
          return { ok: draft };
        }
        const existing = getDraftFor(actor, input.draftId, now);
        if (!existing || existing.formId !== input.formId) return { error: "not-found" };
        if (existing.submittedItemId) return { error: "submitted" };
        const changes = {
          formVersion: input.formVersion,
          ownerSubject: existing.ownerSubject ?? actor.subject,
          answers,
          visitedPageIds: [...input.visitedPageIds],
          updatedAt: now,
          expiresAt,
        };
        store.drafts.update(existing.id, changes);
        return { ok: { ...existing, ...changes } };
      });
    },

    /** A signed-in person's saved forms at one portal, newest first, without expired or sent ones. */
    listDrafts(ownerSubject: string, portal: string, now: Date): Draft[] {
      return store.drafts.listOpenForOwner(ownerSubject, portal, now);
    },
  };
}
