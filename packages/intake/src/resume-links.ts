import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { isExpired } from "./drafts.ts";
import { DraftUnavailableError } from "./errors.ts";
import { formatDateTime } from "./london-time.ts";
import { enqueueEmail } from "./notifications/templates.ts";
import type { IntakeStore, SecretRepository } from "./store.ts";

/**
 * "Recover a form" links for people who are not signed in: /resume/<token>.
 *
 * A token is 16 random bytes followed by an HMAC-SHA256 of them under the server's secret, in
 * base64url (64 characters, safe in a path). The database keeps only a SHA-256 of the token, so a
 * copy of the database cannot be turned into working links, and a token not signed by this server is
 * refused before the database is asked. Each token works once and expires with its draft.
 */

const ID_BYTES = 16;
const MAC_BYTES = 32;
const CONTEXT = "portal-resume-link:v1:";

export type ResumeLinkError = "unknown" | "tampered" | "expired" | "used" | "submitted";
export type RedeemResult = { ok: { draftId: string } } | { error: ResumeLinkError };

function mac(secret: Uint8Array, id: Uint8Array): Buffer {
  return createHmac("sha256", secret).update(CONTEXT).update(id).digest();
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** True when the token has the right shape and was signed with this secret. */
export function verifyTokenSignature(token: string, secret: Uint8Array): boolean {
  if (!/^[A-Za-z0-9_-]{64}$/.test(token)) return false;
  const bytes = Buffer.from(token, "base64url");
  if (bytes.length !== ID_BYTES + MAC_BYTES) return false;
  return timingSafeEqual(bytes.subarray(ID_BYTES), mac(secret, bytes.subarray(0, ID_BYTES)));
}

export const RESUME_SECRET_NAME = "resume-token-secret";

/**
 * The key that signs resume links: RESUME_TOKEN_SECRET, or (outside production only) one generated
 * once and kept in the database so links survive a restart and work across the portals.
 */
export function resolveResumeSecret(
  env: { NODE_ENV: string; RESUME_TOKEN_SECRET?: string | undefined },
  secrets: SecretRepository,
  now: Date,
): Buffer {
  if (env.RESUME_TOKEN_SECRET) return Buffer.from(env.RESUME_TOKEN_SECRET, "utf8");
  if (env.NODE_ENV === "production") {
    throw new Error("RESUME_TOKEN_SECRET must be set in production");
  }
  const kept = secrets.getOrCreate(RESUME_SECRET_NAME, () => randomBytes(32).toString("base64url"), now);
  return Buffer.from(kept, "utf8");
}

export function createResumeLinkService(deps: { store: IntakeStore; resumeSecret: Uint8Array }) {
  const { store, resumeSecret } = deps;
  const service = {
    /** A new single-use link token for the draft, valid until the draft's current expiry. */
    issueResumeLink(draftId: string, now: Date): { token: string; expiresAt: Date } {
      const draft = store.drafts.get(draftId);
      if (!draft) throw new DraftUnavailableError("not-found", draftId);
      if (isExpired(draft, now)) throw new DraftUnavailableError("expired", draftId);
      if (draft.submittedItemId) throw new DraftUnavailableError("submitted", draftId);
      const id = randomBytes(ID_BYTES);
      const token = Buffer.concat([id, mac(resumeSecret, id)]).toString("base64url");
      store.resumeTokens.insert({
        tokenHash: hashToken(token),
        draftId,
        createdAt: now,
        expiresAt: draft.expiresAt,
        usedAt: null,
      });
      return { token, expiresAt: draft.expiresAt };
    },

    /** The draft a link opens, marking the link used in the same transaction; or why it cannot. */
    redeemResumeLink(token: string, now: Date): RedeemResult {
      if (!verifyTokenSignature(token, resumeSecret)) return { error: "tampered" };
      const tokenHash = hashToken(token);
      return store.durably((): RedeemResult => {
        const row = store.resumeTokens.get(tokenHash);
        if (!row) return { error: "unknown" };
        if (row.usedAt) return { error: "used" };
        const draft = store.drafts.get(row.draftId);
        if (!draft) return { error: "unknown" };
        if (row.expiresAt.getTime() <= now.getTime() || isExpired(draft, now)) return { error: "expired" };
        if (draft.submittedItemId) return { error: "submitted" };
        if (!store.resumeTokens.markUsed(tokenHash, now)) return { error: "used" };
        return { ok: { draftId: draft.id } };
      });
    },

    /**
     * Queues the "draft saved" email with a fresh link, in the same transaction that makes the link,
     * so a link is never made without its message or sent without being recorded. The email carries
     * the link and its expiry only.
     */
    emailResumeLink(input: {
      draftId: string;
      email: string;
      resumeUrl: (token: string) => string;
      now: Date;
    }): { expiresAt: Date } {
      return store.durably(() => {
        const { token, expiresAt } = service.issueResumeLink(input.draftId, input.now);
        enqueueEmail(store.outbox, {
          template: "draft-saved",
          recipient: input.email,
          personalisation: { link: input.resumeUrl(token), expires: formatDateTime(expiresAt) },
          now: input.now,
        });
        return { expiresAt };
      });
    },
  };
  return service;
}
